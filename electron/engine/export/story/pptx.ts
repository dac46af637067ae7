import PptxGenJS from 'pptxgenjs';
import { formatMessage, type Locale } from '../../../../shared/i18n/index';
import type { Deck, DeckSlide, SlideChart } from '../../../../shared/model/story/deck';
import { addNativeChart, NATIVE_KINDS, type ChartPatch } from './pptx-chart';
import { finishPackage } from './pptx-package';
import type { Box } from './pptx-plot';
import { actionSlides, questionSlides, rokLabel, text, title, titleSlide, type Writer } from './pptx-slides';
import {
  ACCENT,
  BODY_PT,
  CONTENT_W,
  FONT,
  formatDate,
  lineCount,
  MARGIN,
  MUTED,
  PANEL,
  RULE,
  SLIDE_H,
  SMALL_PT,
  textHeight,
  wordsFor,
} from './pptx-style';

/**
 * A computed story (shared/model/story/deck.ts) as a 16:9 PowerPoint file: a title slide, the
 * leervraag with its hypotheses, a slide per view, the actions. A view's chart is PowerPoint's own
 * editable chart with its data where the kind allows (pptx-chart.ts), a picture otherwise, with the
 * slide's alt text on either; its speaker notes are the story's notes for the slide.
 */

export interface PptxOptions {
  locale: Locale;
  /** Renders a chart that PowerPoint cannot draw natively (dotCi, box, heatmap) as a PNG of the given pixel size. */
  chartImage: (chart: SlideChart, width: number, height: number) => Promise<Uint8Array>;
  rokTitle: (code: string) => string;
}

const IMAGE_W = 1600;
const IMAGE_H = 900;
const SIDE_W = 3.75;
const GAP = 0.3;

/** The lines under a slide: where the figures come from and how many pupils, then the privacy badge and the ROK tags. */
function footerLines(w: Writer, slide: DeckSlide): string[] {
  const sources = slide.sources.map((s) => {
    const file = s.name && s.name !== s.fileName ? `${s.name} – ${s.fileName}` : s.fileName || s.name;
    return w.words('sourceFile', { file, date: formatDate(s.importedAt, w.locale) });
  });
  const source = sources.length > 0 ? w.words('source', { sources: sources.join('; ') }) : w.words('noSource');
  const n = slide.n === null ? '' : ` · ${w.words('n', { n: slide.n.toLocaleString(w.locale) })}`;
  const p = slide.privacy;
  const badge = [
    w.words(p.level === 'aggregated' ? 'privacyAggregated' : p.pseudonymised ? 'privacyPupilPseudonymised' : 'privacyPupil'),
    ...(p.suppressed > 0 && p.k !== null ? [w.words(p.suppressed === 1 ? 'privacyHidden_one' : 'privacyHidden_other', { count: p.suppressed, k: p.k })] : []),
  ].join(' · ');
  const rok = slide.rok.length > 0 ? w.words('rokTags', { tags: slide.rok.map((code) => rokLabel(w, code, 60)).join('; ') }) : '';
  // A view that does not compute shows no figures: no privacy badge to give.
  const second = [slide.chart === null ? '' : badge, rok].filter((part) => part !== '').join(' · ');
  return [`${source}${n}`, ...(second === '' ? [] : [second])];
}

/** The speaker notes: the story's notes, the interpretation, the alternative explanation, callouts that had no place. */
function speakerNotes(w: Writer, slide: DeckSlide, extra: string[]): string {
  return [
    slide.notes.trim(),
    slide.interpretation.trim() ? `${w.words('interpretation')}: ${slide.interpretation.trim()}` : '',
    slide.alternative.trim() ? `${w.words('alternative')}: ${slide.alternative.trim()}` : '',
    ...extra,
  ]
    .filter((part) => part !== '')
    .join('\n');
}

/** A grey panel in the chart's place saying why there is no chart. */
function chartMessage(w: Writer, slide: PptxGenJS.Slide, frame: Box, heading: string, detail: string): void {
  slide.addShape('rect', { ...frame, fill: { color: PANEL }, line: { color: RULE, width: 1 } });
  const parts = [{ text: heading, options: { bold: true, breakLine: detail !== '' } }, ...(detail ? [{ text: detail, options: {} }] : [])];
  text(w, slide, parts, { x: frame.x + 0.3, y: frame.y + 0.3, w: frame.w - 0.6, h: frame.h - 0.6, fontSize: BODY_PT + 2, valign: 'middle', color: MUTED });
}

/** The picture of a chart PowerPoint cannot draw, as large as the frame allows at 16:9. */
async function chartPicture(slide: PptxGenJS.Slide, chart: SlideChart, frame: Box, alt: string, options: PptxOptions): Promise<void> {
  const png = await options.chartImage(chart, IMAGE_W, IMAGE_H);
  const w = Math.min(frame.w, (frame.h * IMAGE_W) / IMAGE_H);
  const h = (w * IMAGE_H) / IMAGE_W;
  slide.addImage({
    data: `image/png;base64,${Buffer.from(png).toString('base64')}`,
    x: frame.x + (frame.w - w) / 2,
    y: frame.y + (frame.h - h) / 2,
    w,
    h,
    altText: alt,
  });
}

