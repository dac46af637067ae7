import { requireLevel } from './guard';
import { noncentralTCdf } from './noncentral-t';
import { rootOfDecreasing } from './root';
import { tQuantile } from './t';

/** Cohen's d_z with its confidence interval. */
export interface DzWithCi {
  /** Mean gain / SD of the gains. */
  dz: number;
  /** From the noncentral t distribution (exact for normal gains). */
  ci: [number, number];
}

/**
 * Cohen's d_z = meanGain / sdGain for n paired gains, with its confidence interval (0.95 by
 * default) from the noncentral t: with t = d_z·√n and df = n − 1, the noncentralities λ_lo and
 * λ_hi for which P(T ≤ t) is 1 − α/2 and α/2 give d_z's bounds λ/√n. Null when d_z is
 * undefined: fewer than two gains, a null input, or gains without spread (sdGain 0).
 */
export function dzWithCi(meanGain: number | null, sdGain: number | null, n: number, level = 0.95): DzWithCi | null {
  requireLevel(level);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`dzWithCi: n must be a count: ${n}`);
  if (meanGain === null || sdGain === null || n < 2 || sdGain === 0) return null;
  if (!Number.isFinite(meanGain) || !Number.isFinite(sdGain) || sdGain < 0) {
    throw new RangeError(`dzWithCi: needs a finite mean and a positive SD: ${meanGain}, ${sdGain}`);
  }
  const dz = meanGain / sdGain;
  if (!Number.isFinite(dz)) return null;
  const root = Math.sqrt(n);
  const t = dz * root;
  const df = n - 1;
  // P(T ≤ t) falls as λ grows. Search from the normal approximation λ ≈ t ∓ z·se, se ≈ λ's
  // standard error, in steps of se/4: about 9 evaluations per bound.
  const se = Math.sqrt(1 + (t * t) / (2 * df));
  const z = tQuantile((1 + level) / 2, Number.POSITIVE_INFINITY);
  const tol = 1e-10 * Math.max(1, Math.abs(t));
  const ncpWhere = (p: number, guess: number) => rootOfDecreasing((ncp) => noncentralTCdf(t, df, ncp) - p, guess, se / 4, tol);
  return { dz, ci: [ncpWhere((1 + level) / 2, t - z * se) / root, ncpWhere((1 - level) / 2, t + z * se) / root] };
}

/** Γ(z + ½)/(√z·Γ(z)) = Σ c_k / z^k (asymptotic). */
const J_SERIES = [1, -1 / 8, 1 / 128, 5 / 1024, -21 / 32768, -399 / 262144, 869 / 4194304];

/**
 * Hedges' exact small-sample correction J(df) = Γ(df/2) / (√(df/2)·Γ((df − 1)/2)) for a whole
 * df (n − 1 pairs): up to df = 100 through the ratio r(m) = Γ(m/2)/Γ((m − 1)/2), which starts at
 * r(2) = 1/√π, r(3) = √π/2 and steps r(m + 2) = r(m)·m/(m − 1) (at most 50 products, no
 * cancellation); beyond that through the asymptotic series of Γ(z + ½)/(√z·Γ(z)),
 * z = (df − 1)/2, whose error there is under 2e-15. Null for df < 2: at df = 1 the exact J is
 * 0, which would wipe out any effect rather than correct it.
 */
export function hedgesJ(df: number): number | null {
  if (Number.isNaN(df)) throw new RangeError('hedgesJ: df is NaN');
  if (df < 2) return null;
  if (df === Number.POSITIVE_INFINITY) return 1;
  if (!Number.isInteger(df)) throw new RangeError(`hedgesJ: df must be whole: ${df}`);
  if (df <= 100) {
    let m = df % 2 === 0 ? 2 : 3;
    let r = m === 2 ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
    for (; m < df; m += 2) r *= m / (m - 1);
    return r / Math.sqrt(df / 2);
  }
  const w = 2 / (df - 1); // 1/z
  let series = 0;
  for (let k = J_SERIES.length - 1; k >= 0; k--) series = series * w + J_SERIES[k]!;
  return series / Math.sqrt(1 + w / 2);
}

/**
 * d_av = meanGain / ((sdPre + sdPost) / 2): the gain in units of the average SD of the two
 * moments. Null when an input is null or neither moment has any spread.
 */
export function dAv(meanGain: number | null, sdPre: number | null, sdPost: number | null): number | null {
  if (meanGain === null || sdPre === null || sdPost === null) return null;
  if (![meanGain, sdPre, sdPost].every(Number.isFinite) || sdPre < 0 || sdPost < 0) {
    throw new RangeError(`dAv: needs a finite mean and SDs ≥ 0: ${meanGain}, ${sdPre}, ${sdPost}`);
  }
  const average = (sdPre + sdPost) / 2;
  return average === 0 ? null : meanGain / average;
}

/** Hedges' g_av = J(n − 1)·d_av for n pairs; null where either is undefined. */
export function gAv(meanGain: number | null, sdPre: number | null, sdPost: number | null, n: number): number | null {
  const d = dAv(meanGain, sdPre, sdPost);
  const j = hedgesJ(n - 1);
  return d === null || j === null ? null : j * d;
}
