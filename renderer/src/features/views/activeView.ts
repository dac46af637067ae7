import type { GainAnalysis } from '../../../../shared/model/analysis/gain';
import type { ReferenceAnalysis } from '../../../../shared/model/analysis/reference';
import type { SurveyAnalysis } from '../../../../shared/model/analysis/survey';
import type { Recipe } from '../../../../shared/model/recipe';
import type { ChartSpec, GainChartKind, SurveyChartKind, View } from '../../../../shared/model/view';

/** JSON with object keys sorted, so two specs compare equal whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The view `preferred` (the one last opened or saved) when it matches, else the first that does. */
function pick(views: View[], matches: (v: View) => boolean, preferred: string | null): View | null {
  return views.find((v) => v.id === preferred && matches(v)) ?? views.find(matches) ?? null;
}

/** The saved chart view that the screen shows right now: same recipe and same drawn chart; else null. Learning-gain, comparison and survey views do not count. */
export function findActiveView(views: View[], recipe: Recipe | null, chart: ChartSpec | null, preferred: string | null = null): View | null {
  if (!recipe || !chart) return null;
  const r = canonical(recipe);
  const c = canonical(chart);
  return pick(views, (v) => !v.gain && !v.reference && !v.survey && canonical(v.recipe) === r && canonical(v.chart) === c, preferred);
}

/** The saved learning-gain view the gain tab shows right now: same recipe, same analysis, same chart kind; else null. */
export function findActiveGainView(
  views: View[],
  recipe: Recipe | null,
  analysis: GainAnalysis | null,
  chart: GainChartKind,
  preferred: string | null = null,
): View | null {
  if (!recipe || !analysis) return null;
  const r = canonical(recipe);
  const a = canonical(analysis);
  return pick(views, (v) => Boolean(v.gain) && v.gain!.chart === chart && canonical(v.recipe) === r && canonical(v.gain!.analysis) === a, preferred);
}

/** The saved comparison view the Vergelijking tab shows right now: same recipe, same analysis; else null. */
export function findActiveReferenceView(views: View[], recipe: Recipe | null, analysis: ReferenceAnalysis | null, preferred: string | null = null): View | null {
  if (!recipe || !analysis) return null;
  const r = canonical(recipe);
  const a = canonical(analysis);
  return pick(views, (v) => Boolean(v.reference) && canonical(v.recipe) === r && canonical(v.reference!.analysis) === a, preferred);
}

/** The saved survey view the Teambevraging tab shows right now: same recipe, same analysis, same chart kind and moment; else null. */
export function findActiveSurveyView(
  views: View[],
  recipe: Recipe | null,
  analysis: SurveyAnalysis | null,
  chart: SurveyChartKind,
  moment: string | null,
  preferred: string | null = null,
): View | null {
  if (!recipe || !analysis) return null;
  const r = canonical(recipe);
  const a = canonical(analysis);
  const matches = (v: View) =>
    Boolean(v.survey) && v.survey!.chart === chart && (v.survey!.moment ?? null) === moment && canonical(v.recipe) === r && canonical(v.survey!.analysis) === a;
  return pick(views, matches, preferred);
}
