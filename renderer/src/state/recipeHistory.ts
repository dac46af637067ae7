import { WerkbankError } from '../../../shared/api/errors';
import { type Recipe, recipeSources } from '../../../shared/model/recipe';
import { sameRecipe } from './recipeOps';
import { filterStack, type UndoStack } from './undoStack';

/**
 * The recipe history of the open project (DESIGN.md: undo/redo is moving through recipe states).
 *
 * The model: the history belongs to the project on screen. Replacing the project (Nieuw, Openen,
 * Demo) starts a new one. Sources are not part of it, as an import is not: removing a source
 * takes its pupil data out of the engine for good, so it cannot be undone; the states of the
 * history that use that source are dropped with it (they could not be shown any more), and undo
 * goes to the nearest state that still can be. The engine refuses to remove a source the recipe
 * on screen or a saved view uses, so a removal never changes what is shown.
 *
 * Whatever else changes the data under the history (a refreshed source losing a column), a state
 * the engine refuses is skipped when undo or redo reaches it: pressing Ctrl+Z never shows an error.
 */

export type RecipeHistory = UndoStack<Recipe | null>;

/** The history without the states that use `sourceId`. */
export function withoutSource(history: RecipeHistory, sourceId: string): RecipeHistory {
  const keep = (recipe: Recipe | null) => recipe === null || !recipeSources(recipe).includes(sourceId);
  return filterStack(history, keep, sameRecipe);
}

/**
 * Whether the engine refused a recipe it once accepted, because the data changed under it (a source
 * or a column gone): an error of a domain area (`errors.source.unknown`, `errors.recipe.…`). The
 * errors every layer shares (`errors.network`, `errors.internal` …) have no area: something went
 * wrong on the way, the recipe was not refused.
 */
export function isRefusal(error: unknown): boolean {
  if (!(error instanceof WerkbankError)) return false;
  const [, area, key] = error.code.split('.');
  // The renderer's own errors (errors.renderer.…) are no answer of the engine either.
  return key !== undefined && area !== 'renderer';
}
