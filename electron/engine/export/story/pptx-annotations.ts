import type PptxGenJS from 'pptxgenjs';
import type { Locale } from '../../../../shared/i18n/index';
import type { SlideChart } from '../../../../shared/model/story/deck';
import { xOf, xOfValue, yOf, type Box, type Plot } from './pptx-plot';
import { FONT, formatNumber, INK, lineCount, MUTED, SMALL_PT, textHeight, textWidth } from './pptx-style';
import { lineLabel, momentChains, type Segment, shorten, verticalLabelSpot } from './scatter-moments';

/**
 * A view's design drawn over its native chart as shapes (DOMAIN.md, data storytelling): reference
 * lines dashed across the plot with their label at the right end (scatter-moments.ts lineLabel),
 * bands as a translucent strip, callouts as a framed text with an arrow to the category, the
 * scatter's no-change diagonal, its lines across the x axis (the quadrant's bridge) with their
 * label beside them, and an arrow from each of a quadrant's moments to the next.
 *
 * Shapes rather than extra chart series: a constant line series spans only from the first to the
 * last category's centre (not the plot's width), a combo chart (bars + lines) is where pptxgenjs
 * writes files PowerPoint repairs, and a band or a callout has no series form at all. The plot
 * area is fixed (pptx-plot.ts), so the shapes land where the values are in PowerPoint and in
 * LibreOffice. They do not follow when someone edits the chart's data; the figures themselves do.
 */

export interface PlacedCallout {
  /** The category pointed at. */
  index: number;
  /** The value there (the arrow's tip); null: the middle of the plot. */
  value: number | null;
  text: string;
  /** Inches the tip stays above the value: room for the value's own label. */
  clearance: number;
}

const LINE_PT = 2.25;
const BAND_FILL = '52606D';
const LABEL_MAX_W = 1.9;

export interface EdgeLabel {
  text: string;
  /** Where on the value axis it stands: the line's value, the band's middle. */
  value: number;
}

function valueText(value: number, chart: SlideChart, locale: Locale): string {
  return `${formatNumber(value, chart.decimals, locale)}${chart.unit}`;
}

/** The labels of the reference lines and bands (their values when they have none; none for the quadrant's bridge), written right of the plot. */
export function edgeLabels(chart: SlideChart, locale: Locale): EdgeLabel[] {
  return chart.annotations.flatMap((a): EdgeLabel[] => {
    if (a.kind === 'line') {
      const text = lineLabel(chart, a.label, () => valueText(a.value, chart, locale));
      return text === '' ? [] : [{ text, value: a.value }];
    }
    if (a.kind === 'band') return [{ text: a.label || `${valueText(a.from, chart, locale)}–${valueText(a.to, chart, locale)}`, value: (a.from + a.to) / 2 }];
    return [];
  });
}

/** The room right of the plot the labels need (wrapped to two lines past LABEL_MAX_W); 0 without labels. */
export function edgeLabelWidth(labels: readonly EdgeLabel[]): number {
  if (labels.length === 0) return 0;
  // Labels are short and full of digits and signs, wider than text on average: a fifth more room.
  return Math.min(LABEL_MAX_W, Math.max(...labels.map((l) => textWidth(l.text, SMALL_PT) * 1.2)) + 0.25);
}

/** Bands go under the chart (added before it): the bars and points stay on top. */
export function drawBands(slide: PptxGenJS.Slide, plot: Plot, chart: SlideChart): void {
  for (const band of chart.annotations) {
    if (band.kind !== 'band') continue;
    const top = yOf(plot, band.to);
    const bottom = yOf(plot, band.from);
    slide.addShape('rect', {
      x: plot.area.x,
      y: top,
      w: plot.area.w,
      h: Math.max(0.02, bottom - top),
      fill: { color: BAND_FILL, transparency: 84 },
      line: { color: BAND_FILL, transparency: 100, width: 0 },
    });
  }
}

