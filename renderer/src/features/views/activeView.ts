import type { Recipe } from '../../../../shared/model/recipe';
import type { ChartSpec, View } from '../../../../shared/model/view';

/** JSON with object keys sorted, so two specs compare equal whatever order their keys came in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The saved view that the screen shows right now: same recipe and same drawn chart; else null. */
export function findActiveView(views: View[], recipe: Recipe | null, chart: ChartSpec | null): View | null {
  if (!recipe || !chart) return null;
  const r = canonical(recipe);
  const c = canonical(chart);
  return views.find((v) => canonical(v.recipe) === r && canonical(v.chart) === c) ?? null;
}
