import { describe, expect, it } from 'vitest';
import { addedColumns, sameNames } from './addedColumns';

describe('columns a step added', () => {
  it('are the new names, in the new order, when the results share a column', () => {
    expect(addedColumns(['Stamboeknummer', 'Klas'], ['Stamboeknummer', 'Klas', 'Score (/40)', 'Procent'])).toEqual(['Score (/40)', 'Procent']);
    expect(addedColumns(['a', 'b'], ['x', 'a', 'b'])).toEqual(['x']);
  });

  it('are none when nothing was added, columns were removed, or the table is another one', () => {
    expect(addedColumns(['a', 'b'], ['a', 'b'])).toEqual([]);
    expect(addedColumns(['a', 'b', 'c'], ['a'])).toEqual([]);
    expect(addedColumns(['a', 'b'], ['x', 'y'])).toEqual([]);
    expect(addedColumns(null, ['a'])).toEqual([]);
    expect(addedColumns([], ['a'])).toEqual([]);
  });

  it('compares names without regard to case, as DuckDB does', () => {
    expect(addedColumns(['Klas'], ['klas', 'Score'])).toEqual(['Score']);
  });

  it('tells lists with the same names apart from changed ones', () => {
    expect(sameNames([{ name: 'a' }], [{ name: 'a' }])).toBe(true);
    expect(sameNames([{ name: 'a' }], [{ name: 'a' }, { name: 'b' }])).toBe(false);
    expect(sameNames([{ name: 'a' }], [{ name: 'A' }])).toBe(false);
  });
});
