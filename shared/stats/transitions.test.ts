import { describe, expect, it } from 'vitest';
import { transitionMatrix, transitionMatrixOfCounts } from './transitions';

describe('transitionMatrix', () => {
  const order = ['C', 'B', 'A'];

  it('counts pairs in the order given, with moved up / same / down and levels outside the order', () => {
    const m = transitionMatrix(
      [
        ['C', 'B'],
        ['B', 'B'],
        ['A', 'C'],
        ['C', 'B'],
        ['X', 'A'],
      ],
      order,
    );
    expect(m.matrix).toEqual([
      [0, 2, 0],
      [0, 1, 0],
      [1, 0, 0],
    ]);
    expect([m.n, m.movedUp, m.same, m.movedDown, m.outside]).toEqual([4, 2, 1, 1, 1]);
  });

  it('gives the same matrix from counts, a (from, to) listed twice adding up', () => {
    const fromCounts = transitionMatrixOfCounts(
      [
        ['C', 'B', 1],
        ['B', 'B', 1],
        ['A', 'C', 1],
        ['C', 'B', 1],
        ['X', 'A', 1],
      ],
      order,
    );
    expect(fromCounts).toEqual(transitionMatrixOfCounts([['C', 'B', 2], ['B', 'B', 1], ['A', 'C', 1], ['X', 'A', 1]], order));
    expect(transitionMatrixOfCounts([['C', 'A', 5], ['A', 'A', 3], ['A', 'B', 2], ['B', 'Z', 4]], order)).toMatchObject({ n: 10, movedUp: 5, same: 3, movedDown: 2, outside: 4 });
  });

  it('refuses an order that names a level twice', () => {
    expect(() => transitionMatrixOfCounts([], ['A', 'A'])).toThrow(RangeError);
  });
});
