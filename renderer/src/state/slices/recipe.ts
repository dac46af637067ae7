import type { ProjectState } from '../../../../shared/model/project';
import type { Recipe, StepDraft } from '../../../../shared/model/recipe';
import { isRefusal, type RecipeHistory, withoutSource } from '../recipeHistory';
import { appendStep, followEngine, moveStep, recipeFromBase, removeStep, replaceStep, sameRecipe, shownIndex, toggleStep } from '../recipeOps';
import type { SliceDeps } from '../store';
import { canRedo, canUndo, dropNext, dropPrevious, pushState, redo, startStack, undo } from '../undoStack';

/**
 * The recipe's undo history (the model: recipeHistory.ts); every edit goes to the engine, which
 * answers with the new result.
 */
export interface RecipeSlice {
  history: RecipeHistory;
  /** Replaces the recipe with what `make` makes of the current one, as one undoable step. */
  /** `tolerant`: the recipe as it was saved (a view): a step that no longer fits is shown, not refused. */
  setRecipe(make: (current: Recipe | null) => Recipe | null, options?: { tolerant?: boolean }): Promise<boolean>;
  chooseBase(sourceId: string): Promise<boolean>;
  addStep(step: StepDraft): Promise<boolean>;
  /** The step the last addStep added (`nonce` tells two apart): the steps list gives it the focus. */
  stepAdded: { id: string; nonce: number } | null;
  removeRecipeStep(index: number): Promise<boolean>;
  /** Moves the step with `id` up (−1) or down (+1). */
  moveRecipeStep(id: string, delta: number): Promise<boolean>;
  /** Switches the step with `id` off (it passes its table on) or on again. */
  toggleRecipeStep(id: string): Promise<boolean>;
  /** Replaces the step with `id` by an editor's draft, keeping its id. */
  replaceRecipeStep(id: string, draft: StepDraft): Promise<boolean>;
  /**
   * The table the grid shows: null for the result, else a step id (the table after that step) or
   * SHOW_BASE (recipeOps.ts). Adding a step shows the result again, and so does any change that
   * leaves no such step before the last.
   */
  shownStep: string | null;
  showStep(shown: string | null): void;
  /**
   * A filter asked for from a column header (its button, or Alt+↓ on it): the filter bar opens its
   * form on that column. `nonce` tells two requests for the same column apart.
   */
  filterRequest: { column: string; nonce: number } | null;
  filterOnColumn(column: string): void;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /**
   * The open project is about to be replaced: recipe changes still waiting are dropped and answers
   * still under way are ignored, so none reaches the next project.
   */
  leaveProject(): void;
  /** A project was opened or started: its own history begins with its recipe. */
  startHistory(recipe: Recipe | null): void;
  /** Runs `task` after the recipe changes asked for so far, so it sees the history they leave. */
  afterRecipeChanges<T>(task: () => Promise<T>): Promise<T>;
  /** A source was removed: the states that use it leave the history. */
  forgetSource(sourceId: string): void;
}

type Outcome = { state: ProjectState } | { refused: true } | null;

