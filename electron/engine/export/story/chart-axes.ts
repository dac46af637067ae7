import { formatMessage } from '../../../../shared/i18n/index';
import { type Frame, tickLabel } from './chart-frame';
import { BAR_KINDS } from './chart-scales';
import { el, GRID, haloText, INK, line, MUTED, rect, text } from './chart-svg';
import { textWidth } from './fonts';

/**
 * The chart's frame as drawn: grid lines with their tick labels and the value title, the zero
 * line, a scatter's x axis and no-change diagonal, the category labels and title, a heatmap's
 * row names, the legend and the notes.
 */

export function drawGrid(f: Frame): string {
  const { plot, fs, chart } = f;
  const size = f.labels.size;
  let out = '';
  if (f.yAxis !== null) {
    for (const t of f.yAxis.ticks) {
      const y = f.y(t);
      out += line(plot.left, y, plot.right, y, { stroke: GRID, 'stroke-width': fs * 0.06 });
      out += text(plot.left - fs * 0.4, y + size * 0.35, tickLabel(f, f.yAxis, t), { size, anchor: 'end', fill: MUTED });
    }
  }
  if (f.xAxis !== null) {
    for (const t of f.xAxis.ticks) {
      const x = f.x(t);
      out += line(x, plot.top, x, plot.bottom, { stroke: GRID, 'stroke-width': fs * 0.06 });
      out += text(x, plot.bottom + size * 1.3, tickLabel(f, f.xAxis, t), { size, anchor: 'middle', fill: MUTED });
    }
  }
  if (chart.valueTitle !== '') {
    // Beside the tick labels (or a heatmap's row names), wherever the plot starts.
    const names = f.yAxis !== null ? f.yAxis.ticks.map((t) => tickLabel(f, f.yAxis!, t)) : chart.series.map((s) => s.name);
    const widest = Math.min(f.width * 0.3, Math.max(0, ...names.map((n) => textWidth(n, size))));
    const x = Math.max(fs * 1.55, plot.left - widest - fs * 0.9 - fs * 0.35);
    const y = (plot.top + plot.bottom) / 2;
    out += text(x, y, chart.valueTitle, { size: fs * 0.9, anchor: 'middle', rotate: -90, fill: INK });
  }
  return out;
}

/** The baseline under bars, the zero line of `zeroLine`, the axis line under the other kinds. */
export function drawBaselines(f: Frame): string {
  const { plot, fs, chart } = f;
  if (f.yAxis === null) return '';
  const [lo, hi] = f.yAxis.domain;
  const zeroShown = lo <= 0 && hi >= 0;
  let out = '';
  if (BAR_KINDS.has(chart.kind) && zeroShown) out += line(plot.left, f.y(0), plot.right, f.y(0), { stroke: INK, 'stroke-width': fs * 0.1 });
  else out += line(plot.left, plot.bottom, plot.right, plot.bottom, { stroke: MUTED, 'stroke-width': fs * 0.06 });
  if (chart.zeroLine && zeroShown) out += line(plot.left, f.y(0), plot.right, f.y(0), { stroke: INK, 'stroke-width': fs * 0.12 });
  return out;
}

/** A scatter's y = x: where the points lie when nothing changed. */
export function drawDiagonal(f: Frame): string {
  if (f.chart.kind !== 'scatter' || !f.chart.diagonal || f.xAxis === null || f.yAxis === null) return '';
  const lo = Math.max(f.xAxis.domain[0], f.yAxis.domain[0]);
  const hi = Math.min(f.xAxis.domain[1], f.yAxis.domain[1]);
  if (!(hi > lo)) return '';
  const [x0, y0, x1, y1] = [f.x(lo), f.y(lo), f.x(hi), f.y(hi)];
  const angle = (Math.atan2(y1 - y0, x1 - x0) * 180) / Math.PI;
  const label = formatMessage({ code: 'story.chart.noChange', params: {} }, f.locale);
  const lx = x0 + (x1 - x0) * 0.97;
  const ly = y0 + (y1 - y0) * 0.97;
  return (
    line(x0, y0, x1, y1, { stroke: MUTED, 'stroke-width': f.fs * 0.1, 'stroke-dasharray': `${f.fs * 0.4} ${f.fs * 0.3}` }) +
    text(lx, ly - f.fs * 0.35, label, { size: f.fs * 0.75, anchor: 'end', fill: MUTED, rotate: angle })
  );
}

export function drawCategoryLabels(f: Frame): string {
  const { labels, chart, fs, plot } = f;
  let out = '';
  if (chart.kind !== 'scatter') {
    labels.lines.forEach((lines, i) => {
      const weight = f.highlight.category === i ? 'bold' : undefined;
      if (labels.rotated) {
        const x = f.cx(i) + labels.size * 0.3;
        const y = labels.top + labels.size * 0.8;
        out += text(x, y, lines[0] ?? '', { size: labels.size, anchor: 'end', rotate: -35, weight });
      } else {
        lines.forEach((l, k) => {
          out += text(f.cx(i), labels.top + labels.size * (0.95 + k * 1.2), l, { size: labels.size, anchor: 'middle', weight });
        });
      }
    });
  }
  if (chart.kind === 'heatmap') {
    const rowH = (plot.bottom - plot.top) / Math.max(1, chart.series.length);
    chart.series.forEach((s, r) => {
      const weight = f.highlight.series === r ? 'bold' : undefined;
      out += text(plot.left - fs * 0.5, plot.top + rowH * (r + 0.5) + labels.size * 0.35, s.name, { size: labels.size, anchor: 'end', weight });
    });
  }
  const title = chart.kind === 'scatter' ? chart.xTitle : chart.categoryTitle;
  if (title !== '') out += text((plot.left + plot.right) / 2, f.titleY, title, { size: fs * 0.9, anchor: 'middle' });
  return out;
}

export function drawLegend(f: Frame): string {
  const size = f.fs * 0.85;
  const lineLike = f.chart.kind === 'line' || f.chart.kind === 'scatter' || f.chart.kind === 'dotCi';
  let out = '';
  for (const item of f.legend) {
    const mid = item.y - size * 0.35;
    if (lineLike) {
      if (f.chart.kind === 'line') out += line(item.x, mid, item.x + size * 1.2, mid, { stroke: item.colour, 'stroke-width': f.fs * 0.18 });
      out += el('circle', { cx: item.x + size * 0.6, cy: mid, r: size * 0.32, fill: item.colour });
    } else out += rect(item.x, mid - size * 0.45, size * 1.2, size * 0.9, { fill: item.colour });
    out += text(item.x + size * 1.6, item.y, item.name, { size });
  }
  return out;
}

export function drawNotes(f: Frame): string {
  return f.notes.lines.map((l) => text(f.fs * 0.6, l.y, l.text, { size: f.notes.size, fill: MUTED })).join('');
}

/** The picture when there is nothing to draw. */
export function drawEmpty(f: Frame): string {
  const message = formatMessage({ code: 'story.chart.noData', params: {} }, f.locale);
  return haloText((f.plot.left + f.plot.right) / 2, (f.plot.top + f.plot.bottom) / 2, message, { size: f.fs, anchor: 'middle', fill: MUTED });
}
