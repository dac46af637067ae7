import { describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../../../shared/api/contract';
import type { ProjectState } from '../../../../shared/model/project';
import { Recipe, type StepDraft } from '../../../../shared/model/recipe';
import type { ShellSupport } from '../../api/shell';
import { SHOW_BASE } from '../recipeOps';
import { createWorkbenchStore } from '../store';
import { canRedo } from '../undoStack';

const shell: ShellSupport = { kind: 'browser', on: () => () => {}, deliver: async () => {} };

/**
 * An engine that reads every recipe through its schema, as the real one does at the API: the
 * answer has the schema's key order (the id first) and its defaults, not the order it was sent in.
 */
function setup() {
  const sent: (Recipe | null)[] = [];
  const state = (recipe: Recipe | null): ProjectState =>
    ({
      formatVersion: 1,
      name: 'Test',
      fileName: null,
      dirty: true,
      sources: [{ id: 's1', name: 'S1', columns: [{ name: 'Nr', type: 'identifier' }], rowCount: 3 }],
      recipe,
      result: recipe
        ? {
            columns: [{ name: 'Nr', type: 'identifier' }],
            rowCount: 2,
            steps: recipe.steps.map((s) => ({ id: s.id, kind: s.kind, rowsAfter: 2, columns: [{ name: 'Nr', type: 'identifier' }], warnings: [] })),
          }
        : null,
      views: [],
      profiles: [],
    }) as unknown as ProjectState;
  const api = {
    'recipe.set': async ({ recipe }: { recipe: Recipe | null }) => {
      sent.push(recipe);
      return state(recipe === null ? null : Recipe.parse(JSON.parse(JSON.stringify(recipe))));
    },
  } as unknown as WerkbankApi;
  const store = createWorkbenchStore(api, shell);
  store.getState().adopt(state(Recipe.parse({ version: 3, base: 's1', steps: [] })));
  return { store, sent };
}

const dedupe: StepDraft = { kind: 'deduplicate', keys: ['Nr'], keep: 'first' };
const sort: StepDraft = { kind: 'sort', keys: [{ column: 'Nr', direction: 'asc' }] };
const sortDown: StepDraft = { kind: 'sort', keys: [{ column: 'Nr', direction: 'desc' }] };
const kinds = (r: Recipe | null | undefined) => r?.steps.map((s) => `${s.id}:${s.kind}${s.disabled ? ' (off)' : ''}`);

describe('the steps panel’s edits in the history', () => {
  it('undoes an added step at once, though the engine answers in its own key order', async () => {
    const { store } = setup();
    await store.getState().addStep(dedupe);
    await store.getState().addStep(sort);
    await store.getState().undo();
    expect(kinds(store.getState().project?.recipe)).toEqual(['step1:deduplicate']);
    await store.getState().undo();
    expect(kinds(store.getState().project?.recipe)).toEqual([]);
    await store.getState().redo();
    expect(kinds(store.getState().project?.recipe)).toEqual(['step1:deduplicate']);
    expect(canRedo(store.getState().history)).toBe(true);
  });

  it('switches off, moves and replaces by id, each one undoable step', async () => {
    const { store } = setup();
    await store.getState().addStep(dedupe);
    await store.getState().addStep(sort);
    await store.getState().toggleRecipeStep('step1');
    expect(kinds(store.getState().project?.recipe)).toEqual(['step1:deduplicate (off)', 'step2:sort']);
    await store.getState().moveRecipeStep('step2', -1);
    expect(kinds(store.getState().project?.recipe)).toEqual(['step2:sort', 'step1:deduplicate (off)']);
    await store.getState().replaceRecipeStep('step2', sortDown);
    expect(store.getState().project?.recipe?.steps[0]).toEqual({ id: 'step2', kind: 'sort', keys: [{ column: 'Nr', direction: 'desc' }] });
    await store.getState().undo();
    expect(store.getState().project?.recipe?.steps[0]).toMatchObject({ id: 'step2', keys: [{ direction: 'asc' }] });
    await store.getState().undo();
    await store.getState().undo();
    expect(kinds(store.getState().project?.recipe)).toEqual(['step1:deduplicate', 'step2:sort']);
  });

  it('shows a step’s table until a step is added or the step is gone; the last step’s table is the result', async () => {
    const { store } = setup();
    await store.getState().addStep(dedupe);
    await store.getState().addStep(sort);
    store.getState().showStep('step2');
    expect(store.getState().shownStep).toBeNull();
    store.getState().showStep('step1');
    expect(store.getState().shownStep).toBe('step1');
    // Editing keeps it on screen.
    await store.getState().toggleRecipeStep('step2');
    expect(store.getState().shownStep).toBe('step1');
    // A new step: its effect, on the result, is what the user wants to see.
    await store.getState().addStep(sortDown);
    expect(store.getState().shownStep).toBeNull();
    store.getState().showStep(SHOW_BASE);
    expect(store.getState().shownStep).toBe(SHOW_BASE);
    store.getState().showStep('step1');
    // Removing the steps after it makes it the last: the result is shown again.
    await store.getState().removeRecipeStep(2);
    await store.getState().removeRecipeStep(1);
    expect(store.getState().shownStep).toBeNull();
  });
});
