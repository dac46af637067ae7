import { type RefObject, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSummary } from '../../../../shared/model/view';
import { barFigure, type FigureWords } from './figure';
import { loadPlotly } from './loadPlotly';
import { useLocale } from '../../i18n/useLocale';
import { useWorkbench } from '../../state/hooks';

interface Props {
  summary: GroupSummary;
  words: FigureWords;
  plotRef: RefObject<HTMLDivElement | null>;
}

/** The plotly bar chart; drawn with `Plotly.react` so a redraw keeps the same element. */
export function ChartPlot({ summary, words, plotRef }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const report = useWorkbench((s) => s.report);

  useEffect(() => {
    const el = plotRef.current;
    if (!el) return;
    let cancelled = false;
    const { data, layout } = barFigure(summary, words, locale);
    loadPlotly()
      .then((Plotly) => {
        if (cancelled) return;
        return Plotly.react(el, data, layout, {
          displaylogo: false,
          responsive: true,
          displayModeBar: false,
        });
      })
      .catch(report);
    return () => {
      cancelled = true;
    };
  }, [summary, words, locale, plotRef, report]);

  // Free plotly's listeners and caches when the chart goes away.
  useEffect(() => {
    const el = plotRef.current;
    return () => {
      if (el) void loadPlotly().then((Plotly) => Plotly.purge(el));
    };
  }, [plotRef]);

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
