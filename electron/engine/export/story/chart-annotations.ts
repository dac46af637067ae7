import type { Callout } from '../../../../shared/model/annotation';
import type { SlideChart } from '../../../../shared/model/story/deck';
import type { Frame } from './chart-frame';
import { momentArrows, pointRadius } from './chart-marks';
import { BAR_KINDS, categoryTop } from './chart-scales';
import { arrow, haloText, INK, line, MUTED, rect, text, wrap } from './chart-svg';
import { textWidth } from './fonts';
import { lineLabel, type Rect, verticalLabelSpot } from './scatter-moments';

/**
 * A view's annotations on its chart: bands behind the figures, reference lines over them with
 * their labels (scatter-moments.ts lineLabel), a scatter's lines across its x axis, and callouts in a strip above the plot with a connector down to the category
 * they name (none when the chart does not show that category).
 */

export interface PlacedCallout {
  lines: string[];
  size: number;
  x: number;
  y: number;
  w: number;
  h: number;
  /** The category pointed at; null when the chart has none of that name. */
  target: number | null;
}

interface Room {
  fs: number;
  left: number;
  right: number;
  top: number;
  width: number;
  cx: (i: number) => number;
}

/** Callouts as boxes above the plot, each over its category, in as few rows as do not overlap. */
export function placeCallouts(chart: SlideChart, room: Room): { placed: PlacedCallout[]; bottom: number } {
  const callouts = chart.annotations.filter((a): a is Callout => a.kind === 'callout');
  const size = room.fs * 0.8;
  const pad = size * 0.4;
  const gap = room.fs * 0.6;
  const maxWidth = Math.min((room.right - room.left) * 0.45, room.fs * 18);
  const rows: { y: number; h: number; spans: [number, number][] }[] = [];
  const placed: PlacedCallout[] = [];
  let bottom = room.top;
  for (const callout of callouts) {
    const index = chart.kind === 'scatter' ? -1 : chart.categories.indexOf(callout.target);
    const target = index >= 0 ? index : null;
    const lines = wrap(callout.text, size, maxWidth, 3);
    const w = Math.max(...lines.map((l) => textWidth(l, size))) + 2 * pad;
    const h = lines.length * size * 1.25 + 2 * pad - size * 0.25;
    const centre = target !== null ? room.cx(target) : room.right - w / 2;
    const x = Math.min(Math.max(centre - w / 2, room.left), room.right - w);
    let row = rows.find((r) => r.spans.every(([a, b]) => x + w + gap <= a || x >= b + gap));
    if (row === undefined) {
      row = { y: bottom + (rows.length > 0 ? gap * 0.5 : 0), h: 0, spans: [] };
      rows.push(row);
    }
    row.spans.push([x, x + w]);
    row.h = Math.max(row.h, h);
    bottom = Math.max(bottom, row.y + row.h);
    placed.push({ lines, size, x, y: row.y, w, h, target });
  }
  return { placed, bottom: placed.length > 0 ? bottom + room.fs * 0.8 : room.top };
}

const BAND_FILL = '#56B4E9';

/** The bands' fills, behind the figures. */
export function drawBands(f: Frame): string {
  if (f.yAxis === null) return '';
  const [lo, hi] = f.yAxis.domain;
  let out = '';
  for (const a of f.chart.annotations) {
    if (a.kind !== 'band') continue;
    const top = f.y(Math.min(a.to, hi));
    const bottom = f.y(Math.max(a.from, lo));
    if (bottom <= top) continue;
    out += rect(f.plot.left, top, f.plot.right - f.plot.left, bottom - top, { fill: BAND_FILL, 'fill-opacity': 0.16 });
  }
  return out;
}

/** The bands' labels, over the figures: inside the band's top left corner. */
export function drawBandLabels(f: Frame): string {
  if (f.yAxis === null) return '';
  const hi = f.yAxis.domain[1];
  let out = '';
  for (const a of f.chart.annotations) {
    if (a.kind !== 'band' || a.label === '' || a.to <= f.yAxis.domain[0] || a.from >= hi) continue;
    out += haloText(f.plot.left + f.fs * 0.4, f.y(Math.min(a.to, hi)) + f.fs * 0.95, a.label, { size: f.fs * 0.78, fill: MUTED });
  }
  return out;
}

const dashed = (f: Frame) => ({ stroke: INK, 'stroke-width': f.fs * 0.13, 'stroke-dasharray': `${f.fs * 0.5} ${f.fs * 0.3}` });
const lineLabelSize = (f: Frame) => f.fs * 0.78;

