import type { Locale } from '../../../../shared/i18n/index';
import type { SlideChart } from '../../../../shared/model/story/deck';
import { formatNumber, lineCount, SMALL_PT } from './pptx-style';

/**
 * Where a native chart draws: its value axis fixed (minimum, maximum, step) and its plot area
 * set explicitly inside the chart's frame, so that reference lines, bands, callouts and the
 * diagonal drawn as shapes over the chart land on the values and categories they mean, in
 * PowerPoint and in LibreOffice alike.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Scale {
  min: number;
  max: number;
  step: number;
}

export interface Plot {
  /** The chart's frame on the slide (inches). */
  frame: Box;
  /** The plot area inside the axes (inches, on the slide). */
  area: Box;
  value: Scale;
  /** Scatter: the x axis. */
  x: Scale | null;
  /** Categories along the category axis (0 for a scatter). */
  categories: number;
  legend: 't' | 'r' | null;
}

const round = (v: number) => Number(v.toPrecision(12));

/** Ticks at 1, 2 or 5 × 10ⁿ covering [lo, hi] in about `target` steps. */
export function niceScale(lo: number, hi: number, target = 5): Scale {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { min: 0, max: 1, step: 0.2 };
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  const step = round((norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * magnitude);
  return { min: round(Math.floor(lo / step + 1e-9) * step), max: round(Math.ceil(hi / step - 1e-9) * step), step };
}

/** A given range kept exactly, with a nice step inside it. */
function fixedScale(lo: number, hi: number): Scale {
  const step = niceScale(lo, hi).step;
  return { min: lo, max: hi, step };
}

const BARS = new Set(['bar', 'groupedBar', 'stackedBar']);

function finite(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/** The values of the reference lines and bands. */
function annotationValues(chart: SlideChart): number[] {
  return chart.annotations.flatMap((a) => (a.kind === 'line' ? [a.value] : a.kind === 'band' ? [a.from, a.to] : []));
}

/** The values the value axis must show: the figures (stacked: the totals), lines and bands, zero under bars. */
function valueExtent(chart: SlideChart): number[] {
  const out: number[] = [];
  if (chart.kind === 'scatter') {
    out.push(...chart.points.map((p) => p.y));
    if (chart.diagonal) out.push(...chart.points.map((p) => p.x));
  } else if (chart.kind === 'stackedBar') {
    chart.categories.forEach((_, j) => {
      const at = finite(chart.series.map((s) => s.values[j]));
      out.push(at.filter((v) => v > 0).reduce((a, b) => a + b, 0), at.filter((v) => v < 0).reduce((a, b) => a + b, 0));
    });
  } else {
    for (const s of chart.series) out.push(...finite(s.values));
  }
  out.push(...annotationValues(chart));
  if (BARS.has(chart.kind)) out.push(0);
  return out;
}

/** The value at a category that a callout points at: the highest drawn there (a stack's total), null when none. */
export function valueAtCategory(chart: SlideChart, index: number): number | null {
  const at = finite(chart.series.map((s) => s.values[index]));
  if (at.length === 0) return null;
  if (chart.kind === 'stackedBar') return at.filter((v) => v > 0).reduce((a, b) => a + b, 0);
  return Math.max(...at);
}

/**
 * The value axis: the view's own range (widened to show every line and band) or a nice range
 * around the figures; with callouts, room above the highest value they point at for their boxes.
 */
export function valueScale(chart: SlideChart, calloutValues: number[]): Scale {
  const values = valueExtent(chart);
  if (chart.valueRange) {
    const [a, b] = chart.valueRange;
    const marks = annotationValues(chart);
    return fixedScale(Math.min(a, b, ...marks), Math.max(a, b, ...marks));
  }
  if (values.length === 0) return niceScale(0, 1);
  const lo = Math.min(...values);
  let hi = Math.max(...values);
  let scale = niceScale(lo, hi);
  const top = calloutValues.length > 0 ? Math.max(...calloutValues) : null;
  if (top !== null && top > scale.min) {
    // The highest value pointed at sits at no more than two thirds of the plot's height.
    hi = Math.max(hi, scale.min + (top - scale.min) * 1.5);
    scale = niceScale(lo, hi);
  }
  return scale;
}

/**
 * Scatter's x axis: the view's own range (`xRange`, widened to show every line across it), or a
 * nice range around the points and those lines; the same as the y axis when the no-change
 * diagonal is drawn (it then runs corner to corner).
 */
export function xScale(chart: SlideChart, value: Scale): Scale {
  if (chart.diagonal) return value;
  const marks = chart.xLines.map((l) => l.value);
  if (chart.xRange) {
    const [a, b] = chart.xRange;
    return fixedScale(Math.min(a, b, ...marks), Math.max(a, b, ...marks));
  }
  const xs = [...chart.points.map((p) => p.x), ...marks];
  return xs.length === 0 ? niceScale(0, 1) : niceScale(Math.min(...xs), Math.max(...xs));
}

const PT_IN = 1 / 72;
const LABEL_EM = 0.58;

function tickWidth(scale: Scale, decimals: number, unit: string, locale: Locale): number {
  const labels = [scale.min, scale.max, scale.min + scale.step].map((v) => `${formatNumber(v, decimals, locale)}${unit}`);
  return Math.max(...labels.map((l) => l.length)) * SMALL_PT * PT_IN * LABEL_EM + 0.2;
}

/** Decimals the axis's tick labels need: none for whole steps. */
export function tickDecimals(scale: Scale): number {
  for (let d = 0; d < 4; d++) if (Math.abs(scale.step * 10 ** d - Math.round(scale.step * 10 ** d)) < 1e-9) return d;
  return 3;
}

/**
 * The plot area inside `frame`: room on the left for the value labels and title, below for the
 * category labels (wrapped, up to five lines) and title, on the right for the labels of reference
 * lines and bands (`labelWidth`), and for the legend: on top, or on the right when it is long and
 * the right is free.
 */
export function plotOf(chart: SlideChart, frame: Box, value: Scale, x: Scale | null, seriesNames: string[], locale: Locale, labelWidth: number): Plot {
  const line = SMALL_PT * PT_IN * 1.25;
  const titleRoom = line + 0.15;
  let legend: Plot['legend'] = null;
  let legendWidth = 0;
  let legendRows = 0;
  if (seriesNames.length > 1) {
    const entries = seriesNames.map((n) => n.length * SMALL_PT * PT_IN * LABEL_EM + 0.45);
    const topWidth = entries.reduce((a, b) => a + b, 0);
    if (labelWidth > 0 || (topWidth <= frame.w * 0.9 && seriesNames.length <= 4)) {
      legend = 't';
      legendRows = Math.min(3, Math.ceil(topWidth / (frame.w * 0.9)));
    } else {
      legend = 'r';
      legendWidth = Math.min(frame.w * 0.32, Math.max(...entries) + 0.2);
    }
  }
  const left = tickWidth(value, tickDecimals(value), chart.unit, locale) + (chart.valueTitle ? titleRoom : 0) + 0.1;
  const right = legend === 'r' ? legendWidth + 0.2 : labelWidth > 0 ? labelWidth + 0.15 : 0.3;
  const top = legend === 't' ? legendRows * line + 0.35 : 0.25;
  let bottom: number;
  if (chart.kind === 'scatter') {
    bottom = line + 0.2 + (chart.xTitle ? titleRoom : 0);
  } else {
    const slot = (frame.w - left - right) / Math.max(1, chart.categories.length);
    const lines = Math.min(5, Math.max(1, ...chart.categories.map((c) => lineCount(c, slot + 0.1, SMALL_PT))));
    bottom = lines * line + 0.2 + (chart.categoryTitle ? titleRoom : 0);
  }
  const area: Box = { x: frame.x + left, y: frame.y + top, w: Math.max(1, frame.w - left - right), h: Math.max(1, frame.h - top - bottom) };
  return { frame, area, value, x, categories: chart.kind === 'scatter' ? 0 : chart.categories.length, legend };
}

/** The plot area as fractions of the chart's frame (pptxgenjs `layout`, written as an inner manual layout). */
export function layoutOf(plot: Plot): { x: number; y: number; w: number; h: number } {
  const f = plot.frame;
  const frac = (v: number) => Number(Math.min(1, Math.max(0, v)).toFixed(4));
  return { x: frac((plot.area.x - f.x) / f.w), y: frac((plot.area.y - f.y) / f.h), w: frac(plot.area.w / f.w), h: frac(plot.area.h / f.h) };
}

/** The slide y (inches) of a value on the value axis. */
export function yOf(plot: Plot, value: number): number {
  const { min, max } = plot.value;
  const t = (value - min) / (max - min || 1);
  return plot.area.y + plot.area.h * (1 - Math.min(1, Math.max(0, t)));
}

/** The slide x (inches) of a category's centre; of an x value on a scatter. */
export function xOf(plot: Plot, index: number): number {
  return plot.area.x + ((index + 0.5) * plot.area.w) / Math.max(1, plot.categories);
}

export function xOfValue(plot: Plot, value: number): number {
  const scale = plot.x ?? plot.value;
  const t = (value - scale.min) / (scale.max - scale.min || 1);
  return plot.area.x + plot.area.w * Math.min(1, Math.max(0, t));
}
