import { type FilterStep, nextStepId, type Recipe, RECIPE_VERSION, type RecipeStep, type StepDraft } from '../../../shared/model/recipe';
import { pushState, type UndoStack } from './undoStack';

/** Recipe edits as pure functions: every edit yields a new recipe for the undo stack. */

export function recipeFromBase(sourceId: string): Recipe {
  return { version: RECIPE_VERSION, base: sourceId, steps: [] };
}

/** Appends a step; a draft without an id gets the next free `step<n>`. */
export function appendStep(recipe: Recipe, draft: StepDraft): Recipe {
  const step = { ...draft, id: draft.id ?? nextStepId(recipe.steps.map((s) => s.id)) } as RecipeStep;
  return { ...recipe, steps: [...recipe.steps, step] };
}

export function removeStep(recipe: Recipe, index: number): Recipe {
  return { ...recipe, steps: recipe.steps.filter((_, i) => i !== index) };
}

/** Filter steps with their position in the recipe, so a chip can remove exactly its step. */
export function filtersOf(recipe: Recipe | null): Array<{ index: number; step: FilterStep }> {
  if (!recipe) return [];
  return recipe.steps.flatMap((step, index) => (step.kind === 'filter' ? [{ index, step }] : []));
}

export function sameRecipe(a: Recipe | null, b: Recipe | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The engine may change the recipe itself (an import sets the first base). The history then
 * continues from the engine's recipe, so the next edit builds on what the user sees.
 */
export function followEngine(stack: UndoStack<Recipe | null>, engineRecipe: Recipe | null): UndoStack<Recipe | null> {
  return sameRecipe(stack.present, engineRecipe) ? stack : pushState(stack, engineRecipe);
}
