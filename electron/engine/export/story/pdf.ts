import PDFDocument from 'pdfkit';
import { formatMessage, type Locale } from '../../../../shared/i18n/index';
import type { Deck, DeckSlide } from '../../../../shared/model/story/deck';
import { chartPng } from './chart-image';
import { fontFile } from './fonts';
import { badgeLine, formatDate, privacyLines, sourceLine, t } from './pdf-texts';

/**
 * A story as a handout (A4 portrait, pdfkit, DejaVu Sans embedded): a title page with the
 * leervraag, the hypotheses and what the export let out; a page per slide with its chart
 * (a PNG at twice the drawing size), the takeaway, sources, privacy, ROK tags, the team's
 * reading and the speaker notes; the actions last. Page numbers are written at the end
 * (buffered pages), when the count is known.
 */
export interface PdfOptions {
  locale: Locale;
  rokTitle: (code: string) => string;
  /** Uncompressed content streams (tests read them); compressed by default. */
  compress?: boolean;
}

/** The chart's drawing size (pixels of the SVG, 16:9) and the PNG's scale. */
const CHART_WIDTH = 1000;
const CHART_HEIGHT = 562;
const CHART_SCALE = 2;

const MARGIN = 56;
const INK = '#222222';
const MUTED = '#555555';
const ACCENT = '#0072B2';
const REGULAR = 'Sans';
const BOLD = 'Sans-Bold';

type Doc = PDFKit.PDFDocument;

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

function heading(doc: Doc, content: string, size = 13): void {
  doc.moveDown(0.6).font(BOLD).fontSize(size).fillColor(INK).text(content, { width: contentWidth(doc) });
  doc.moveDown(0.2);
}

function paragraph(doc: Doc, content: string, options: { size?: number; colour?: string; bold?: boolean } = {}): void {
  doc
    .font(options.bold ? BOLD : REGULAR)
    .fontSize(options.size ?? 10.5)
    .fillColor(options.colour ?? INK)
    .text(content, { width: contentWidth(doc), lineGap: 1.5 });
}

/** A titled block of text, left out when the text is empty. */
function block(doc: Doc, title: string, content: string): void {
  if (content.trim() === '') return;
  heading(doc, title, 11);
  paragraph(doc, content);
}

function titlePage(doc: Doc, deck: Deck, locale: Locale): void {
  const { story } = deck;
  doc.font(BOLD).fontSize(24).fillColor(INK).text(story.title, { width: contentWidth(doc) });
  doc.moveDown(0.4);
  paragraph(doc, t('story.pdf.project', locale, { name: deck.projectName }), { size: 11, colour: MUTED });
  paragraph(doc, t('story.pdf.date', locale, { date: formatDate(deck.at, locale) }), { size: 11, colour: MUTED });

  heading(doc, t('story.pdf.question', locale), 14);
  if (story.question.trim() !== '') paragraph(doc, story.question, { size: 12 });
  else paragraph(doc, t('story.pdf.noQuestion', locale), { colour: MUTED });

  heading(doc, t('story.pdf.hypotheses', locale), 14);
  if (story.hypotheses.length === 0) paragraph(doc, t('story.pdf.noHypotheses', locale), { colour: MUTED });
  story.hypotheses.forEach((h, i) => {
    const status = t(`story.pdf.hypothesisStatus.${h.status}`, locale);
    doc.font(REGULAR).fontSize(10.5).fillColor(INK).text(`${i + 1}. ${h.text} `, { width: contentWidth(doc), continued: true, lineGap: 1.5 });
    doc.font(BOLD).fillColor(h.status === 'open' ? MUTED : ACCENT).text(`[${status}]`);
    if (h.viewIds.length > 0) {
      const views = h.viewIds.map((id) => deck.slides.find((s) => s.viewId === id)?.title ?? id).join('; ');
      doc.font(REGULAR).fontSize(9.5).fillColor(MUTED).text(t('story.pdf.testedBy', locale, { views }), doc.page.margins.left + 14, undefined, {
        width: contentWidth(doc) - 14,
      });
      doc.x = doc.page.margins.left;
    }
    doc.moveDown(0.3);
  });

  heading(doc, t('story.pdf.privacy', locale), 14);
  for (const line of privacyLines(deck.privacy, locale)) paragraph(doc, line);
}

