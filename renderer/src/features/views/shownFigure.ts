import type { GainResult } from '../../../../shared/model/analysis/gain';
import type { ReferenceResult } from '../../../../shared/model/analysis/reference';
import type { SurveyResult } from '../../../../shared/model/analysis/survey';
import type { Locale } from '../../../../shared/i18n/index';
import type { PrivacyBadge } from '../../../../shared/model/story/privacy';
import type { GainChartKind, GroupSummary, SurveyChartKind } from '../../../../shared/model/view';
import { applyDesign, type DesignOptions, type FigureDesign, type PlotlyFigureData } from '../chart/design';
import { barFigure, chartAlt, rowN, rowName, sortedRows, type FigureWords } from '../chart/figure';
import { shownGroups } from '../gain/figures/common';
import { gainFigure, type GainWords } from '../gain/figures/index';
import { trendSeries } from '../gain/figures/trend';
import { referenceFigure } from '../reference/figures/referenceBars';
import type { ReferenceWords } from '../reference/figures/words';
import { shownMoment } from '../survey/figures/common';
import { surveyFigure, surveyValueAxis, type SurveyWords } from '../survey/figures/index';
import { chartPrivacy, gainPrivacy, referencePrivacy, surveyPrivacy } from './privacy';

/** What a view shows on screen: the plain chart, a learning-gain chart, the comparison or a survey chart, with its words. */
export type Shown =
  | { kind: 'chart'; summary: GroupSummary; words: FigureWords }
  | { kind: 'gain'; result: GainResult; chart: GainChartKind; words: GainWords }
  | { kind: 'reference'; result: ReferenceResult; words: ReferenceWords }
  | { kind: 'survey'; result: SurveyResult; chart: SurveyChartKind; moment: string | null; words: SurveyWords };

/** What a design can point at on a chart: its value axis, its categories and its series. */
export interface DesignTarget {
  /** Null: the chart takes no lines, callouts or highlight (the transitions heatmap, the flow). */
  valueAxis: 'x' | 'y' | null;
  /** What a callout can point at (groups, moments, components), as the chart names them. */
  categories: string[];
  /** What a highlight can single out besides a category (a group drawn as a line or as dots). */
  series: string[];
  valueAt?: (category: string) => number | null;
}

export function designTarget(shown: Shown): DesignTarget {
  if (shown.kind === 'chart') return { valueAxis: 'y', categories: sortedRows(shown.summary).map((r) => rowName(r, shown.words)), series: [] };
  if (shown.kind === 'reference') {
    return { valueAxis: 'y', categories: shown.result.components.map((c) => shown.words.component(c.component)), series: [...shown.result.groups] };
  }
  // A survey chart takes lines along its value axis; its callouts and highlight have nothing to point at.
  if (shown.kind === 'survey') return { valueAxis: surveyValueAxis(shown.chart), categories: [], series: [] };
  const { result, words } = shown;
  const groups = shownGroups(result, words);
  const names = groups.map((g) => g.name);
  const meanGain = (name: string) => groups.find((g) => g.name === name)?.figures.meanGain ?? null;
  switch (shown.chart) {
    case 'ciDots':
      return { valueAxis: 'x', categories: result.analysis.groupBy === null ? names : [...names, words.overall], series: [] };
    case 'gainStrip':
      return { valueAxis: 'x', categories: names, series: names, valueAt: meanGain };
    case 'slope':
      return { valueAxis: 'y', categories: [words.from, words.to], series: names };
    case 'trend':
      return { valueAxis: 'y', categories: result.analysis.moments.map((m) => m.label), series: trendSeries(result, words).map((s) => s.name) };
    case 'scatter':
      return { valueAxis: 'y', categories: [], series: names };
    case 'transitionsHeatmap':
    case 'sankey':
      return { valueAxis: null, categories: [], series: [] };
  }
}

/** The chart's own figure and its generated text alternative; null when it has nothing to draw. */
export function baseFigure(shown: Shown, locale: Locale): (PlotlyFigureData & { alt: string }) | null {
  if (shown.kind === 'chart') return { ...barFigure(shown.summary, shown.words, locale), alt: chartAlt(shown.summary, shown.words, locale) };
  if (shown.kind === 'reference') return referenceFigure(shown.result, shown.words);
  if (shown.kind === 'survey') return surveyFigure(shown.chart, shown.result, shown.moment, shown.words);
  return gainFigure(shown.chart, shown.result, shown.words);
}

export interface ShownFigure {
  figure: PlotlyFigureData;
  alt: string;
  target: DesignTarget;
}

/** The chart with the view's design drawn on it (the screen, the editor's preview and the export draw this). */
export function shownFigure(shown: Shown, design: FigureDesign, locale: Locale, theme: DesignOptions['theme'] = 'screen'): ShownFigure | null {
  const base = baseFigure(shown, locale);
  if (!base) return null;
  const target = designTarget(shown);
  const { alt, ...figure } = base;
  if (target.valueAxis === null) return { figure, alt, target };
  const options: DesignOptions = { valueAxis: target.valueAxis, locale, theme, ...(target.valueAt ? { valueAt: target.valueAt } : {}) };
  return { figure: applyDesign(figure, design, options), alt, target };
}

/** The pupils (or rows, or respondents) behind the figures: the source line's n. */
export function shownN(shown: Shown): number | null {
  if (shown.kind === 'chart') return shown.summary.rows.reduce((sum, r) => sum + rowN(shown.summary.chart, r), 0);
  if (shown.kind === 'gain') return shown.result.overall.figures?.n ?? null;
  if (shown.kind === 'survey') return surveyN(shown.result, shown.chart, shown.moment);
  const ours = shown.result.components.flatMap((c) => c.rows.slice(0, 1).map((r) => r.n)).filter((n): n is number => n !== null);
  return ours.length === 0 ? null : Math.max(...ours);
}

export function shownPrivacy(shown: Shown): PrivacyBadge {
  if (shown.kind === 'chart') return chartPrivacy(shown.summary);
  if (shown.kind === 'gain') return gainPrivacy(shown.result, shown.chart);
  if (shown.kind === 'survey') return surveyPrivacy(shown.result);
  return referencePrivacy(shown.result);
}

/**
 * A survey chart's n: the respondents of the moment shown; the observed lessons for the
 * observations; the most respondents of a moment for the quadrant (it shows them all).
 */
function surveyN(result: SurveyResult, chart: SurveyChartKind, moment: string | null): number | null {
  if (chart === 'observations') return result.observations ? result.observations.elements.reduce((most, e) => Math.max(most, e.n), 0) : null;
  if (chart === 'quadrant') return result.moments.length === 0 ? null : Math.max(...result.moments.map((m) => m.respondents));
  return shownMoment(result, moment)?.respondents ?? null;
}
