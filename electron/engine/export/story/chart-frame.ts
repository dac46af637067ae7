import type { Locale } from '../../../../shared/i18n/index';
import type { SlideChart } from '../../../../shared/model/story/deck';
import { placeCallouts, type PlacedCallout } from './chart-annotations';
import {
  type Axis,
  type Highlight,
  resolveHighlight,
  scatterSeriesNames,
  scatterXAxis,
  valueAxis,
} from './chart-scales';
import { breakLines, fit, formatValue, GREY, linear, seriesColours, wrap } from './chart-svg';
import { textWidth } from './fonts';
import { momentChains, type MomentChain } from './scatter-moments';

/**
 * Where everything of a chart goes, before anything is drawn: the base font size for the
 * picture's size (legible on a projector), the legend and the callouts above the plot, the
 * category labels (wrapped, or slanted when they do not fit), the axis titles and the notes
 * below, and what is left for the plot with its scales.
 */

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface LegendItem {
  name: string;
  colour: string;
  x: number;
  y: number;
}

export interface Frame {
  chart: SlideChart;
  locale: Locale;
  width: number;
  height: number;
  /** The base font size; everything else is a fraction of it. */
  fs: number;
  plot: Box;
  /** The value axis (null for a heatmap) and its scale. */
  yAxis: Axis | null;
  y: (v: number) => number;
  /** A scatter's x axis and its scale. */
  xAxis: Axis | null;
  x: (v: number) => number;
  /** A quadrant's moments, each joined to the next by an arrow (scatter-moments.ts). */
  moments: MomentChain[];
  /** The centre of category i, and the width each category has. */
  cx: (i: number) => number;
  slot: number;
  seriesNames: string[];
  colours: string[];
  highlight: Highlight;
  legend: LegendItem[];
  callouts: PlacedCallout[];
  labels: { size: number; rotated: boolean; top: number; lines: string[][] };
  /** Baselines of the category (or x) title and of each note line. */
  titleY: number;
  notes: { size: number; lines: { text: string; y: number }[] };
  /** A value as its labels show it: the chart's decimals and unit in the locale's format. */
  format: (v: number) => string;
}

const SLANT = 35;
const SIN = Math.sin((SLANT * Math.PI) / 180);
const COS = Math.cos((SLANT * Math.PI) / 180);

/** The base font size for a picture of this size: 22.5 px on a 1280 × 720 slide image. */
export function baseFontSize(width: number, height: number): number {
  return Math.max(10, Math.min(26, height / 32, width / 52));
}

/** The colour of series s at category i, grey where another category or series is highlighted. */
export function markColour(f: Frame, s: number, i: number): string {
  const h = f.highlight;
  if (h.category !== null) return i === h.category ? f.colours[s]! : GREY;
  if (h.series !== null) return s === h.series ? f.colours[s]! : GREY;
  return f.colours[s]!;
}

/** The colour of series s as a whole (a line, a scatter's points): grey only where another series is highlighted. */
export function seriesColour(f: Frame, s: number): string {
  return f.highlight.series !== null && s !== f.highlight.series ? GREY : f.colours[s]!;
}

function tickUnit(unit: string): string {
  return unit.trim() === '%' ? unit : '';
}

export function tickLabel(f: Pick<Frame, 'chart' | 'locale'>, axis: Axis, v: number): string {
  return formatValue(v, axis.decimals, tickUnit(f.chart.unit), f.locale);
}

function showsLegend(chart: SlideChart, names: string[]): boolean {
  if (chart.kind === 'slope' || chart.kind === 'heatmap') return false;
  return names.length > 1;
}

