import { mean } from './describe';
import { requireFinite, requireSameLength } from './guard';

/** A least-squares line y = intercept + slope·x. */
export interface OlsModel {
  n: number;
  intercept: number;
  slope: number;
  /** Share of y's variance the line explains; 0 when y has no variance (scipy's convention). */
  r2: number;
}

/**
 * Ordinary least squares of y on x (the end score on the start score for expected growth).
 * Null for fewer than two pairs or when x has no variance (no line is defined). Throws on
 * unequal lengths or a value that is not finite.
 */
export function ols(x: readonly number[], y: readonly number[]): OlsModel | null {
  requireSameLength(x, y, 'ols');
  requireFinite(x, 'ols x');
  requireFinite(y, 'ols y');
  const n = x.length;
  if (n < 2) return null;
  const mx = mean(x)!;
  const my = mean(y)!;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const r2 = syy === 0 ? 0 : Math.min(1, (sxy * sxy) / (sxx * syy));
  return { n, intercept: my - slope * mx, slope, r2 };
}

/** y − (intercept + slope·x) per pair: above (positive) or below what the line predicts. */
export function residuals(model: Pick<OlsModel, 'intercept' | 'slope'>, x: readonly number[], y: readonly number[]): number[] {
  requireSameLength(x, y, 'residuals');
  requireFinite(x, 'residuals x');
  requireFinite(y, 'residuals y');
  const out = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) out[i] = y[i]! - (model.intercept + model.slope * x[i]!);
  return out;
}
