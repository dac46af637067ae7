import { describe, expect, it } from 'vitest';
import { type FilterStep, type JoinStep, LENIENT_KEY, type StepDraft } from '../../../shared/model/recipe';
import { Recipe } from '../../../shared/model/recipe';
import { appendStep, filtersOf, followEngine, recipeFromBase, removeStep, sameRecipe } from './recipeOps';
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
