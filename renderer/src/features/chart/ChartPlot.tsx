import type { RefObject } from 'react';
import type { PlotlyFigureData } from './design';
import { usePlotlyFigure } from './usePlotlyFigure';

interface Props {
  /** The chart with the active view's design on it (views/shownFigure.ts). */
  figure: PlotlyFigureData;
  /** The text alternative made from the figures: the plot's accessible name. */
  alt: string;
  plotRef: RefObject<HTMLDivElement | null>;
  testId?: string;
}

/** The plotly chart; drawn with `Plotly.react` so a redraw keeps the same element. */
export function ChartPlot({ figure, alt, plotRef, testId = 'chart-plot' }: Props) {
  usePlotlyFigure(plotRef, figure);
  return <div ref={plotRef} className="chart-plot" data-testid={testId} role="img" aria-label={alt} />;
}