/** Reference lines across the plot, over the chart. */
export function drawLines(slide: PptxGenJS.Slide, plot: Plot, chart: SlideChart): void {
  for (const a of chart.annotations) {
    if (a.kind !== 'line') continue;
    slide.addShape('line', { x: plot.area.x, y: yOf(plot, a.value), w: plot.area.w, h: 0, line: { color: INK, width: LINE_PT, dashType: 'dash' } });
  }
}

/** The lines' and bands' labels right of the plot, level with what they name, pushed apart when they would overlap. */
export function drawEdgeLabels(slide: PptxGenJS.Slide, plot: Plot, labels: readonly EdgeLabel[], width: number, lang: string): void {
  const x = plot.area.x + plot.area.w + 0.08;
  let below = plot.frame.y;
  const placed = labels
    .map((label) => {
      const h = textHeight(Math.min(2, lineCount(label.text, width, SMALL_PT)), SMALL_PT);
      return { ...label, h, y: yOf(plot, label.value) - h / 2 };
    })
    .sort((a, b) => a.y - b.y);
  for (const label of placed) {
    const y = Math.min(Math.max(label.y, below), plot.frame.y + plot.frame.h - label.h);
    below = y + label.h;
    slide.addText(label.text, { x, y, w: width, h: label.h, fontFace: FONT, fontSize: SMALL_PT, color: INK, lang, valign: 'middle', margin: 2, fit: 'none' });
  }
}

/** y = x: from the plot's lower left to its upper right corner (both axes share one range when it is drawn). */
export function drawDiagonal(slide: PptxGenJS.Slide, plot: Plot): void {
  const { x, y, w, h } = plot.area;
  slide.addShape('line', { x, y, w, h, flipV: true, line: { color: MUTED, width: 1.5, dashType: 'dash' } });
}

/** A straight arrow from (x1, y1) to (x2, y2): pptxgenjs draws a line box's diagonal, flipped to point the right way. */
function arrow(slide: PptxGenJS.Slide, x1: number, y1: number, x2: number, y2: number, line: PptxGenJS.ShapeLineProps = { color: INK, width: 1.75 }): void {
  slide.addShape('line', {
    x: Math.min(x1, x2),
    y: Math.min(y1, y2),
    w: Math.abs(x2 - x1),
    h: Math.abs(y2 - y1),
    flipH: x2 < x1,
    flipV: y2 < y1,
    line: { ...line, endArrowType: 'triangle' },
  });
}

/** Lines across a scatter's x axis (the quadrant's bridge), dashed from the plot's top to its bottom, over the chart. */
export function drawXLines(slide: PptxGenJS.Slide, plot: Plot, chart: SlideChart): void {
  if (plot.x === null) return;
  const { min, max } = plot.x;
  for (const a of chart.xLines) {
    if (a.value < min || a.value > max) continue;
    slide.addShape('line', { x: xOfValue(plot, a.value), y: plot.area.y, w: 0, h: plot.area.h, line: { color: INK, width: LINE_PT, dashType: 'dash' } });
  }
}

/** A quadrant's point marker (pptx-chart.ts: 12 pt across, a crowd of pupils' 9 pt) from its centre to its edge, in inches. */
export const MARKER_RADIUS = 12 / 2 / 72;

export interface MomentArrow extends Segment {
  main: boolean;
}

/** The arrows from each of a quadrant's moments to the next (scatter-moments.ts), from the edge of one marker to the edge of the next. */
export function momentArrows(plot: Plot, chart: SlideChart): MomentArrow[] {
  const at = (i: number): [number, number] => [xOfValue(plot, chart.points[i]!.x), yOf(plot, chart.points[i]!.y)];
  const out: MomentArrow[] = [];
  for (const chain of momentChains(chart)) {
    for (let k = 1; k < chain.points.length; k++) {
      const segment = shorten(at(chain.points[k - 1]!), at(chain.points[k]!), MARKER_RADIUS + 0.05, MARKER_RADIUS + 0.03);
      // Shorter than its own head: the two moments nearly meet, and an arrow would hide them.
      if (segment !== null && Math.hypot(segment.x2 - segment.x1, segment.y2 - segment.y1) >= 0.15) out.push({ ...segment, main: chain.main });
    }
  }
  return out;
}