async function slidePage(doc: Doc, slide: DeckSlide, options: PdfOptions): Promise<void> {
  const { locale } = options;
  const width = contentWidth(doc);
  doc.addPage();
  paragraph(doc, t(`story.pdf.section.${slide.section}`, locale).toUpperCase(), { size: 8.5, colour: ACCENT, bold: true });
  doc.moveDown(0.2);
  doc.font(BOLD).fontSize(18).fillColor(INK).text(slide.title, { width });
  if (slide.subtitle !== '') paragraph(doc, slide.subtitle, { size: 11, colour: MUTED });
  doc.moveDown(0.6);

  const x = doc.page.margins.left;
  const height = (width * CHART_HEIGHT) / CHART_WIDTH;
  if (slide.chart !== null) {
    const png = await chartPng(slide.chart, CHART_WIDTH, CHART_HEIGHT, locale, CHART_SCALE);
    doc.image(Buffer.from(png), x, doc.y, { width, height });
    doc.y += height;
  } else {
    const boxHeight = 90;
    const top = doc.y;
    doc.rect(x, top, width, boxHeight).fillColor('#F3F3F3').fill();
    doc.fillColor(INK).font(BOLD).fontSize(11).text(t('story.pdf.noChart', locale), x + 14, top + 16, { width: width - 28 });
    if (slide.error !== null) doc.font(REGULAR).fontSize(10.5).fillColor(MUTED).text(formatMessage(slide.error, locale), { width: width - 28 });
    doc.x = x;
    doc.y = top + boxHeight;
  }
  doc.moveDown(0.8);

  if (slide.takeaway !== '') {
    const top = doc.y;
    doc.font(BOLD).fontSize(12.5).fillColor(INK).text(slide.takeaway, x + 10, top, { width: width - 10 });
    doc.rect(x, top - 1, 3, doc.y - top).fillColor(ACCENT).fill();
    doc.x = x;
    doc.moveDown(0.6);
  }
  paragraph(doc, sourceLine(slide, locale), { size: 8.5, colour: MUTED });
  paragraph(doc, badgeLine(slide, locale), { size: 8.5, colour: MUTED });
  if (slide.rok.length > 0) {
    heading(doc, t('story.pdf.rok', locale), 10);
    for (const code of slide.rok) {
      doc.font(BOLD).fontSize(9.5).fillColor(INK).text(`${code}  `, { continued: true });
      doc.font(REGULAR).text(options.rokTitle(code), { width });
    }
  }
  block(doc, t('story.pdf.interpretation', locale), slide.interpretation);
  block(doc, t('story.pdf.alternative', locale), slide.alternative);
  block(doc, t('story.pdf.notes', locale), slide.notes);
}

function actionsPage(doc: Doc, deck: Deck, options: PdfOptions): void {
  const { locale } = options;
  doc.addPage();
  doc.font(BOLD).fontSize(18).fillColor(INK).text(t('story.pdf.actions', locale), { width: contentWidth(doc) });
  doc.moveDown(0.6);
  if (deck.story.actions.length === 0) {
    paragraph(doc, t('story.pdf.noActions', locale), { colour: MUTED });
    return;
  }
  const header = ['what', 'who', 'when', 'status', 'rok'].map((c) => ({
    text: t(`story.pdf.column.${c}`, locale),
    font: { src: BOLD },
    backgroundColor: '#EAF2F8',
    type: 'TH' as const,
  }));
  const rows = deck.story.actions.map((a) => [
    a.carriedFrom !== null ? `${a.what} ${t('story.pdf.carriedFrom', locale)}` : a.what,
    a.who,
    a.when !== '' ? formatDate(a.when, locale) : '',
    t(`story.pdf.actionStatus.${a.status}`, locale),
    a.rok.map((code) => `${code} ${options.rokTitle(code)}`).join('\n'),
  ]);
  doc.font(REGULAR).fontSize(9.5).fillColor(INK);
  doc.table({
    columnStyles: ['*', 90, 80, 60, 110],
    defaultStyle: { border: 0.5, borderColor: '#BBBBBB', padding: 5 },
    data: [header, ...rows],
  });
}

/** Page numbers in the bottom margin of every page, written once the count is known. */
function pageNumbers(doc: Doc, deck: Deck, locale: Locale): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    const y = doc.page.height - MARGIN * 0.6;
    doc.font(REGULAR).fontSize(8).fillColor(MUTED);
    doc.text(deck.story.title, MARGIN, y, { width: contentWidth(doc) * 0.7, lineBreak: false, ellipsis: true });
    doc.text(t('story.pdf.page', locale, { page: i + 1, pages: range.count }), MARGIN, y, { width: contentWidth(doc), align: 'right', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

export async function writeStoryPdf(deck: Deck, options: PdfOptions): Promise<Uint8Array> {
  const { locale } = options;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: options.compress ?? true,
    lang: locale,
    displayTitle: true,
    font: fontFile('regular'),
    info: {
      Title: deck.story.title,
      Subject: t('story.pdf.subject', locale),
      Author: deck.projectName,
      Creator: 'Datateam Werkbank',
      CreationDate: new Date(deck.at),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, fontFile('regular'));
  doc.registerFont(BOLD, fontFile('bold'));

  titlePage(doc, deck, locale);
  for (const slide of deck.slides) await slidePage(doc, slide, options);
  actionsPage(doc, deck, options);
  pageNumbers(doc, deck, locale);
  doc.end();
  return done;
}
