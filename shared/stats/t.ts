import jStat from 'jstat';
import { moments, sdOf } from './describe';
import { requireFinite, requireLevel } from './guard';

/** Above this df jStat's quantile drifts (1e-3 off at df = 1e8); the expansion is exact there. */
const JSTAT_MAX_DF = 1e5;

/**
 * The p-quantile of Student's t with df degrees of freedom: jStat up to df = 100,000 (relative
 * error under 1e-7), the Cornish–Fisher expansion in 1/df beyond (under 1e-14;
 * docs/decisions/0008-noncentral-t.md). Throws unless 0 < p < 1 and df > 0.
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`tQuantile: p must lie between 0 and 1: ${p}`);
  if (!(df > 0)) throw new RangeError(`tQuantile: df must be positive: ${df}`);
  if (df <= JSTAT_MAX_DF) return jStat.studentt.inv(p, df);
  const z = jStat.normal.inv(p, 0, 1);
  const z2 = z * z;
  return z + (z * (z2 + 1)) / (4 * df) + (z * ((5 * z2 + 16) * z2 + 3)) / (96 * df * df);
}

/** A mean with its confidence interval. */
export interface MeanCi {
  n: number;
  /** Null for no values. */
  mean: number | null;
  /** Sample SD (n − 1); null for fewer than two values. */
  sd: number | null;
  /** t interval mean ± t(1 − α/2, n − 1)·sd/√n; null for fewer than two values. */
  ci: [number, number] | null;
}

/** Mean, SD and the t confidence interval of the mean (level 0.95 by default). */
export function meanCi(values: readonly number[], level = 0.95): MeanCi {
  requireLevel(level);
  requireFinite(values, 'meanCi');
  const stats = moments(values);
  const n = stats.n;
  const m = stats.mean;
  const s = sdOf(stats);
  if (m === null || s === null) return { n, mean: m, sd: s, ci: null };
  const half = (tQuantile((1 + level) / 2, n - 1) * s) / Math.sqrt(n);
  return { n, mean: m, sd: s, ci: [m - half, m + half] };
}
