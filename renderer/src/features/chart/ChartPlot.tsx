import { type RefObject, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../../shared/model/view';
import { barFigure, type FigureWords } from './figure';
import { useLocale } from '../../i18n/useLocale';
import { usePlotlyFigure } from './usePlotlyFigure';

interface Props {
  summary: GroupSummary;
  words: FigureWords;
  plotRef: RefObject<HTMLDivElement | null>;
}

/** The plotly bar chart; drawn with `Plotly.react` so a redraw keeps the same element. */
export function ChartPlot({ summary, words, plotRef }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const figure = useMemo(() => barFigure(summary, words, locale), [summary, words, locale]);
  usePlotlyFigure(plotRef, figure);

  return (
    <div
      ref={plotRef}
      className="chart-plot"
      data-testid="chart-plot"
      role="img"
      aria-label={t('ui.chart.altText', { x: words.xTitle, y: words.yTitle })}
    />
  );
}
