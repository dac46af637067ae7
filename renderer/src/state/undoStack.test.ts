import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, dropNext, dropPrevious, filterStack, pushState, redo, startStack, undo } from './undoStack';

describe('undo stack', () => {
  it('moves back and forth through pushed states', () => {
    let s = startStack('a');
    s = pushState(s, 'b');
    s = pushState(s, 'c');
    expect(s.present).toBe('c');
    s = undo(s);
    expect(s.present).toBe('b');
    s = undo(s);
    expect(s.present).toBe('a');
    expect(canUndo(s)).toBe(false);
    expect(undo(s)).toBe(s);
    s = redo(s);
    expect(s.present).toBe('b');
    s = redo(s);
    expect(s.present).toBe('c');
    expect(canRedo(s)).toBe(false);
    expect(redo(s)).toBe(s);
  });

  it('drops the redo branch when a new state is pushed after an undo', () => {
    let s = pushState(pushState(startStack(1), 2), 3);
    s = undo(s);
    s = pushState(s, 4);
    expect(s.present).toBe(4);
    expect(canRedo(s)).toBe(false);
    expect(undo(s).present).toBe(2);
  });

  it('keeps at most the limit of past states', () => {
    let s = startStack(0);
    for (let i = 1; i <= 10; i++) s = pushState(s, i, 3);
    expect(s.past).toEqual([7, 8, 9]);
  });

  it('undo then redo returns to the same state (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 30 }), fc.nat(40), (values, steps) => {
        let s = startStack(-1);
        for (const v of values) s = pushState(s, v);
        const undos = Math.min(steps, values.length);
        let t = s;
        for (let i = 0; i < undos; i++) t = undo(t);
        expect(t.present).toBe(undos === values.length ? -1 : values[values.length - 1 - undos]);
        for (let i = 0; i < undos; i++) t = redo(t);
        expect(t).toEqual(s);
      }),
    );
  });
});

describe('dropping states that can no longer be shown', () => {
  const same = (a: string, b: string) => a === b;

  it('keeps the present, drops the states refused, and merges neighbours left equal', () => {
    const s = { past: ['a', 'x', 'a', 'b', 'x', 'b'], present: 'b', future: ['x', 'b', 'c', 'x'] };
    const kept = filterStack(s, (v) => v !== 'x', same);
    // a a b b | b → a b | b → past [a]; the future b c → c (b equals the present).
    expect(kept).toEqual({ past: ['a'], present: 'b', future: ['c'] });
  });

  it('leaves a stack without such states as it was', () => {
    const s = { past: ['a', 'b'], present: 'c', future: ['d'] };
    expect(filterStack(s, () => true, same)).toEqual(s);
  });

  it('drops the state undo or redo would reach, and nothing when there is none', () => {
    const s = { past: ['a', 'b'], present: 'c', future: ['d', 'e'] };
    expect(dropPrevious(s)).toEqual({ past: ['a'], present: 'c', future: ['d', 'e'] });
    expect(dropNext(s)).toEqual({ past: ['a', 'b'], present: 'c', future: ['e'] });
    const lone = startStack('a');
    expect(dropPrevious(lone)).toBe(lone);
    expect(dropNext(lone)).toBe(lone);
  });
});
