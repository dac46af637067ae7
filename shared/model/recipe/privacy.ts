import type { ColumnInfo } from '../table';
import { type Recipe, stepSources } from './recipe';

/** Step kinds that fold rows into groups (their result has a row per group, not per pupil). */
const AGGREGATING = new Set<string>(['group', 'pivot']);

/**
 * Whether a recipe's result may hold a row per pupil, so that exporting it needs the privacy
 * warning (DOMAIN.md: a warning before exporting pupil-level data). On the safe side: yes, unless
 * the last step that brings rows in is followed by a grouping step, and no column of the result
 * identifies a pupil (a group by pupil number is still a row per pupil).
 */
export function isPupilLevel(recipe: Recipe | null, columns: readonly ColumnInfo[]): boolean {
  if (columns.some((c) => c.type === 'identifier')) return true;
  if (!recipe) return true;
  let grouped = false;
  for (const step of recipe.steps) {
    if (step.disabled) continue;
    if (AGGREGATING.has(step.kind)) grouped = true;
    else if (stepSources(step).length > 0) grouped = false;
  }
  return !grouped;
}
