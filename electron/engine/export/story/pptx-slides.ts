import type PptxGenJS from 'pptxgenjs';
import type { Locale } from '../../../../shared/i18n/index';
import type { Deck } from '../../../../shared/model/story/deck';
import {
  ACCENT,
  BODY_PT,
  clip,
  CONTENT_W,
  FONT,
  formatDate,
  INK,
  lineCount,
  MARGIN,
  MUTED,
  PANEL,
  RULE,
  SLIDE_H,
  SMALL_PT,
  textHeight,
  TITLE_PT,
  type Words,
} from './pptx-style';

/**
 * The slides around the views: the title slide, the leervraag with the hypotheses, and the
 * actions (DOMAIN.md: question → hypotheses → data → interpretation → actions). Tables run on
 * to a next slide ("(vervolg)") rather than off the bottom.
 */

export interface Writer {
  pptx: PptxGenJS;
  locale: Locale;
  words: Words;
  lang: string;
  rokTitle: (code: string) => string;
}

type TextOptions = PptxGenJS.TextPropsOptions;

export function text(w: Writer, slide: PptxGenJS.Slide, content: string | PptxGenJS.TextProps[], options: TextOptions): void {
  slide.addText(content, { fontFace: FONT, color: INK, lang: w.lang, valign: 'top', margin: 4, fit: 'none', ...options });
}

/** The slide's title: at least 28 points, wrapped; returns where the content below may start. */
export function title(w: Writer, slide: PptxGenJS.Slide, content: string, y = 0.3): number {
  const lines = Math.min(3, lineCount(content, CONTENT_W, TITLE_PT, true));
  const h = textHeight(lines, TITLE_PT);
  text(w, slide, content, { x: MARGIN, y, w: CONTENT_W, h, fontSize: TITLE_PT, bold: true, valign: 'bottom' });
  return y + h;
}

export function titleSlide(w: Writer, deck: Deck): void {
  const slide = w.pptx.addSlide();
  slide.addShape('rect', { x: 0, y: 0, w: 0.25, h: SLIDE_H, fill: { color: ACCENT }, line: { color: ACCENT, width: 0 } });
  const lines = Math.min(3, lineCount(deck.story.title, CONTENT_W - 0.3, 40, true));
  const h = textHeight(lines, 40);
  text(w, slide, deck.story.title, { x: MARGIN + 0.3, y: 2.9 - h, w: CONTENT_W - 0.3, h, fontSize: 40, bold: true, valign: 'bottom' });
  text(w, slide, deck.projectName, { x: MARGIN + 0.3, y: 3.05, w: CONTENT_W - 0.3, h: textHeight(1, 24), fontSize: 24, color: INK });
  text(w, slide, w.words('date', { date: formatDate(deck.at, w.locale) }), {
    x: MARGIN + 0.3,
    y: 3.65,
    w: CONTENT_W - 0.3,
    h: textHeight(1, 20),
    fontSize: 20,
    color: MUTED,
  });
  const privacy = [
    w.words(deck.privacy.pseudonymise ? 'privacyPseudonymised' : 'privacyRealNames'),
    deck.privacy.suppressBelow === null ? w.words('privacyAllGroups') : w.words('privacySuppressed', { k: deck.privacy.suppressBelow }),
  ];
  const ph = textHeight(privacy.reduce((n, p) => n + lineCount(p, CONTENT_W - 0.3, BODY_PT), 0), BODY_PT);
  text(w, slide, privacy.map((p, i) => ({ text: p, options: { breakLine: i < privacy.length - 1 } })), {
    x: MARGIN + 0.3,
    y: SLIDE_H - 0.45 - ph,
    w: CONTENT_W - 0.3,
    h: ph,
    fontSize: BODY_PT,
    color: MUTED,
  });
}

interface Column {
  header: string;
  width: number;
}

/** Rows with the height their longest cell needs at body size (a cell's insets are 0.1 inch left and right). */
function measure(columns: Column[], rows: string[][]): { cells: string[]; h: number }[] {
  return rows.map((cells) => ({
    cells,
    h: Math.max(...cells.map((c, i) => textHeight(lineCount(c, columns[i]!.width, SMALL_PT), SMALL_PT))),
  }));
}

