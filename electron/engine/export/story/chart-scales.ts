import type { SlideChart } from '../../../../shared/model/story/deck';
import { niceTicks, stepDecimals } from './chart-svg';

/**
 * What a chart's figures span: the value axis (with the reference lines and bands, zero for
 * bars), the x axis of a scatter, where each category's data tops out (a callout points there),
 * and which category or series `highlight` names.
 */

export const BAR_KINDS: ReadonlySet<SlideChart['kind']> = new Set(['bar', 'groupedBar', 'stackedBar']);

export interface Axis {
  domain: [number, number];
  ticks: number[];
  /** Decimals the tick labels need. */
  decimals: number;
}

const finite = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Stacked totals per category: [negative sum, positive sum]. */
export function stackTotals(chart: SlideChart): [number, number][] {
  return chart.categories.map((_, i) => {
    let neg = 0;
    let pos = 0;
    for (const s of chart.series) {
      const v = s.values[i];
      if (finite(v)) {
        if (v < 0) neg += v;
        else pos += v;
      }
    }
    return [neg, pos];
  });
}

function seriesExtent(chart: SlideChart): number[] {
  if (chart.kind === 'scatter') return chart.points.map((p) => p.y);
  if (chart.kind === 'stackedBar') return stackTotals(chart).flat();
  return chart.series.flatMap((s) => [...s.values, ...(s.low ?? []), ...(s.high ?? []), ...(s.min ?? []), ...(s.max ?? [])]).filter(finite);
}

function axisFrom(values: number[], range: [number, number] | null, includeZero: boolean, headroom: number): Axis {
  if (range !== null) {
    const { ticks, step } = niceTicks(range[0], range[1]);
    const inside = ticks.filter((t) => t >= range[0] - step * 1e-6 && t <= range[1] + step * 1e-6);
    return { domain: range, ticks: inside, decimals: stepDecimals(step) };
  }
  let lo = values.length > 0 ? Math.min(...values) : 0;
  let hi = values.length > 0 ? Math.max(...values) : 1;
  if (includeZero) {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  const span = hi - lo || Math.abs(hi) || 1;
  if (!includeZero || hi > 0) hi += span * headroom;
  if (!includeZero || lo < 0) lo -= span * headroom;
  const { ticks, step } = niceTicks(lo, hi);
  return { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks, decimals: stepDecimals(step) };
}

/** The value axis: the data, the reference lines and bands, zero under bars. */
export function valueAxis(chart: SlideChart): Axis {
  const values = seriesExtent(chart);
  for (const a of chart.annotations) {
    if (a.kind === 'line') values.push(a.value);
    else if (a.kind === 'band') values.push(a.from, a.to);
  }
  if (chart.kind === 'scatter' && chart.diagonal) values.push(...chart.points.map((p) => p.x));
  if (chart.zeroLine) values.push(0);
  const headroom = chart.kind === 'stackedBar' ? 0 : BAR_KINDS.has(chart.kind) ? 0.08 : 0.04;
  return axisFrom(values, chart.valueRange, BAR_KINDS.has(chart.kind), headroom);
}

/**
 * The x axis of a scatter: its own range (`xRange`, the quadrant's 1–5) or the data and the lines
 * across it; with the no-change diagonal, the same as the value axis (so y = x is the square's diagonal).
 */
export function scatterXAxis(chart: SlideChart, yAxis: Axis): Axis {
  if (chart.diagonal) return yAxis;
  return axisFrom([...chart.points.map((p) => p.x), ...chart.xLines.map((l) => l.value)], chart.xRange, false, 0.04);
}

/** Where category i's figures end at the top (a callout's connector points there); null: no figure. */
export function categoryTop(chart: SlideChart, i: number): number | null {
  if (chart.kind === 'stackedBar') return stackTotals(chart)[i]![1];
  const tops = chart.series.flatMap((s) => [s.max?.[i], s.high?.[i], s.values[i]]).filter(finite);
  return tops.length > 0 ? Math.max(...tops) : null;
}

export interface Highlight {
  category: number | null;
  series: number | null;
}

/** The category `highlight` names, or else the series; neither when it names nothing shown. */
export function resolveHighlight(chart: SlideChart, seriesNames: readonly string[]): Highlight {
  const name = chart.highlight;
  if (name === null || name === '') return { category: null, series: null };
  const category = chart.kind === 'scatter' ? -1 : chart.categories.indexOf(name);
  if (category >= 0) return { category, series: null };
  const series = seriesNames.indexOf(name);
  return { category: null, series: series >= 0 ? series : null };
}

/** The names a scatter's points are coloured by: its series in order, then any other series a point names. */
export function scatterSeriesNames(chart: SlideChart): string[] {
  const names = chart.series.map((s) => s.name);
  for (const p of chart.points) if (p.series !== null && !names.includes(p.series)) names.push(p.series);
  return names;
}
