import { type Frame, markColour, seriesColour } from './chart-frame';
import { arrow, el, GREY, haloText, heatColour, INK, line, MUTED, rect, text } from './chart-svg';
import { textWidth } from './fonts';
import { type Segment, shorten } from './scatter-moments';

/**
 * The figures of each chart kind with their value labels (the chart's decimals and unit in
 * the locale's format). Greyed marks are drawn first, so the highlighted ones lie on top.
 */

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Ink that reads on a fill: white on dark colours. */
function inkOn(fill: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.5 ? '#FFFFFF' : INK;
}

/** A label's font size: `size`, smaller (to 65 %) where the room is narrow. */
function labelSize(content: string, size: number, room: number): number {
  const w = textWidth(content, size);
  return w <= room ? size : Math.max(size * 0.65, (size * room) / w);
}

/** Series in drawing order: the greyed ones first. */
function drawingOrder(f: Frame): number[] {
  const order = f.seriesNames.map((_, s) => s);
  const h = f.highlight.series;
  return h === null ? order : [...order.filter((s) => s !== h), h];
}

export function drawBars(f: Frame): string {
  const { chart, fs } = f;
  const ns = Math.max(1, chart.series.length);
  const group = f.slot * (ns > 1 ? 0.8 : 0.62);
  const bw = group / ns;
  const zero = f.y(Math.min(Math.max(0, f.yAxis!.domain[0]), f.yAxis!.domain[1]));
  let out = '';
  for (const [s, series] of chart.series.entries()) {
    series.values.forEach((v, i) => {
      if (!finite(v)) return;
      const x = f.cx(i) - group / 2 + s * bw;
      const y = f.y(v);
      out += rect(x + bw * 0.05, Math.min(y, zero), bw * 0.9, Math.abs(zero - y), { fill: markColour(f, s, i) });
      const label = f.format(v);
      const size = labelSize(label, fs * 0.8, bw * 1.02);
      out += haloText(x + bw / 2, v >= 0 ? y - size * 0.4 : y + size * 1.1, label, { size, anchor: 'middle', pad: 0.1 });
    });
  }
  return out;
}

export function drawStacked(f: Frame): string {
  const { chart, fs } = f;
  const bw = f.slot * 0.6;
  let out = '';
  chart.categories.forEach((_, i) => {
    let pos = 0;
    let neg = 0;
    chart.series.forEach((series, s) => {
      const v = series.values[i];
      if (!finite(v) || v === 0) return;
      const from = v > 0 ? pos : neg;
      const to = from + v;
      if (v > 0) pos = to;
      else neg = to;
      const [top, bottom] = [f.y(Math.max(from, to)), f.y(Math.min(from, to))];
      const fill = markColour(f, s, i);
      out += rect(f.cx(i) - bw / 2, top, bw, bottom - top, { fill, stroke: '#FFFFFF', 'stroke-width': fs * 0.06 });
      const label = f.format(v);
      const size = labelSize(label, fs * 0.75, bw * 0.95);
      if (bottom - top >= size * 1.2) out += text(f.cx(i), (top + bottom) / 2 + size * 0.35, label, { size, anchor: 'middle', fill: inkOn(fill) });
    });
  });
  return out;
}

/** Positions pushed apart to at least `gap`, kept within [lo, hi] where they fit. */
function spread(ys: number[], gap: number, lo: number, hi: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + gap);
  const over = order.length > 0 ? order[order.length - 1]!.y - hi : 0;
  if (over > 0) for (const o of order) o.y = Math.max(lo, o.y - over);
  for (let k = order.length - 2; k >= 0; k--) order[k]!.y = Math.min(order[k]!.y, order[k + 1]!.y - gap);
  const out = new Array<number>(ys.length);
  for (const o of order) out[o.i] = o.y;
  return out;
}

/** A line per series through its categories (broken where a value is missing), with markers. */
function polylines(f: Frame, width: number): string {
  let out = '';
  for (const s of drawingOrder(f)) {
    const series = f.chart.series[s]!;
    const colour = seriesColour(f, s);
    let path = '';
    let pen = false;
    series.values.forEach((v, i) => {
      if (!finite(v)) {
        pen = false;
        return;
      }
      path += `${pen ? 'L' : 'M'}${f.cx(i).toFixed(1)},${f.y(v).toFixed(1)}`;
      pen = true;
    });
    if (path !== '') out += el('path', { d: path, fill: 'none', stroke: colour, 'stroke-width': width, 'stroke-linejoin': 'round' });
    series.values.forEach((v, i) => {
      if (!finite(v)) return;
      const marked = f.highlight.category === i;
      out += el('circle', { cx: f.cx(i), cy: f.y(v), r: f.fs * (marked ? 0.45 : 0.3), fill: colour, stroke: marked ? INK : '#FFFFFF', 'stroke-width': f.fs * 0.08 });
    });
  }
  return out;
}

