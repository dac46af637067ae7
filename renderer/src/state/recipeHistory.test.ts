import { describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import { LENIENT_KEY, type Recipe } from '../../../shared/model/recipe';
import { isRefusal, withoutSource } from './recipeHistory';
import { appendStep, recipeFromBase } from './recipeOps';

const onS1 = recipeFromBase('s1');
const onS2 = recipeFromBase('s2');
const joined = appendStep(onS1, { kind: 'join', right: 's2', how: 'left', keys: [{ left: 'id', right: 'id', ...LENIENT_KEY }] });

describe('the recipe history after a source is removed', () => {
  it('drops every state that uses the source, as base or in a step, and merges what is left', () => {
    const history = { past: [null, onS1, joined, onS2, onS1] as (Recipe | null)[], present: onS1, future: [joined, onS2] as (Recipe | null)[] };
    expect(withoutSource(history, 's2')).toEqual({ past: [null], present: onS1, future: [] });
  });

  it('keeps states of other sources and the empty recipe', () => {
    const history = { past: [null, onS2] as (Recipe | null)[], present: onS1, future: [] };
    expect(withoutSource(history, 's3')).toEqual(history);
  });
});

describe('a refusal of the engine', () => {
  it('is a domain error, not a failure on the way', () => {
    expect(isRefusal(new WerkbankError('errors.source.unknown', { source: 's1' }))).toBe(true);
    expect(isRefusal(new WerkbankError('errors.recipe.unknownColumn', { column: 'x' }))).toBe(true);
    expect(isRefusal(new WerkbankError('errors.network'))).toBe(false);
    expect(isRefusal(new WerkbankError('errors.internal', { detail: 'x' }))).toBe(false);
    expect(isRefusal(new WerkbankError('errors.renderer.read', { name: 'x' }))).toBe(false);
    expect(isRefusal(new Error('errors.source.unknown'))).toBe(false);
  });
});