export function layoutChart(chart: SlideChart, width: number, height: number, locale: Locale): Frame {
  const fs = baseFontSize(width, height);
  const pad = fs * 0.6;
  const format = (v: number) => formatValue(v, chart.decimals, chart.unit, locale);
  const kind = chart.kind;
  const seriesNames = kind === 'scatter' ? scatterSeriesNames(chart) : chart.series.map((s) => s.name);
  const colours = seriesColours(chart.palette, Math.max(1, seriesNames.length));
  const highlight = resolveHighlight(chart, seriesNames);

  // Left: the value title (turned) and the tick labels, or a heatmap's row names.
  const yAxis = kind === 'heatmap' ? null : valueAxis(chart);
  const xAxis = kind === 'scatter' && yAxis !== null ? scatterXAxis(chart, yAxis) : null;
  const labelSize = fs * 0.9;
  let left = pad + (chart.valueTitle !== '' ? fs * 1.4 : 0);
  if (yAxis !== null) left += Math.max(...yAxis.ticks.map((t) => textWidth(tickLabel({ chart, locale }, yAxis, t), labelSize))) + fs * 0.5;
  else left += Math.min(width * 0.3, Math.max(0, ...seriesNames.map((n) => textWidth(n, labelSize)))) + fs * 0.5;
  let right = width - pad - fs * 0.4;
  if (xAxis !== null) right -= textWidth(tickLabel({ chart, locale }, xAxis, xAxis.ticks[xAxis.ticks.length - 1]!), labelSize) / 2;

  // A slope chart names its series at the right end and gives its values room at both ends.
  let ends: [number, number] = [0, 0];
  if (kind === 'slope') {
    const last = chart.categories.length - 1;
    const widest = (i: number, named: boolean) =>
      Math.max(0, ...chart.series.map((s) => {
        const v = s.values[i];
        return textWidth(`${v == null ? '' : format(v)}${named ? `  ${s.name}` : ''}`, labelSize, 'bold');
      }));
    ends = [Math.min(width * 0.2, widest(0, false) + fs * 0.6), Math.min(width * 0.35, widest(last, true) + fs * 0.6)];
    right = width - pad;
  }

  const n = Math.max(1, chart.categories.length);
  let slot = 0;
  let cx = (i: number) => i;
  const placeCategories = () => {
    slot = (right - left) / n;
    cx = (i) => left + slot * (i + 0.5);
    if (kind === 'slope') {
      const a = left + ends[0];
      const b = right - ends[1];
      slot = n > 1 ? (b - a) / (n - 1) : b - a;
      cx = (i) => (n > 1 ? a + slot * i : (a + b) / 2);
    }
  };
  placeCategories();

  // The category labels: centred in up to two lines, or slanted (and cut) when they do not fit.
  let labels: Frame['labels'] = { size: labelSize, rotated: false, top: 0, lines: [] };
  let labelsHeight = labelSize * 1.6;
  if (kind !== 'scatter') {
    const room = Math.max(slot * 0.94, fs * 2);
    const broken = chart.categories.map((c) => breakLines(c, labelSize, room));
    const flat = broken.every((lines, i) => lines.length <= 2 && lines.every((l) => textWidth(l, labelSize) <= room) && lines.join(' ') === chart.categories[i]!.trim().replace(/\s+/g, ' '));
    if (flat) {
      labels = { size: labelSize, rotated: false, top: 0, lines: broken };
      labelsHeight = Math.max(1, ...broken.map((l) => l.length)) * labelSize * 1.2 + fs * 0.5;
    } else {
      // Slanted labels end under their category and reach down to the left: the plot moves
      // right (up to 12 % of the width) so that the first ones need not be cut at the edge.
      const longest = Math.min((height * 0.3) / SIN, width * 0.3);
      const reachLeft = (i: number, w: number) => w * COS - labelSize * 0.3 - (cx(i) - pad * 0.5);
      const overhang = Math.max(0, ...chart.categories.map((c, i) => reachLeft(i, Math.min(longest, textWidth(c, labelSize)))));
      if (overhang > 0) {
        left += Math.min(overhang, width * 0.12);
        placeCategories();
      }
      const cut = chart.categories.map((c, i) => [fit(c, labelSize, Math.min(longest, (cx(i) + labelSize * 0.3 - pad * 0.5) / COS))]);
      labels = { size: labelSize, rotated: true, top: 0, lines: cut };
      labelsHeight = Math.max(...cut.map(([c]) => textWidth(c!, labelSize))) * SIN + labelSize * COS + fs * 0.6;
    }
  }

  // Top: the legend, then the callouts.
  let top = pad;
  const legend: LegendItem[] = [];
  if (showsLegend(chart, seriesNames)) {
    const size = fs * 0.85;
    let x = left;
    for (const [s, name] of seriesNames.entries()) {
      const label = fit(name, size, width * 0.4);
      const w = size * 1.6 + textWidth(label, size) + fs * 1.2;
      if (x + w > width - pad && x > left) {
        x = left;
        top += fs * 1.4;
      }
      legend.push({ name: label, colour: highlight.series !== null && s !== highlight.series ? GREY : colours[s]!, x, y: top + size });
      x += w;
    }
    top += fs * 1.6;
  }
  const callouts = placeCallouts(chart, { fs, left, right, top, cx, width });
  top = callouts.bottom + fs * 0.4;

  // Bottom, upwards: the notes, the category (or x) title, the category labels or x ticks.
  const noteSize = fs * 0.8;
  const noteLines = chart.notes.flatMap((note) => wrap(note, noteSize, width - 2 * pad, 3));
  let bottom = height - pad * 0.6;
  const notesTop = bottom - noteLines.length * noteSize * 1.3;
  const notes = { size: noteSize, lines: noteLines.map((t, i) => ({ text: t, y: notesTop + (i + 1) * noteSize * 1.3 - noteSize * 0.3 })) };
  bottom = notesTop - (noteLines.length > 0 ? fs * 0.5 : 0);
  const title = kind === 'scatter' ? chart.xTitle : chart.categoryTitle;
  const titleY = bottom - fs * 0.25;
  if (title !== '') bottom -= fs * 1.5;

  bottom -= labelsHeight;
  labels.top = bottom + fs * 0.3;

  const plot: Box = { left, right, top, bottom: Math.max(bottom, top + fs * 3) };
  const y = yAxis !== null ? linear(yAxis.domain, [plot.bottom, plot.top]) : () => plot.bottom;
  const x = xAxis !== null ? linear(xAxis.domain, [plot.left, plot.right]) : () => plot.left;
  return {
    chart, locale, width, height, fs, plot, yAxis, y, xAxis, x, moments: momentChains(chart), cx, slot, seriesNames, colours, highlight, legend,
    callouts: callouts.placed, labels, titleY, notes, format,
  };
}
