import type { Annotations, Data } from 'plotly.js';
import type { SlideSeries } from '../../../../shared/model/story/deck';
import { escapeText } from '../chart/design';
import type { PlotlyFigure } from '../chart/usePlotlyFigure';
import { baseLayout, colour, type Ctx } from './slideFigureBase';

/** Two moments, a line per group from the first to the second; its name and values are written at the ends (slopeLabels). */
export function slope(c: Ctx): PlotlyFigure {
  const x = c.chart.categories.map(escapeText);
  const data = c.chart.series.map(
    (s, i) =>
      ({
        type: 'scatter',
        mode: 'lines+markers',
        name: escapeText(s.name),
        x,
        y: s.values,
        line: { color: colour(i), width: 4 },
        marker: { color: colour(i), size: Math.round(c.o.fontSize * 0.6) },
        hovertemplate: `${escapeText(s.name)}: %{y}<extra></extra>`,
        cliponaxis: false,
      }) as Data,
  );
  const layout = baseLayout(c, {
    showlegend: false,
    // Room beside the two moments for the labels; the values are written there, so no value axis.
    xaxis: { type: 'category', range: [-0.75, 1.75], showgrid: false, showline: false, side: 'top' },
    yaxis: { ...(c.chart.valueRange ? { range: [...c.chart.valueRange] } : {}), showticklabels: false, showline: false, zeroline: false },
  });
  layout.yaxis = { ...layout.yaxis, title: { text: '' } };
  return { data, layout };
}

/**
 * Positions for labels at `values` at least `gap` apart, each as near its value as it can be:
 * labels that would overlap form a run spaced `gap` apart and centred on their values' mean; a run
 * that then reaches the one below merges with it.
 */
export function spread(values: readonly number[], gap: number): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  type Run = { items: { v: number; i: number }[]; first: number };
  const first = (items: Run['items']) => items.reduce((sum, x) => sum + x.v, 0) / items.length - (gap * (items.length - 1)) / 2;
  const runs: Run[] = [];
  for (const item of order) {
    let run: Run = { items: [item], first: item.v };
    for (let below = runs[runs.length - 1]; below && below.first + gap * below.items.length > run.first + 1e-12; below = runs[runs.length - 1]) {
      runs.pop();
      const items = [...below.items, ...run.items];
      run = { items, first: first(items) };
    }
    runs.push(run);
  }
  const out = new Array<number>(values.length);
  for (const run of runs) run.items.forEach((x, k) => (out[x.i] = run.first + gap * k));
  return out;
}

/** The slope chart's labels (name and value at each end) in each line's colour as drawn, kept from overlapping. */
export function slopeLabels(figure: PlotlyFigure, c: Ctx): PlotlyFigure {
  const all = c.chart.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  if (all.length === 0) return figure;
  const [lo, hi] = c.chart.valueRange ?? [Math.min(...all), Math.max(...all)];
  // The plot is about 25 font sizes high: one line of text is 1/22 of the value span.
  const gap = ((hi - lo) || 1) / 22;
  const annotations = [0, 1].flatMap((end) => {
    const rows = c.chart.series.map((s, i) => ({ s, i, v: s.values[end] ?? null })).filter((r): r is { s: SlideSeries; i: number; v: number } => r.v !== null);
    const at = spread(rows.map((r) => r.v), gap);
    return rows.map((r, k) => {
      const trace = figure.data[r.i] as { line?: { color?: string } } | undefined;
      const name = escapeText(r.s.name);
      return {
        x: c.chart.categories[end] === undefined ? end : escapeText(c.chart.categories[end]!),
        y: at[k],
        xref: 'x',
        yref: 'y',
        text: end === 0 ? `${name}  ${c.fmt(r.v)}` : `${c.fmt(r.v)}  ${name}`,
        showarrow: false,
        xanchor: end === 0 ? 'right' : 'left',
        xshift: end === 0 ? -12 : 12,
        font: { size: Math.round(c.o.fontSize * 0.9), color: trace?.line?.color ?? colour(r.i) },
      } as Partial<Annotations>;
    });
  });
  return { data: figure.data, layout: { ...figure.layout, annotations: [...(figure.layout.annotations ?? []), ...annotations] } };
}

