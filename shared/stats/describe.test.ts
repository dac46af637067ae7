import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correlation, mean, sd } from './describe';

describe('mean and sd', () => {
  it('are null where undefined: no values, or one value for the SD', () => {
    expect(mean([])).toBeNull();
    expect(sd([])).toBeNull();
    expect(mean([7])).toBe(7);
    expect(sd([7])).toBeNull();
  });

  it('match hand-computed values', () => {
    expect(mean([1, 3])).toBe(2);
    expect(sd([1, 3])).toBeCloseTo(Math.SQRT2, 14);
    // Deviations from 5: −3 −1 −1 −1 0 0 2 4, squares sum to 32, divisor n − 1 = 7.
    expect(mean([2, 4, 4, 4, 5, 5, 7, 9])).toBe(5);
    expect(sd([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(Math.sqrt(32 / 7), 14);
  });

  it('give exactly the value and 0 for identical values, even where the sum rounds', () => {
    expect(mean([0.1, 0.1, 0.1])).toBe(0.1);
    expect(sd([0.1, 0.1, 0.1])).toBe(0);
    expect(sd([1e9 + 0.5, 1e9 + 0.5])).toBe(0);
    // 0.1 + 0.2 and 0.3 differ in the last place only: rounding noise, no spread.
    expect(sd([0.1 + 0.2, 0.3, 0.3])).toBe(0);
    expect(sd([0.3, 0.3000001])).toBeGreaterThan(0);
  });

  it('stay accurate far from zero (two passes, not the sum of squares)', () => {
    expect(sd([1e9 + 1, 1e9 + 2, 1e9 + 3])).toBeCloseTo(1, 9);
  });

  it('refuse values that are not finite', () => {
    expect(() => mean([1, Number.NaN])).toThrow(RangeError);
    expect(() => sd([1, Number.POSITIVE_INFINITY])).toThrow(/\[1\]/);
  });

  it('the mean lies between the extremes and the SD does not change under a shift', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }), fc.double({ min: -1e3, max: 1e3, noNaN: true }), (xs, shift) => {
        const m = mean(xs)!;
        expect(m).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-9);
        expect(m).toBeLessThanOrEqual(Math.max(...xs) + 1e-9);
        expect(sd(xs.map((x) => x + shift))!).toBeCloseTo(sd(xs)!, 3);
      }),
    );
  });
});

describe('correlation', () => {
  it('is null for fewer than two pairs or when a side has no spread', () => {
    expect(correlation([], [])).toBeNull();
    expect(correlation([1], [2])).toBeNull();
    expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(correlation([1, 2, 3], [5, 5, 5])).toBeNull();
  });

  it('is ±1 on a line and matches a hand-computed value', () => {
    expect(correlation([1, 2], [3, 5])).toBe(1);
    expect(correlation([1, 2, 3, 4], [8, 6, 4, 2])).toBe(-1);
    // x: −1 0 1, y: −1 1 0 → Sxy 1, Sxx 2, Syy 2: r = 0.5.
    expect(correlation([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 14);
  });

  it('refuses unequal lengths and values that are not finite', () => {
    expect(() => correlation([1, 2], [1])).toThrow(RangeError);
    expect(() => correlation([1, 2], [1, Number.NaN])).toThrow(RangeError);
  });

  it('stays within [−1, 1] and is symmetric', () => {
    const pair = fc.tuple(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true }));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 2, maxLength: 40 }), (pairs) => {
        const xs = pairs.map((p) => p[0]);
        const ys = pairs.map((p) => p[1]);
        const r = correlation(xs, ys);
        if (r === null) return;
        expect(Math.abs(r)).toBeLessThanOrEqual(1);
        expect(correlation(ys, xs)!).toBeCloseTo(r, 12);
      }),
    );
  });
});
