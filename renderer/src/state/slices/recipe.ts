import type { Recipe, StepDraft } from '../../../../shared/model/recipe';
import { appendStep, followEngine, recipeFromBase, removeStep } from '../recipeOps';
import type { SliceDeps } from '../store';
import { canRedo, canUndo, pushState, redo, startStack, undo, type UndoStack } from '../undoStack';

/** The recipe's undo history; every edit goes to the engine, which answers with the new result. */
export interface RecipeSlice {
  history: UndoStack<Recipe | null>;
  /** Replaces the recipe with what `make` makes of the current one, as one undoable step. */
  setRecipe(make: (current: Recipe | null) => Recipe | null): Promise<boolean>;
  chooseBase(sourceId: string): Promise<boolean>;
  addStep(step: StepDraft): Promise<boolean>;
  removeRecipeStep(index: number): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export function recipeSlice({ set, get, api }: SliceDeps): RecipeSlice {
  let queue: Promise<unknown> = Promise.resolve();

  /** Recipe changes run one after another, so each sees the history the previous one left. */
  const queueRecipe = (pick: (history: UndoStack<Recipe | null>) => UndoStack<Recipe | null> | null): Promise<boolean> => {
    const next = queue.then(async () => {
      const target = pick(followEngine(get().history, get().project?.recipe ?? null));
      if (!target) return false;
      const state = await get().run(() => api['recipe.set']({ recipe: target.present }));
      if (!state) return false;
      set({ history: target, project: state });
      return true;
    });
    queue = next;
    return next;
  };

  const setRecipe = (make: (current: Recipe | null) => Recipe | null) => queueRecipe((h) => pushState(h, make(h.present)));

  return {
    history: startStack(null),
    setRecipe,
    chooseBase: (sourceId) => setRecipe(() => recipeFromBase(sourceId)),
    addStep: (step) => setRecipe((current) => (current ? appendStep(current, step) : current)),
    removeRecipeStep: (index) => setRecipe((current) => (current ? removeStep(current, index) : current)),
    async undo() {
      await queueRecipe((h) => (canUndo(h) ? undo(h) : null));
    },
    async redo() {
      await queueRecipe((h) => (canRedo(h) ? redo(h) : null));
    },
  };
}
