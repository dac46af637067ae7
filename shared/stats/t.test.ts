import { describe, expect, it } from 'vitest';
import { meanCi, tQuantile } from './t';

// scipy.stats.t.ppf(p, df).
const QUANTILES: [number, number, number][] = [
  [0.975, 1, 12.706204736174694],
  [0.975, 2, 4.302652729749462],
  [0.975, 20, 2.085963447265864],
  [0.995, 200, 2.600634436191558],
  [0.6, 5, 0.2671808657041451],
  [0.0005, 10, -4.586893858702636],
  [0.975, 1e5, 1.9599877075346095],
  [0.975, 1e6, 1.959966356814107],
  [0.6, 1e7, 0.25334710987600284],
  [0.975, 1e8, 1.9599640082627663],
  [0.0005, 1e8, -3.2905268287892038],
];

describe('tQuantile', () => {
  it.each(QUANTILES)('p = %s, df = %s is %s (relative error < 1e-7)', (p, df, expected) => {
    expect(Math.abs(tQuantile(p, df) - expected) / Math.abs(expected)).toBeLessThan(1e-7);
  });

  it('is the normal quantile at infinite df', () => {
    expect(tQuantile(0.975, Number.POSITIVE_INFINITY)).toBeCloseTo(1.959963984540054, 12);
  });

  it('refuses p outside (0, 1) and df ≤ 0', () => {
    expect(() => tQuantile(0, 5)).toThrow(RangeError);
    expect(() => tQuantile(1, 5)).toThrow(RangeError);
    expect(() => tQuantile(Number.NaN, 5)).toThrow(RangeError);
    expect(() => tQuantile(0.5, 0)).toThrow(RangeError);
  });
});

describe('meanCi', () => {
  it('gives n, mean, sd and no interval for fewer than two values', () => {
    expect(meanCi([])).toEqual({ n: 0, mean: null, sd: null, ci: null });
    expect(meanCi([4])).toEqual({ n: 1, mean: 4, sd: null, ci: null });
  });

  it('is mean ± t·sd/√n: for 1 and 3 that is 2 ± t(0.975, 1)', () => {
    const { n, mean, sd, ci } = meanCi([1, 3]);
    expect([n, mean]).toEqual([2, 2]);
    expect(sd).toBeCloseTo(Math.SQRT2, 14);
    expect(ci![0]).toBeCloseTo(2 - 12.706204736174694, 6);
    expect(ci![1]).toBeCloseTo(2 + 12.706204736174694, 6);
  });

  it('takes another level', () => {
    // sd 1, n 4: half-width t(0.95, 3)·1/2 = 2.3533634348018233 / 2.
    const { ci } = meanCi([-1, 1, -1, 1].map((x) => x * Math.sqrt(3) / 2), 0.9);
    expect(ci![1]).toBeCloseTo(2.3533634348018233 / 2, 6);
    expect(() => meanCi([1, 2], 1)).toThrow(RangeError);
  });

  it('has a zero-width interval for identical values', () => {
    expect(meanCi([5, 5, 5]).ci).toEqual([5, 5]);
  });
});
