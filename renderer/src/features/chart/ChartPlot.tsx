import type { RefObject } from 'react';
import type { PlotlyFigureData } from './design';
import { usePlotlyFigure } from './usePlotlyFigure';

interface Props {
  /** The chart with the active view's design on it (views/shownFigure.ts). */
  figure: PlotlyFigureData;
  /** The plot's accessible name: the active view's own text alternative, or the one made from the figures. */
  alt: string;
  /** The id of a note on that text (it was written for other figures). */
  describedBy?: string;
  plotRef: RefObject<HTMLDivElement | null>;
  testId?: string;
}

/** The plotly chart; drawn with `Plotly.react` so a redraw keeps the same element. */
export function ChartPlot({ figure, alt, describedBy, plotRef, testId = 'chart-plot' }: Props) {
  usePlotlyFigure(plotRef, figure);
  return <div ref={plotRef} className="chart-plot" data-testid={testId} role="img" aria-label={alt} aria-describedby={describedBy} />;
}
