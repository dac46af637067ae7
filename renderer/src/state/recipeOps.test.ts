import { describe, expect, it } from 'vitest';
import { type FilterStep, type JoinStep, LENIENT_KEY, type StepDraft } from '../../../shared/model/recipe';
import { Recipe } from '../../../shared/model/recipe';
import {
  appendStep,
  baseOnly,
  filtersOf,
  followEngine,
  moveStep,
  recipeFromBase,
  removeStep,
  replaceStep,
  sameRecipe,
  SHOW_BASE,
  shownIndex,
  shownRecipe,
  toggleStep,
  truncateAfter,
} from './recipeOps';
import { canUndo, startStack, undo } from './undoStack';

const join: StepDraft<JoinStep> = { kind: 'join', right: 'src2', how: 'left', keys: [{ left: 'id', right: 'Id', ...LENIENT_KEY }] };
const filter: StepDraft<FilterStep> = { kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'eq', value: '2A' }] };

describe('recipe edits', () => {
  it('builds valid recipes', () => {
    const r = appendStep(appendStep(recipeFromBase('src1'), join), filter);
    expect(Recipe.parse(r)).toEqual(r);
    expect(r.steps.map((s) => s.kind)).toEqual(['join', 'filter']);
  });

  it('does not mutate the recipe it edits', () => {
    const base = recipeFromBase('src1');
    const next = appendStep(base, filter);
    expect(base.steps).toEqual([]);
    expect(next).not.toBe(base);
  });

  it('removes one step by position and lists filters with their position', () => {
    const r = appendStep(appendStep(appendStep(recipeFromBase('s'), filter), join), { ...filter, conditions: [{ column: 'Klas', op: 'eq', value: '2B' }] });
    expect(filtersOf(r).map((f) => [f.index, (f.step.conditions[0] as { value: unknown }).value])).toEqual([
      [0, '2A'],
      [2, '2B'],
    ]);
    const without = removeStep(r, 0);
    expect(without.steps.map((s) => s.kind)).toEqual(['join', 'filter']);
    expect(filtersOf(null)).toEqual([]);
  });

  it('compares recipes by content', () => {
    expect(sameRecipe(recipeFromBase('a'), recipeFromBase('a'))).toBe(true);
    expect(sameRecipe(recipeFromBase('a'), recipeFromBase('b'))).toBe(false);
    expect(sameRecipe(null, null)).toBe(true);
  });
});

describe('following the engine', () => {
  it('continues the history from a recipe the engine set itself', () => {
    const stack = startStack<Recipe | null>(null);
    const engine = recipeFromBase('src1');
    const followed = followEngine(stack, engine);
    expect(followed.present).toEqual(engine);
    // The next edit builds on the engine's recipe, and undo can still go back before it.
    expect(appendStep(followed.present!, filter).steps).toHaveLength(1);
    expect(undo(followed).present).toBeNull();
  });

  it('leaves the history alone when it already shows the engine recipe', () => {
    const stack = startStack<Recipe | null>(recipeFromBase('a'));
    expect(followEngine(stack, recipeFromBase('a'))).toBe(stack);
    expect(canUndo(followEngine(stack, recipeFromBase('a')))).toBe(false);
  });
});

