import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSpec, View } from '../../../../shared/model/view';
import { useChartWords } from '../chart/useChartWords';
import { gainWords } from '../gain/figures/index';
import { referenceWords } from '../reference/figures/words';
import { surveyWords } from '../survey/figures/index';
import { useLocale } from '../../i18n/useLocale';
import { useRecipe, useWorkbench } from '../../state/hooks';
import { findActiveGainView, findActiveReferenceView, findActiveSurveyView, findActiveView } from './activeView';
import type { Shown } from './shownFigure';

/** The plain chart's look as the editor sets it (type, order, decimals). */
export type ChartLook = Pick<ChartSpec, 'type' | 'sort' | 'decimals'>;

/**
 * What the analysis tabs show right now, with its words: the learning-gain chart, the comparison
 * or the survey chart when their tab shows figures, else the plain chart (drawn with `look` when given).
 */
export function useShown(look?: ChartLook): Shown | null {
  const { t } = useTranslation();
  const locale = useLocale();
  const tab = useWorkbench((s) => s.analysisTab);
  const drawn = useWorkbench((s) => s.summary);
  const gain = useWorkbench((s) => s.gainResult);
  const gainChart = useWorkbench((s) => s.gainChart);
  const reference = useWorkbench((s) => s.referenceResult);
  const survey = useWorkbench((s) => s.surveyResult);
  const surveyChart = useWorkbench((s) => s.surveyChart);
  const surveyMoment = useWorkbench((s) => s.surveyMoment);
  const summary = useMemo(() => (drawn && look ? { ...drawn, chart: { ...drawn.chart, ...look } } : drawn), [drawn, look]);
  const chartWords = useChartWords(summary?.chart ?? null);
  const tr = useMemo(() => (key: string, params?: Record<string, string | number>) => t(key, params ?? {}), [t]);
  return useMemo(() => {
    if (tab === 'gain' && gain) return { kind: 'gain', result: gain, chart: gainChart, words: gainWords(tr, locale, gain) };
    if (tab === 'reference' && reference) return { kind: 'reference', result: reference, words: referenceWords(tr, locale, reference) };
    if (tab === 'survey' && survey) return { kind: 'survey', result: survey, chart: surveyChart, moment: surveyMoment, words: surveyWords(tr, locale) };
    if (tab === 'chart' && summary && chartWords) return { kind: 'chart', summary, words: chartWords };
    return null;
  }, [tab, gain, gainChart, reference, survey, surveyChart, surveyMoment, summary, chartWords, tr, locale]);
}

/** The saved view the shown tab draws right now (same recipe, same analysis or chart), or null. */
export function useActiveView(): View | null {
  const views = useWorkbench((s) => s.project?.views);
  const recipe = useRecipe();
  const tab = useWorkbench((s) => s.analysisTab);
  const chart = useWorkbench((s) => s.summary?.chart ?? null);
  const gain = useWorkbench((s) => s.gainResult?.analysis ?? null);
  const gainChart = useWorkbench((s) => s.gainChart);
  const reference = useWorkbench((s) => s.referenceResult?.analysis ?? null);
  const survey = useWorkbench((s) => s.surveyResult?.analysis ?? null);
  const surveyChart = useWorkbench((s) => s.surveyChart);
  const surveyMoment = useWorkbench((s) => s.surveyMoment);
  const opened = useWorkbench((s) => s.openedViewId);
  return useMemo(() => {
    const all = views ?? [];
    if (tab === 'gain') return findActiveGainView(all, recipe, gain, gainChart, opened);
    if (tab === 'reference') return findActiveReferenceView(all, recipe, reference, opened);
    if (tab === 'survey') return findActiveSurveyView(all, recipe, survey, surveyChart, surveyMoment, opened);
    return findActiveView(all, recipe, chart, opened);
  }, [views, recipe, tab, chart, gain, gainChart, reference, survey, surveyChart, surveyMoment, opened]);
}
