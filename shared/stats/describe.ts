import { requireFinite, requireSameLength } from './guard';

/**
 * Spread smaller than this many units in the last place of the largest value is rounding noise
 * (gains computed as `juni/50·100 − sept/40·100` that are equal on paper): it counts as none.
 */
const NOISE_ULPS = 64;

/** What one array's figures are computed from. */
export interface Moments {
  n: number;
  /** Null for no values. */
  mean: number | null;
  /** Sum of squared deviations from the mean; 0 for fewer than two values. */
  ss: number;
}

/**
 * Mean and sum of squared deviations in two passes (the second corrects the first mean's
 * rounding, as R's mean does); a spread at the level of rounding noise counts as 0. The values
 * must have been checked finite: for callers in shared/stats that check once for many figures.
 */
export function moments(xs: readonly number[]): Moments {
  const n = xs.length;
  if (n === 0) return { n, mean: null, ss: 0 };
  let sum = 0;
  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    sum += x;
    if (x > maxAbs) maxAbs = x;
    else if (-x > maxAbs) maxAbs = -x;
  }
  const first = sum / n;
  let dev = 0;
  let dev2 = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i]! - first;
    dev += d;
    dev2 += d * d;
  }
  const ss = Math.max(0, dev2 - (dev * dev) / n);
  const noise = NOISE_ULPS * Number.EPSILON * maxAbs;
  return { n, mean: first + dev / n, ss: ss <= noise * noise * n ? 0 : ss };
}

/** The sample SD (n − 1) from moments; null for fewer than two values. */
export function sdOf(m: Moments): number | null {
  return m.n < 2 ? null : Math.sqrt(m.ss / (m.n - 1));
}

/** Pearson's r from both sides' moments, in one more pass; null for n < 2 or a side without spread. */
export function pearson(xs: readonly number[], ys: readonly number[], mx: Moments, my: Moments): number | null {
  if (mx.n < 2 || mx.ss === 0 || my.ss === 0) return null;
  const [meanX, meanY] = [mx.mean!, my.mean!];
  let sxy = 0;
  for (let i = 0; i < xs.length; i++) sxy += (xs[i]! - meanX) * (ys[i]! - meanY);
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(mx.ss * my.ss)));
}

/** Arithmetic mean; null for no values. Throws on a value that is not finite. */
export function mean(xs: readonly number[]): number | null {
  requireFinite(xs, 'mean');
  return moments(xs).mean;
}

/**
 * Sample standard deviation (divisor n − 1); null for fewer than two values. Values that differ
 * only by floating-point rounding give 0. Throws on a value that is not finite.
 */
export function sd(xs: readonly number[]): number | null {
  requireFinite(xs, 'sd');
  return sdOf(moments(xs));
}

/**
 * Pearson's r of paired values; null for fewer than two pairs or when either side has no
 * spread (r is undefined then). Throws on unequal lengths or a value that is not finite.
 */
export function correlation(xs: readonly number[], ys: readonly number[]): number | null {
  requireSameLength(xs, ys, 'correlation');
  requireFinite(xs, 'correlation x');
  requireFinite(ys, 'correlation y');
  return pearson(xs, ys, moments(xs), moments(ys));
}
