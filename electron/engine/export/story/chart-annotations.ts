import type { Callout } from '../../../../shared/model/annotation';
import type { SlideChart } from '../../../../shared/model/story/deck';
import type { Frame } from './chart-frame';
import { BAR_KINDS, categoryTop } from './chart-scales';
import { el, haloText, INK, line, MUTED, rect, text, wrap } from './chart-svg';
import { textWidth } from './fonts';

/**
 * A view's annotations on its chart: bands behind the figures, reference lines over them with
 * their labels, and callouts in a strip above the plot with a connector down to the category
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

export function drawReferenceLines(f: Frame): string {
  if (f.yAxis === null) return '';
  const [lo, hi] = f.yAxis.domain;
  let out = '';
  for (const a of f.chart.annotations) {
    if (a.kind !== 'line' || a.value < lo || a.value > hi) continue;
    const y = f.y(a.value);
    out += line(f.plot.left, y, f.plot.right, y, { stroke: INK, 'stroke-width': f.fs * 0.13, 'stroke-dasharray': `${f.fs * 0.5} ${f.fs * 0.3}` });
    const label = a.label !== '' ? a.label : f.format(a.value);
    out += haloText(f.plot.right - f.fs * 0.2, y - f.fs * 0.3, label, { size: f.fs * 0.78, anchor: 'end', weight: 'bold' });
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
      // An arrowhead, not a dot: a dot at the end would read as one more data point.
      const head = f.fs * 0.45;
      const angle = Math.atan2(ty - (c.y + c.h), tx - sx);
      const bx = tx - head * Math.cos(angle);
      const by = ty - head * Math.sin(angle);
      out += line(sx, c.y + c.h, bx, by, { stroke: INK, 'stroke-width': f.fs * 0.1 });
      const wing = (sign: number) => `${bx + sign * head * 0.45 * Math.sin(angle)},${by - sign * head * 0.45 * Math.cos(angle)}`;
      out += el('polygon', { points: `${tx},${ty} ${wing(1)} ${wing(-1)}`, fill: INK });
    }
    out += rect(c.x, c.y, c.w, c.h, { fill: '#FFFFFF', stroke: INK, 'stroke-width': f.fs * 0.08, rx: c.size * 0.3 });
    const pad = c.size * 0.4;
    c.lines.forEach((l, k) => {
      out += text(c.x + pad, c.y + pad + c.size * 0.92 + k * c.size * 1.25, l, { size: c.size });
    });
  }
  return out;
}