/** The side column: the takeaway, then the interpretation and the alternative when they fit (always in the notes). */
function sideColumn(w: Writer, slide: PptxGenJS.Slide, deckSlide: DeckSlide, box: Box): void {
  let y = box.y;
  const takeaway = deckSlide.takeaway.trim();
  if (takeaway) {
    let pt = 22;
    while (pt > BODY_PT && textHeight(lineCount(takeaway, box.w - 0.15, pt, true), pt) > box.h * 0.6) pt -= 2;
    const h = Math.min(box.h, textHeight(lineCount(takeaway, box.w - 0.15, pt, true), pt));
    slide.addShape('rect', { x: box.x, y, w: 0.08, h, fill: { color: ACCENT }, line: { color: ACCENT, width: 0 } });
    text(w, slide, takeaway, { x: box.x + 0.15, y, w: box.w - 0.15, h, fontSize: pt, bold: true });
    y += h + 0.25;
  }
  const parts = (['interpretation', 'alternative'] as const)
    .map((key) => ({ label: w.words(key), body: deckSlide[key].trim() }))
    .filter((p) => p.body !== '');
  if (parts.length === 0) return;
  const room = box.y + box.h - y;
  const needed = textHeight(parts.reduce((n, p) => n + 1 + lineCount(p.body, box.w, SMALL_PT), 0), SMALL_PT) + 0.1 * parts.length;
  if (needed <= room) {
    for (const p of parts) {
      const h = textHeight(1 + lineCount(p.body, box.w, SMALL_PT), SMALL_PT);
      text(w, slide, [{ text: p.label, options: { bold: true, breakLine: true } }, { text: p.body, options: {} }], { x: box.x, y, w: box.w, h, fontSize: SMALL_PT, color: MUTED });
      y += h + 0.1;
    }
  } else if (room >= textHeight(1, SMALL_PT)) {
    text(w, slide, w.words('seeNotes'), { x: box.x, y, w: box.w, h: textHeight(1, SMALL_PT), fontSize: SMALL_PT, italic: true, color: MUTED });
  }
}

async function viewSlide(w: Writer, deckSlide: DeckSlide, options: PptxOptions, patches: ChartPatch[]): Promise<void> {
  const slide = w.pptx.addSlide();
  let y = title(w, slide, deckSlide.title);
  if (deckSlide.subtitle.trim()) {
    const lines = Math.min(2, lineCount(deckSlide.subtitle, CONTENT_W, BODY_PT));
    const h = textHeight(lines, BODY_PT);
    text(w, slide, deckSlide.subtitle, { x: MARGIN, y, w: CONTENT_W, h, fontSize: BODY_PT, color: MUTED });
    y += h;
  }
  y += 0.15;

  const footer = footerLines(w, deckSlide);
  const footerH = textHeight(footer.reduce((n, l) => n + Math.min(2, lineCount(l, CONTENT_W, SMALL_PT)), 0), SMALL_PT);
  const footerY = SLIDE_H - 0.2 - footerH;
  slide.addShape('line', { x: MARGIN, y: footerY - 0.05, w: CONTENT_W, h: 0, line: { color: RULE, width: 1 } });
  text(w, slide, footer.map((l, i) => ({ text: l, options: { breakLine: i < footer.length - 1 } })), {
    x: MARGIN,
    y: footerY,
    w: CONTENT_W,
    h: footerH,
    fontSize: SMALL_PT,
    color: MUTED,
  });

  const bodyH = footerY - 0.15 - y;
  const side = [deckSlide.takeaway, deckSlide.interpretation, deckSlide.alternative].some((t) => t.trim() !== '');
  const chartW = side ? CONTENT_W - SIDE_W - GAP : CONTENT_W;
  const chart = deckSlide.chart;
  const chartNotes = chart?.notes.filter((n) => n.trim() !== '') ?? [];
  const notesH = chartNotes.length > 0 ? textHeight(chartNotes.reduce((n, l) => n + Math.min(2, lineCount(l, chartW, SMALL_PT)), 0), SMALL_PT) : 0;
  const frame: Box = { x: MARGIN, y, w: chartW, h: bodyH - notesH };
  if (chartNotes.length > 0) {
    text(w, slide, chartNotes.map((l, i) => ({ text: l, options: { breakLine: i < chartNotes.length - 1 } })), {
      x: MARGIN,
      y: y + frame.h,
      w: chartW,
      h: notesH,
      fontSize: SMALL_PT,
      color: MUTED,
    });
  }

  const extra: string[] = [];
  if (chart === null) {
    chartMessage(w, slide, frame, w.words('chartError'), deckSlide.error ? formatMessage(deckSlide.error, w.locale) : '');
  } else if (NATIVE_KINDS.has(chart.kind)) {
    const native = addNativeChart(slide, chart, frame, deckSlide.alt, w.locale, w.words);
    if (native === null) chartMessage(w, slide, frame, w.words('noData'), '');
    else {
      patches.push(native.patch);
      extra.push(...native.unplaced.map((c) => w.words('callout', { target: c.target, text: c.text })));
    }
  } else {
    await chartPicture(slide, chart, frame, deckSlide.alt, options);
  }

  if (side) sideColumn(w, slide, deckSlide, { x: MARGIN + chartW + GAP, y, w: SIDE_W, h: bodyH });
  const notes = speakerNotes(w, deckSlide, extra);
  if (notes !== '') slide.addNotes(notes);
}

export async function writeStoryPptx(deck: Deck, options: PptxOptions): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.story.title;
  pptx.subject = deck.projectName;
  pptx.author = 'Datateam Werkbank';
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
  const lang = options.locale === 'en' ? 'en-US' : 'nl-BE';
  const w: Writer = { pptx, locale: options.locale, words: wordsFor(options.locale), lang, rokTitle: options.rokTitle };
  const patches: ChartPatch[] = [];

  titleSlide(w, deck);
  questionSlides(w, deck);
  for (const slide of deck.slides) await viewSlide(w, slide, options, patches);
  actionSlides(w, deck);

  const written = await pptx.write({ outputType: 'uint8array' });
  if (!(written instanceof Uint8Array)) throw new Error('pptxgenjs did not write bytes');
  return finishPackage(written, patches, lang);
}