/** The reference lines on the value axis that the plot shows, with where each one's label stands (right end, above the line). */
function horizontalLines(f: Frame): { y: number; label: string; box: Rect | null }[] {
  if (f.yAxis === null) return [];
  const [lo, hi] = f.yAxis.domain;
  const size = lineLabelSize(f);
  return f.chart.annotations.flatMap((a) => {
    if (a.kind !== 'line' || a.value < lo || a.value > hi) return [];
    const y = f.y(a.value);
    const label = lineLabel(f.chart, a.label, () => f.format(a.value));
    const w = textWidth(label, size, 'bold');
    const box = label === '' ? null : { x: f.plot.right - f.fs * 0.2 - w, y: y - f.fs * 0.3 - size * 0.95, w, h: size * 1.25 };
    return [{ y, label, box }];
  });
}

export function drawReferenceLines(f: Frame): string {
  return horizontalLines(f).map(({ y }) => line(f.plot.left, y, f.plot.right, y, dashed(f))).join('');
}

/** The reference lines' labels, over the figures: at the right end, above the line. */
export function drawReferenceLabels(f: Frame): string {
  return horizontalLines(f)
    .filter((l) => l.label !== '')
    .map(({ y, label }) => haloText(f.plot.right - f.fs * 0.2, y - f.fs * 0.3, label, { size: lineLabelSize(f), anchor: 'end', weight: 'bold' }))
    .join('');
}

/** A scatter's lines across its x axis that the plot shows, at their x. */
function verticalLines(f: Frame): { x: number; label: string }[] {
  if (f.xAxis === null) return [];
  const [lo, hi] = f.xAxis.domain;
  return f.chart.xLines.filter((a) => a.value >= lo && a.value <= hi).map((a) => ({ x: f.x(a.value), label: a.label }));
}

/** A scatter's lines across its x axis (the quadrant's bridge), dashed from the plot's top to its bottom. */
export function drawXLines(f: Frame): string {
  return verticalLines(f).map(({ x }) => line(x, f.plot.top, x, f.plot.bottom, dashed(f))).join('');
}

/**
 * Their labels, each beside its line where it covers no point, no arrow between moments and no
 * other line's label: at the top right of the line, else top left, else at the bottom.
 */
export function drawXLineLabels(f: Frame): string {
  const size = lineLabelSize(f);
  const r = pointRadius(f);
  const points: Rect[] = f.chart.points.map((p) => ({ x: f.x(p.x) - r, y: f.y(p.y) - r, w: 2 * r, h: 2 * r }));
  const taken: Rect[] = horizontalLines(f).flatMap((l) => (l.box ? [l.box] : []));
  const arrows = momentArrows(f);
  const plot = { x: f.plot.left, y: f.plot.top, w: f.plot.right - f.plot.left, h: f.plot.bottom - f.plot.top };
  let out = '';
  for (const { x, label } of verticalLines(f)) {
    if (label === '') continue;
    // The box haloText draws: the text's width and a fifth of the size around it.
    const pad = size * 0.2;
    const spot = verticalLabelSpot(x, plot, textWidth(label, size, 'bold') + 2 * pad, size * 1.25, f.fs * 0.25, [...points, ...taken], arrows);
    taken.push(spot);
    out += haloText(spot.x + pad, spot.y + size * 0.95, label, { size, weight: 'bold' });
  }
  return out;
}

const LABELLED_ABOVE: ReadonlySet<SlideChart['kind']> = new Set(['bar', 'groupedBar', 'line']);

/** Where a callout's connector ends: just above its category's highest figure. */
function anchorY(f: Frame, i: number): number {
  if (f.chart.kind === 'heatmap') return f.plot.top;
  const top = categoryTop(f.chart, i);
  // Bars stand on zero: under it, their top is the zero line and their label hangs below.
  if (top !== null && top < 0 && BAR_KINDS.has(f.chart.kind)) return f.y(0) - f.fs * 0.35;
  // Bars and lines carry their value label above the figure: the connector stops over it.
  const above = LABELLED_ABOVE.has(f.chart.kind) ? f.fs * 1.3 : f.fs * 0.35;
  return top === null || f.yAxis === null ? f.plot.bottom : Math.max(f.plot.top, f.y(Math.min(top, f.yAxis.domain[1])) - above);
}

export function drawCallouts(f: Frame): string {
  let out = '';
  for (const c of f.callouts) {
    if (c.target !== null) {
      const tx = f.cx(c.target);
      const ty = anchorY(f, c.target);
      const sx = Math.min(Math.max(tx, c.x + c.size), c.x + c.w - c.size);
      out += arrow(sx, c.y + c.h, tx, ty, f.fs * 0.45, { stroke: INK, 'stroke-width': f.fs * 0.1 });
    }
    out += rect(c.x, c.y, c.w, c.h, { fill: '#FFFFFF', stroke: INK, 'stroke-width': f.fs * 0.08, rx: c.size * 0.3 });
    const pad = c.size * 0.4;
    c.lines.forEach((l, k) => {
      out += text(c.x + pad, c.y + pad + c.size * 0.92 + k * c.size * 1.25, l, { size: c.size });
    });
  }
  return out;
}
