import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlideChart } from '../../../../shared/model/story/deck';
import { useLocale } from '../../i18n/useLocale';
import { usePlotlyFigure } from '../chart/usePlotlyFigure';
import { slideFigure } from './slideFigure';

/** A slide's chart drawn by plotly; the text alternative is its accessible name. */
export function SlideChartView({ chart, alt, theme, fontSize }: { chart: SlideChart; alt: string; theme: 'light' | 'dark'; fontSize: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ref = useRef<HTMLDivElement>(null);
  const figure = useMemo(() => slideFigure(chart, { locale, theme, fontSize }), [chart, locale, theme, fontSize]);
  usePlotlyFigure(ref, figure);
  return <div ref={ref} className="slide-plot" role="img" aria-label={t('ui.present.slide.chartLabel', { alt })} data-testid="slide-plot" />;
}