describe('editing the steps by id', () => {
  const sort: StepDraft = { kind: 'sort', keys: [{ column: 'Naam', direction: 'asc' }] };
  const dedupe: StepDraft = { kind: 'deduplicate', keys: ['Nr'], keep: 'first' };
  /** step1 filter, step2 join, step3 sort, step4 deduplicate. */
  const four = () => [filter, join, sort, dedupe].reduce<Recipe>((r, s) => appendStep(r, s), recipeFromBase('s'));
  const ids = (r: Recipe) => r.steps.map((s) => s.id);

  it('moves a step up and down and keeps every id', () => {
    const r = four();
    expect(ids(moveStep(r, 'step3', -1))).toEqual(['step1', 'step3', 'step2', 'step4']);
    expect(ids(moveStep(r, 'step1', 1))).toEqual(['step2', 'step1', 'step3', 'step4']);
    expect(ids(moveStep(r, 'step4', -3))).toEqual(['step4', 'step1', 'step2', 'step3']);
    expect(Recipe.parse(moveStep(r, 'step2', 1))).toEqual(moveStep(r, 'step2', 1));
    expect(ids(r)).toEqual(['step1', 'step2', 'step3', 'step4']);
  });

  it('leaves the recipe as it is when a step cannot move or is not there', () => {
    const r = four();
    expect(moveStep(r, 'step1', -1)).toBe(r);
    expect(moveStep(r, 'step4', 1)).toBe(r);
    expect(moveStep(r, 'nope', 1)).toBe(r);
    expect(moveStep(r, 'step2', 0)).toBe(r);
  });

  it('switches a step off and on again, back to the same recipe', () => {
    const r = four();
    const off = toggleStep(r, 'step2');
    expect(off.steps.map((s) => s.disabled ?? false)).toEqual([false, true, false, false]);
    expect(Recipe.parse(off)).toEqual(off);
    const on = toggleStep(off, 'step2');
    expect(on.steps[1]).not.toHaveProperty('disabled');
    expect(sameRecipe(on, r)).toBe(true);
    expect(r.steps[1]).not.toHaveProperty('disabled');
  });

  it('replaces a step by id: same id and place, the editor’s fields, still switched off if it was', () => {
    const r = toggleStep(four(), 'step3');
    const next = replaceStep(r, 'step3', { kind: 'sort', keys: [{ column: 'Klas', direction: 'desc' }] });
    expect(ids(next)).toEqual(ids(r));
    expect(next.steps[2]).toEqual({ id: 'step3', kind: 'sort', keys: [{ column: 'Klas', direction: 'desc' }], disabled: true });
    expect(next.steps.filter((_, i) => i !== 2)).toEqual(r.steps.filter((_, i) => i !== 2));
    // A draft carrying another id or a flag of its own does not change the step's.
    const stray = replaceStep(four(), 'step4', { kind: 'deduplicate', keys: [], keep: 'last', id: 'other', disabled: true } as StepDraft);
    expect(stray.steps[3]).toEqual({ id: 'step4', kind: 'deduplicate', keys: [], keep: 'last' });
    expect(Recipe.parse(stray)).toEqual(stray);
    expect(replaceStep(r, 'nope', sort)).toEqual(r);
  });

  it('cuts the recipe after a step, for the table as it was there', () => {
    const r = four();
    expect(ids(truncateAfter(r, 'step2')!)).toEqual(['step1', 'step2']);
    expect(truncateAfter(r, 'step4')).toEqual(r);
    expect(truncateAfter(r, 'nope')).toBeNull();
    expect(baseOnly(r)).toEqual({ ...r, steps: [] });
    expect(r.steps).toHaveLength(4);
  });

  it('knows which table the grid shows: the result, the base table or the table after a step', () => {
    const r = four();
    expect(shownIndex(r, null)).toBeNull();
    expect(shownIndex(r, 'step2')).toBe(1);
    expect(shownIndex(r, SHOW_BASE)).toBe(-1);
    // The last step's table is the result; a step that left the recipe shows the result too.
    expect(shownIndex(r, 'step4')).toBeNull();
    expect(shownIndex(r, 'gone')).toBeNull();
    expect(shownIndex(recipeFromBase('s'), SHOW_BASE)).toBeNull();
    expect(shownIndex(null, 'step1')).toBeNull();
    expect(ids(shownRecipe(r, 'step2'))).toEqual(['step1', 'step2']);
    expect(shownRecipe(r, SHOW_BASE).steps).toEqual([]);
    expect(shownRecipe(r, null)).toBe(r);
    expect(shownRecipe(r, 'step4')).toBe(r);
  });
});
