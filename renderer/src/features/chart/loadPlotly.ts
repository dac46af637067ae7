import type * as PlotlyTypes from 'plotly.js';

export type PlotlyApi = typeof PlotlyTypes;

let loading: Promise<PlotlyApi> | null = null;

/** plotly is large: it loads on first use, so the workbench opens fast. */
export function loadPlotly(): Promise<PlotlyApi> {
  loading ??= import('plotly.js-strict-dist-min').then((m) => (m.default ?? m) as PlotlyApi);
  return loading;
}