/** A table from `top` down, on as many slides as it needs; `first` draws the first slide's head and returns where the table starts. */
function pagedTable(
  w: Writer,
  columns: Column[],
  rows: string[][],
  first: (slide: PptxGenJS.Slide) => number,
  continued: string,
  cellOptions: (row: number, column: number) => Partial<PptxGenJS.TableCellProps> = () => ({}),
): void {
  const header = measure(columns, [columns.map((c) => c.header)])[0]!;
  const measured = measure(columns, rows);
  let slide = w.pptx.addSlide();
  let top = first(slide);
  let index = 0;
  do {
    const room = SLIDE_H - 0.35 - top - header.h;
    const page: typeof measured = [];
    let used = 0;
    while (index < measured.length && (page.length === 0 || used + measured[index]!.h <= room)) {
      used += measured[index]!.h;
      page.push(measured[index]!);
      index++;
    }
    const start = index - page.length;
    const tableRows: PptxGenJS.TableRow[] = [
      header.cells.map((c) => ({ text: c, options: { bold: true, fill: { color: PANEL } } })),
      ...page.map((row, r) => row.cells.map((c, k) => ({ text: c, options: cellOptions(start + r, k) }))),
    ];
    slide.addTable(tableRows, {
      x: MARGIN,
      y: top,
      w: CONTENT_W,
      colW: columns.map((c) => c.width),
      rowH: [header.h, ...page.map((r) => r.h)],
      fontFace: FONT,
      fontSize: SMALL_PT,
      color: INK,
      valign: 'top',
      border: { type: 'solid', pt: 1, color: RULE },
    });
    if (index < measured.length) {
      slide = w.pptx.addSlide();
      top = title(w, slide, continued) + 0.25;
    }
  } while (index < measured.length);
}

/** A quality expectation as `code title`, the title cut to `max` characters; the code alone when the catalogue has no title. */
export function rokLabel(w: Writer, code: string, max: number): string {
  const name = w.rokTitle(code);
  return name === '' || name === code ? code : `${code} ${clip(name, max)}`;
}

const STATUS_COLOUR = { open: MUTED, confirmed: '007A5A', rejected: 'B34700' } as const;

/** The leervraag and the hypotheses, each with its status and the views (by title) that test it. */
export function questionSlides(w: Writer, deck: Deck): void {
  const { story } = deck;
  const titles = new Map(deck.slides.map((s) => [s.viewId, s.title]));
  const columns: Column[] = [
    { header: w.words('hypothesis'), width: 6.3 },
    { header: w.words('status'), width: 1.75 },
    { header: w.words('testedBy'), width: CONTENT_W - 6.3 - 1.75 },
  ];
  const head = (slide: PptxGenJS.Slide): number => {
    let y = title(w, slide, w.words('question')) + 0.15;
    const question = story.question.trim() === '' ? w.words('noQuestion') : story.question;
    const lines = Math.min(5, lineCount(question, CONTENT_W, 24, story.question.trim() !== ''));
    const h = textHeight(lines, 24);
    text(w, slide, question, { x: MARGIN, y, w: CONTENT_W, h, fontSize: 24, bold: story.question.trim() !== '', color: story.question.trim() === '' ? MUTED : ACCENT });
    y += h + 0.25;
    text(w, slide, w.words('hypotheses'), { x: MARGIN, y, w: CONTENT_W, h: textHeight(1, 20), fontSize: 20, bold: true });
    y += textHeight(1, 20) + 0.05;
    if (story.hypotheses.length === 0) text(w, slide, w.words('noHypotheses'), { x: MARGIN, y, w: CONTENT_W, h: textHeight(1, BODY_PT), fontSize: BODY_PT, color: MUTED });
    return y;
  };
  if (story.hypotheses.length === 0) {
    head(w.pptx.addSlide());
    return;
  }
  const rows = story.hypotheses.map((h) => [
    h.text,
    w.words(`hypothesisStatus.${h.status}`),
    h.viewIds.map((id) => titles.get(id)).filter((t): t is string => t !== undefined).join('\n') || '—',
  ]);
  pagedTable(w, columns, rows, head, w.words('continued', { title: w.words('hypotheses') }), (row, column) =>
    column === 1 ? { color: STATUS_COLOUR[story.hypotheses[row]!.status], bold: true } : {},
  );
}

/** The actions: what, who, when (the locale's date), status, and the quality expectations (ROK) they serve. */
export function actionSlides(w: Writer, deck: Deck): void {
  const actions = deck.story.actions;
  const columns: Column[] = [
    { header: w.words('what'), width: 4.6 },
    { header: w.words('who'), width: 2.0 },
    { header: w.words('when'), width: 1.6 },
    { header: w.words('status'), width: 1.5 },
    { header: w.words('rok'), width: CONTENT_W - 4.6 - 2.0 - 1.6 - 1.5 },
  ];
  const head = (slide: PptxGenJS.Slide): number => {
    const y = title(w, slide, w.words('actions')) + 0.25;
    if (actions.length === 0) text(w, slide, w.words('noActions'), { x: MARGIN, y, w: CONTENT_W, h: textHeight(1, BODY_PT), fontSize: BODY_PT, color: MUTED });
    return y;
  };
  if (actions.length === 0) {
    head(w.pptx.addSlide());
    return;
  }
  const rows = actions.map((a) => [
    a.what,
    a.who.trim() || '—',
    a.when ? formatDate(a.when, w.locale) : '—',
    w.words(`actionStatus.${a.status}`),
    a.rok.map((code) => rokLabel(w, code, 48)).join('\n') || '—',
  ]);
  pagedTable(w, columns, rows, head, w.words('continued', { title: w.words('actions') }));
}
