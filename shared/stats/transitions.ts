/** Level transitions between two moments, in the scale's order. */
export interface TransitionMatrix {
  /** The levels, low to high. */
  order: string[];
  /** `matrix[i][j]`: pairs from level `order[i]` to level `order[j]`. */
  matrix: number[][];
  /** Pairs in the matrix (both levels known to the order). */
  n: number;
  /** Pairs that ended on a higher level, the same level, a lower level. */
  movedUp: number;
  same: number;
  movedDown: number;
  /** Pairs with a level the order does not hold (counted here only, not in the matrix). */
  outside: number;
}

/**
 * Counts (from, to) level pairs into a from × to matrix in the order given low to high (norm
 * bands `['E', 'D', 'C', 'B', 'A']`). Levels are compared exactly. Throws when the order names a
 * level twice.
 */
export function transitionMatrix(pairs: ReadonlyArray<readonly [string, string]>, orderLowToHigh: readonly string[]): TransitionMatrix {
  return transitionMatrixOfCounts(
    pairs.map(([from, to]) => [from, to, 1] as const),
    orderLowToHigh,
  );
}

/**
 * The same matrix from counts already made, `[from, to, n]` (n pairs from `from` to `to`; a
 * (from, to) may come more than once, its counts add up): for pairs counted where they are stored.
 */
export function transitionMatrixOfCounts(counts: ReadonlyArray<readonly [string, string, number]>, orderLowToHigh: readonly string[]): TransitionMatrix {
  const rank = new Map<string, number>();
  orderLowToHigh.forEach((level, i) => {
    if (rank.has(level)) throw new RangeError(`transitionMatrix: level ${JSON.stringify(level)} is in the order twice`);
    rank.set(level, i);
  });
  const matrix = orderLowToHigh.map(() => orderLowToHigh.map(() => 0));
  let movedUp = 0;
  let same = 0;
  let movedDown = 0;
  let outside = 0;
  for (const [from, to, n] of counts) {
    const i = rank.get(from);
    const j = rank.get(to);
    if (i === undefined || j === undefined) {
      outside += n;
      continue;
    }
    matrix[i]![j]! += n;
    if (j > i) movedUp += n;
    else if (j < i) movedDown += n;
    else same += n;
  }
  return { order: [...orderLowToHigh], matrix, n: movedUp + same + movedDown, movedUp, same, movedDown, outside };
}
