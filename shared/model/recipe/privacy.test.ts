import { describe, expect, it } from 'vitest';
import type { ColumnInfo } from '../table';
import { isPupilLevel } from './privacy';
import { RECIPE_VERSION, type Recipe } from './recipe';

const cols = (...types: ColumnInfo['type'][]): ColumnInfo[] => types.map((type, i) => ({ name: `c${i}`, type }));
const recipe = (...kinds: string[]): Recipe =>
  ({
    version: RECIPE_VERSION,
    base: 's1',
    steps: kinds.map((kind, i) =>
      kind === 'join'
        ? { id: `step${i + 1}`, kind: 'join', right: 's2', how: 'left', leftKeys: ['a'], rightKeys: ['a'], normalizeKeys: true }
        : { id: `step${i + 1}`, kind },
    ),
  }) as unknown as Recipe;

describe('isPupilLevel', () => {
  it('is on the safe side: rows per pupil unless grouped after the last join, and never with an identifying column', () => {
    expect(isPupilLevel(null, cols('text'))).toBe(true);
    expect(isPupilLevel(recipe(), cols('text', 'decimal'))).toBe(true);
    expect(isPupilLevel(recipe('join'), cols('text'))).toBe(true);
    expect(isPupilLevel(recipe('join', 'group'), cols('text', 'integer', 'decimal'))).toBe(false);
    expect(isPupilLevel(recipe('group', 'join'), cols('text'))).toBe(true);
    expect(isPupilLevel(recipe('pivot'), cols('text', 'decimal'))).toBe(false);
    // A group by pupil number still has a row per pupil.
    expect(isPupilLevel(recipe('join', 'group'), cols('identifier', 'decimal'))).toBe(true);
  });
});
