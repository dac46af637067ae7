/** A box plot's figures of one group's values: Hyndman–Fan type 7 quartiles (R's and Excel's default) and Tukey's whiskers. */
export interface BoxStats {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** The lowest value within 1.5 IQR below Q1, and the highest within 1.5 IQR above Q3. */
  lowerWhisker: number;
  upperWhisker: number;
}

/** The p-quantile of ascending values, type 7: linear between the order statistics at (n − 1)·p. */
function quantile7(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo]!;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return below + (h - lo) * (above - below);
}

/** Null for no values. */
export function boxStats(values: readonly number[]): BoxStats | null {
  if (values.length === 0) return null;
  // A typed array sorts numerically (an array's sort compares as text).
  const list = Array.from(Float64Array.from(values).sort());
  const q1 = quantile7(list, 0.25);
  const q3 = quantile7(list, 0.75);
  const reach = 1.5 * (q3 - q1);
  let upper = list.length - 1;
  while (list[upper]! > q3 + reach) upper--;
  return {
    n: list.length,
    min: list[0]!,
    q1,
    median: quantile7(list, 0.5),
    q3,
    max: list[list.length - 1]!,
    lowerWhisker: list.find((x) => x >= q1 - reach)!,
    upperWhisker: list[upper]!,
  };
}