export function recipeSlice({ set, get, api }: SliceDeps): RecipeSlice {
  let queue: Promise<unknown> = Promise.resolve();
  /** Which project the history belongs to: changes asked for under an earlier one are dropped. */
  let era = 0;

  /** Tasks run one after another, so each sees the history the previous one left. */
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };

  /**
   * A new history state on screen, as the engine holds it: the engine reads a recipe through its
   * schema (its key order, its defaults), so the history keeps the engine's copy, and the next
   * change does not take the difference for a change of the engine's own (followEngine), which
   * would leave undo a step that seems to do nothing. The step shown stays shown while it is there.
   */
  const land = (history: RecipeHistory, project: ProjectState) => {
    const shown = get().shownStep;
    set({ history: { ...history, present: project.recipe }, project, shownStep: shownIndex(project.recipe, shown) === null ? null : shown });
  };

  /** The history, continued from a recipe the engine set itself (an import's first base). */
  const current = () => followEngine(get().history, get().project?.recipe ?? null);

  /** Sends a recipe; a refusal is reported to the caller, not to the user. */
  const send = async (recipe: Recipe | null): Promise<Outcome> => {
    const outcome = await get().run(async (): Promise<Outcome> => {
      try {
        return { state: await api['recipe.set']({ recipe, tolerant: true }) };
      } catch (error) {
        if (isRefusal(error)) return { refused: true };
        throw error;
      }
    });
    return outcome ?? null;
  };

  const setRecipe = (make: (current: Recipe | null) => Recipe | null, options: { tolerant?: boolean } = {}): Promise<boolean> => {
    const mine = era;
    return enqueue(async () => {
      if (mine !== era) return false;
      const history = current();
      const next = make(history.present);
      // The same recipe again (a base chosen twice) is no step: undo would seem to do nothing.
      if (sameRecipe(next, history.present)) return true;
      const target = pushState(history, next);
      const state = await get().run(() => api['recipe.set']({ recipe: target.present, ...(options.tolerant ? { tolerant: true } : {}) }));
      if (!state || mine !== era) return false;
      land(target, state);
      return true;
    });
  };

  /**
   * Undo or redo: the state it reaches is sent to the engine; one the engine refuses (its data
   * changed since) leaves the history and the next one is tried, so Ctrl+Z never shows an error.
   */
  const move = (direction: 'undo' | 'redo'): Promise<void> => {
    const mine = era;
    const can = direction === 'undo' ? canUndo : canRedo;
    const step = direction === 'undo' ? undo : redo;
    const drop = direction === 'undo' ? dropPrevious : dropNext;
    return enqueue(async () => {
      if (mine !== era) return;
      let history = current();
      let skipped = 0;
      let moved = false;
      while (!moved && can(history)) {
        const target = step(history);
        const outcome = await send(target.present);
        if (mine !== era || outcome === null) return;
        if ('state' in outcome) {
          land(target, outcome.state);
          moved = true;
        } else {
          history = drop(history);
          skipped += 1;
        }
      }
      if (skipped === 0) return;
      if (!moved) set({ history });
      get().notify({ code: 'ui.editing.undoSkipped', params: { count: skipped } });
    });
  };

  return {
    history: startStack(null),
    setRecipe,
    chooseBase: (sourceId) => setRecipe(() => recipeFromBase(sourceId)),
    async addStep(step) {
      const added = await setRecipe((recipe) => (recipe ? appendStep(recipe, step) : recipe));
      // The new step works on the result: show what it made of it.
      const id = get().project?.recipe?.steps.at(-1)?.id;
      if (added) set({ shownStep: null, stepAdded: id ? { id, nonce: (get().stepAdded?.nonce ?? 0) + 1 } : null });
      return added;
    },
    stepAdded: null,
    removeRecipeStep: (index) => setRecipe((recipe) => (recipe ? removeStep(recipe, index) : recipe)),
    moveRecipeStep: (id, delta) => setRecipe((recipe) => (recipe ? moveStep(recipe, id, delta) : recipe)),
    toggleRecipeStep: (id) => setRecipe((recipe) => (recipe ? toggleStep(recipe, id) : recipe)),
    replaceRecipeStep: (id, draft) => setRecipe((recipe) => (recipe ? replaceStep(recipe, id, draft) : recipe)),
    shownStep: null,
    showStep(shown) {
      // The last step's table is the result: nothing to hold on to.
      set({ shownStep: shownIndex(get().project?.recipe ?? null, shown) === null ? null : shown });
    },
    filterRequest: null,
    filterOnColumn(column) {
      set({ filterRequest: { column, nonce: (get().filterRequest?.nonce ?? 0) + 1 }, shownStep: null });
    },
    undo: () => move('undo'),
    redo: () => move('redo'),
    leaveProject() {
      era += 1;
    },
    startHistory(recipe) {
      era += 1;
      set({ history: startStack(recipe), shownStep: null });
    },
    afterRecipeChanges: (task) => enqueue(task),
    forgetSource(sourceId) {
      set({ history: withoutSource(get().history, sourceId) });
    },
  };
}
