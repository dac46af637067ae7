import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../shared/i18n/index';
import type { ChartSpec } from '../../../../shared/model/view';
import type { FigureWords } from './figure';
import { formatCount } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** Axis titles and labels of a chart in `locale` (also to compare a text alternative across languages). */
export function chartWords(t: Translate, locale: Locale, spec: ChartSpec): FigureWords {
  const yTitle =
    spec.measure === null
      ? t('ui.chart.yCount')
      : spec.aggregate === 'mean'
        ? t('ui.chart.yMean', { column: spec.measure })
        : t('ui.chart.yCountOf', { column: spec.measure });
  return {
    xTitle: spec.groupBy,
    yTitle,
    emptyGroup: t('ui.chart.emptyGroup'),
    nLabel: (n: number) => t('ui.chart.nLabel', { n: formatCount(n, locale) }),
    alt: (type: ChartSpec['type'], items: string) =>
      type === 'line' ? t('ui.design.alt.line', { x: spec.groupBy, y: yTitle, items }) : t('ui.design.alt.bar', { x: spec.groupBy, y: yTitle, items }),
  };
}

/** Axis titles and labels of a chart, in the interface language. */
export function useChartWords(spec: ChartSpec | null): FigureWords | null {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => (spec ? chartWords((key, params) => t(key, params ?? {}), locale, spec) : null), [spec, t, locale]);
}
