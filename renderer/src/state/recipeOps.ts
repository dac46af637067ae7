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

/** The step with `id` moved `delta` places (−1 up, +1 down); the same recipe when it cannot move. */
export function moveStep(recipe: Recipe, id: string, delta: number): Recipe {
  const from = recipe.steps.findIndex((s) => s.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= recipe.steps.length || delta === 0) return recipe;
  const steps = [...recipe.steps];
  const [step] = steps.splice(from, 1);
  steps.splice(to, 0, step!);
  return { ...recipe, steps };
}

/**
 * The step with `id` switched off, or on again. An enabled step carries no `disabled` field, so
 * switching twice gives back the recipe it started from (and undo compares equal).
 */
export function toggleStep(recipe: Recipe, id: string): Recipe {
  return {
    ...recipe,
    steps: recipe.steps.map((step) => {
      if (step.id !== id) return step;
      if (step.disabled) {
        const { disabled: _off, ...on } = step;
        return on as RecipeStep;
      }
      return { ...step, disabled: true };
    }),
  };
}

/**
 * The step with `id` replaced by what an editor made of it: the id stays (reports, undo and the
 * step on screen refer to it), and so does whether the step is switched off.
 */
export function replaceStep(recipe: Recipe, id: string, draft: StepDraft): Recipe {
  return {
    ...recipe,
    steps: recipe.steps.map((step) => {
      if (step.id !== id) return step;
      const { id: _drafted, disabled: _flag, ...fields } = draft as StepDraft & { disabled?: boolean };
      return { ...fields, id, ...(step.disabled ? { disabled: true } : {}) } as RecipeStep;
    }),
  };
}

/** The recipe up to and including the step with `id` (the table as it was there); null when it has no such step. */
export function truncateAfter(recipe: Recipe, id: string): Recipe | null {
  const index = recipe.steps.findIndex((s) => s.id === id);
  return index < 0 ? null : { ...recipe, steps: recipe.steps.slice(0, index + 1) };
}

/** The recipe before any step: the base table. */
export function baseOnly(recipe: Recipe): Recipe {
  return { ...recipe, steps: [] };
}

/** What `shownStep` holds to show the base table, before any step (no step id has a colon). */
export const SHOW_BASE = ':base';

/**
 * Which table the grid shows for `shown` (a step id, SHOW_BASE or null): null for the result,
 * −1 for the base table, else the index of the step after which it is shown. The last step's
 * table is the result; a step no longer in the recipe shows the result too.
 */
export function shownIndex(recipe: Recipe | null, shown: string | null): number | null {
  if (!recipe || shown === null || recipe.steps.length === 0) return null;
  if (shown === SHOW_BASE) return -1;
  const index = recipe.steps.findIndex((s) => s.id === shown);
  return index < 0 || index === recipe.steps.length - 1 ? null : index;
}

/** The recipe whose result the grid shows for `shown`: the recipe cut after that step, or the recipe itself. */
export function shownRecipe(recipe: Recipe, shown: string | null): Recipe {
  const index = shownIndex(recipe, shown);
  if (index === null) return recipe;
  return index < 0 ? baseOnly(recipe) : (truncateAfter(recipe, recipe.steps[index]!.id) ?? recipe);
}
