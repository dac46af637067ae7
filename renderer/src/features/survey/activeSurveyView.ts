import type { SurveyAnalysis } from '../../../../shared/model/analysis/survey';
import type { Recipe } from '../../../../shared/model/recipe';
import type { SurveyChartKind, View } from '../../../../shared/model/view';

/** JSON with object keys sorted, so two analyses compare equal whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/**
 * The saved survey view the Teambevraging tab shows right now: same recipe, same analysis, same
 * chart kind and moment (the view last opened or saved first, as the other tabs do); else null.
 */
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
  return views.find((v) => v.id === preferred && matches(v)) ?? views.find(matches) ?? null;
}