export function drawLines(f: Frame): string {
  const { chart, fs } = f;
  let out = polylines(f, fs * 0.18);
  const count = chart.series.reduce((n, s) => n + s.values.filter(finite).length, 0);
  const size = fs * 0.75;
  for (const s of drawingOrder(f)) {
    const values = chart.series[s]!.values;
    const last = values.reduce<number>((at, v, i) => (finite(v) ? i : at), -1);
    values.forEach((v, i) => {
      if (!finite(v) || (count > 40 && i !== last)) return;
      out += text(f.cx(i), f.y(v) - fs * 0.55, f.format(v), { size, anchor: 'middle' });
    });
  }
  return out;
}

export function drawSlope(f: Frame): string {
  const { chart, fs, plot } = f;
  let out = polylines(f, fs * 0.2);
  const size = f.labels.size;
  const last = chart.categories.length - 1;
  for (const end of last > 0 ? [0, last] : [0]) {
    const present = chart.series.map((s, k) => ({ s, k, v: s.values[end] })).filter((e): e is typeof e & { v: number } => finite(e.v));
    const ys = spread(present.map((e) => f.y(e.v)), size * 1.15, plot.top, plot.bottom);
    present.forEach((e, j) => {
      const right = end === last && last > 0;
      const content = right ? `${f.format(e.v)}  ${e.s.name}` : f.format(e.v);
      const x = f.cx(end) + (right ? fs * 0.5 : -fs * 0.5);
      const fill = seriesColour(f, e.k) === GREY ? '#777777' : INK;
      out += text(x, ys[j]! + size * 0.35, content, { size, anchor: right ? 'start' : 'end', fill, weight: f.highlight.series === e.k ? 'bold' : undefined });
    });
  }
  return out;
}

/** A scatter's point radius: small in a crowd of pupils, large for the few moments of a quadrant. */
export function pointRadius(f: Frame): number {
  if (f.moments.length > 0) return f.fs * 0.4;
  return f.fs * (f.chart.points.length > 500 ? 0.16 : 0.26);
}

const arrowHead = (f: Frame) => f.fs * 0.6;

export interface MomentArrow extends Segment {
  main: boolean;
}

/** The arrows from each moment to the next, from the edge of one point to the edge of the next; none where two points nearly meet. */
export function momentArrows(f: Frame): MomentArrow[] {
  const r = pointRadius(f);
  const at = (i: number): [number, number] => [f.x(f.chart.points[i]!.x), f.y(f.chart.points[i]!.y)];
  const out: MomentArrow[] = [];
  for (const chain of f.moments) {
    for (let k = 1; k < chain.points.length; k++) {
      const segment = shorten(at(chain.points[k - 1]!), at(chain.points[k]!), r + f.fs * 0.15, r + f.fs * 0.1);
      if (segment !== null && Math.hypot(segment.x2 - segment.x1, segment.y2 - segment.y1) >= arrowHead(f) * 1.4) out.push({ ...segment, main: chain.main });
    }
  }
  return out;
}

/** The path from one moment to the next: solid for the team's computed position, dashed and muted for another reading (its own estimate). */
export function drawMomentArrows(f: Frame): string {
  const main = { stroke: INK, 'stroke-width': f.fs * 0.14 };
  const other = { stroke: MUTED, 'stroke-width': f.fs * 0.12, 'stroke-dasharray': `${f.fs * 0.35} ${f.fs * 0.25}` };
  return momentArrows(f)
    .map((a) => arrow(a.x1, a.y1, a.x2, a.y2, arrowHead(f), a.main ? main : other))
    .join('');
}

export function drawScatter(f: Frame): string {
  const { chart } = f;
  const r = pointRadius(f);
  const opacity = f.moments.length > 0 ? 0.9 : 0.7;
  const seriesOf = (name: string | null) => (name === null ? 0 : Math.max(0, f.seriesNames.indexOf(name)));
  const points = chart.points.map((p) => ({ p, s: seriesOf(p.series) }));
  const h = f.highlight.series;
  if (h !== null) points.sort((a, b) => Number(a.s === h) - Number(b.s === h));
  return points
    .map(({ p, s }) => el('circle', { cx: f.x(p.x), cy: f.y(p.y), r, fill: seriesColour(f, s), 'fill-opacity': opacity, stroke: '#FFFFFF', 'stroke-width': r * 0.25 }))
    .join('');
}

