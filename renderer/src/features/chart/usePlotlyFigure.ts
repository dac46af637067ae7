import { type RefObject, useEffect } from 'react';
import type * as PlotlyTypes from 'plotly.js';
import { useWorkbench } from '../../state/hooks';
import { loadPlotly } from './loadPlotly';

/** What plotly draws: its traces and layout. */
export interface PlotlyFigure {
  data: PlotlyTypes.Data[];
  layout: Partial<PlotlyTypes.Layout>;
}

/**
 * Draws `figure` into the element with `Plotly.react`, so a redraw keeps the same element; no
 * figure empties it. Plotly's listeners and caches are freed when the element goes away.
 */
export function usePlotlyFigure(plotRef: RefObject<HTMLDivElement | null>, figure: PlotlyFigure | null): void {
  const report = useWorkbench((s) => s.report);

  useEffect(() => {
    const el = plotRef.current;
    if (!el) return;
    let cancelled = false;
    loadPlotly()
      .then((Plotly) => {
        if (cancelled) return;
        if (!figure) {
          Plotly.purge(el);
          return;
        }
        return Plotly.react(el, figure.data, figure.layout, { displaylogo: false, responsive: true, displayModeBar: false }).then(() => undefined);
      })
      .catch(report);
    return () => {
      cancelled = true;
    };
  }, [plotRef, figure, report]);

  // Free plotly's listeners and caches when the chart goes away.
  useEffect(() => {
    const el = plotRef.current;
    return () => {
      if (el) void loadPlotly().then((Plotly) => Plotly.purge(el));
    };
  }, [plotRef]);
}