/** The path from one moment to the next: solid for the team's computed position, dashed and muted for another reading (its own estimate). */
export function drawMomentArrows(slide: PptxGenJS.Slide, arrows: readonly MomentArrow[]): void {
  for (const a of arrows) arrow(slide, a.x1, a.y1, a.x2, a.y2, a.main ? { color: INK, width: 2 } : { color: MUTED, width: 1.75, dashType: 'dash' });
}

/**
 * The labels of the lines across the x axis, inside the plot beside their line where they cover no
 * point and no arrow: at the top right of the line, else top left, else at the bottom.
 */
export function drawXLineLabels(slide: PptxGenJS.Slide, plot: Plot, chart: SlideChart, arrows: readonly MomentArrow[], lang: string): void {
  if (plot.x === null) return;
  const { min, max } = plot.x;
  const r = MARKER_RADIUS;
  const taken = chart.points.map((p) => ({ x: xOfValue(plot, p.x) - r, y: yOf(plot, p.y) - r, w: 2 * r, h: 2 * r }));
  for (const a of chart.xLines) {
    if (a.label === '' || a.value < min || a.value > max) continue;
    const w = Math.min(plot.area.w / 2, textWidth(a.label, SMALL_PT) * 1.2 + 0.15);
    const spot = verticalLabelSpot(xOfValue(plot, a.value), plot.area, w, textHeight(1, SMALL_PT), 0.06, taken, arrows);
    taken.push(spot);
    slide.addText(a.label, { ...spot, fontFace: FONT, fontSize: SMALL_PT, color: INK, lang, valign: 'middle', margin: 2, fit: 'none', fill: { color: 'FFFFFF' } });
  }
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Each callout's box above its category (the value axis leaves room: pptx-plot.ts), moved up
 * past a box already placed; beside the point, towards the plot's middle, when there is no room
 * above. The arrow runs from the box's nearest edge to the value.
 */
export function drawCallouts(slide: PptxGenJS.Slide, plot: Plot, callouts: readonly PlacedCallout[], lang: string): void {
  const frame = plot.frame;
  const placed: Box[] = [];
  for (const callout of callouts) {
    const px = xOf(plot, callout.index);
    const py = callout.value === null ? plot.area.y + plot.area.h / 2 : yOf(plot, callout.value) - 0.04 - callout.clearance;
    const w = Math.min(2.9, Math.max(1.4, textWidth(callout.text, SMALL_PT) + 0.3));
    const h = textHeight(Math.min(5, lineCount(callout.text, w, SMALL_PT)), SMALL_PT);
    const area = plot.area;
    const clampX = (x: number) => Math.min(Math.max(x, area.x), area.x + area.w - w);
    let box: Box = { x: clampX(px - w / 2), y: py - 0.4 - h, w, h };
    while (placed.some((p) => overlaps(p, box)) && box.y - h - 0.1 >= frame.y) box = { ...box, y: box.y - h - 0.1 };
    let from: [number, number];
    if (box.y < frame.y || placed.some((p) => overlaps(p, box))) {
      const right = px < plot.area.x + plot.area.w / 2;
      const y = Math.min(Math.max(py - h / 2, frame.y), frame.y + frame.h - h);
      box = { x: clampX(right ? px + 0.45 : px - 0.45 - w), y, w, h };
      from = [right ? box.x : box.x + w, box.y + h / 2];
    } else {
      from = [Math.min(Math.max(px, box.x + 0.15), box.x + w - 0.15), box.y + h];
    }
    placed.push(box);
    slide.addText(callout.text, {
      ...box,
      lang,
      fontFace: FONT,
      fontSize: SMALL_PT,
      color: INK,
      valign: 'middle',
      margin: 4,
      fill: { color: 'FFFFFF' },
      line: { color: INK, width: 1 },
      fit: 'none',
    });
    arrow(slide, from[0], from[1], px, py);
  }
}