/** Where series s sits within a category, for kinds that set several series side by side. */
function dodge(f: Frame, s: number, share: number): number {
  const ns = Math.max(1, f.chart.series.length);
  return (s - (ns - 1) / 2) * ((f.slot * share) / ns);
}

export function drawDotCi(f: Frame): string {
  const { chart, fs } = f;
  const size = fs * 0.75;
  let out = '';
  for (const s of drawingOrder(f)) {
    const series = chart.series[s]!;
    series.values.forEach((v, i) => {
      const x = f.cx(i) + dodge(f, s, 0.7);
      const colour = markColour(f, s, i);
      const [lo, hi] = [series.low?.[i], series.high?.[i]];
      if (finite(lo) && finite(hi)) {
        const cap = fs * 0.3;
        out += line(x, f.y(lo), x, f.y(hi), { stroke: colour, 'stroke-width': fs * 0.16 });
        out += line(x - cap, f.y(lo), x + cap, f.y(lo), { stroke: colour, 'stroke-width': fs * 0.16 });
        out += line(x - cap, f.y(hi), x + cap, f.y(hi), { stroke: colour, 'stroke-width': fs * 0.16 });
      }
      if (!finite(v)) return;
      out += el('circle', { cx: x, cy: f.y(v), r: fs * 0.38, fill: colour, stroke: '#FFFFFF', 'stroke-width': fs * 0.08 });
      out += text(x + fs * 0.6, f.y(v) + size * 0.35, f.format(v), { size });
    });
  }
  return out;
}

export function drawBox(f: Frame): string {
  const { chart, fs } = f;
  const ns = Math.max(1, chart.series.length);
  const bw = Math.min((f.slot * 0.5) / ns, fs * 4);
  const size = fs * 0.75;
  let out = '';
  for (const s of drawingOrder(f)) {
    const series = chart.series[s]!;
    series.values.forEach((median, i) => {
      const x = f.cx(i) + dodge(f, s, 0.72);
      const colour = markColour(f, s, i);
      const [q1, q3, lo, hi] = [series.low?.[i], series.high?.[i], series.min?.[i], series.max?.[i]];
      const stroke = { stroke: INK, 'stroke-width': fs * 0.1 };
      if (finite(lo) && finite(q1)) out += line(x, f.y(lo), x, f.y(q1), stroke) + line(x - bw / 4, f.y(lo), x + bw / 4, f.y(lo), stroke);
      if (finite(hi) && finite(q3)) out += line(x, f.y(hi), x, f.y(q3), stroke) + line(x - bw / 4, f.y(hi), x + bw / 4, f.y(hi), stroke);
      if (finite(q1) && finite(q3)) out += rect(x - bw / 2, f.y(q3), bw, f.y(q1) - f.y(q3), { fill: colour, stroke: INK, 'stroke-width': fs * 0.1 });
      if (!finite(median)) return;
      out += line(x - bw / 2, f.y(median), x + bw / 2, f.y(median), { stroke: INK, 'stroke-width': fs * 0.22 });
      out += text(x + bw / 2 + fs * 0.3, f.y(median) + size * 0.35, f.format(median), { size });
    });
  }
  return out;
}

export function drawHeatmap(f: Frame): string {
  const { chart, fs, plot } = f;
  const rows = Math.max(1, chart.series.length);
  const rowH = (plot.bottom - plot.top) / rows;
  const values = chart.series.flatMap((s) => s.values).filter(finite);
  const [lo, hi] = values.length > 0 ? [Math.min(...values), Math.max(...values)] : [0, 1];
  let out = '';
  chart.series.forEach((series, r) => {
    chart.categories.forEach((_, i) => {
      const v = series.values[i];
      const x = plot.left + f.slot * i;
      const y = plot.top + rowH * r;
      const fill = finite(v) ? heatColour(chart.palette, hi > lo ? 0.08 + (0.84 * (v - lo)) / (hi - lo) : 0.5) : '#F5F5F5';
      out += rect(x, y, f.slot, rowH, { fill, stroke: '#FFFFFF', 'stroke-width': fs * 0.12 });
      const label = finite(v) ? f.format(v) : '–';
      const size = labelSize(label, Math.min(fs * 0.85, rowH * 0.5), f.slot * 0.9);
      out += text(x + f.slot / 2, y + rowH / 2 + size * 0.35, label, { size, anchor: 'middle', fill: inkOn(fill) });
    });
  });
  const { category, series } = f.highlight;
  const outline = { fill: 'none', stroke: INK, 'stroke-width': fs * 0.18 };
  if (category !== null) out += rect(plot.left + f.slot * category, plot.top, f.slot, plot.bottom - plot.top, outline);
  if (series !== null) out += rect(plot.left, plot.top + rowH * series, plot.right - plot.left, rowH, outline);
  return out;
}
