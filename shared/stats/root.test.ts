import { describe, expect, it } from 'vitest';
import { brent, rootOfDecreasing } from './root';

describe('brent', () => {
  it('finds roots to the tolerance asked', () => {
    expect(brent((x) => x * x - 2, 0, 2, 1e-14)).toBeCloseTo(Math.SQRT2, 13);
    expect(brent((x) => Math.cos(x) - x, 0, 1, 1e-14)).toBeCloseTo(0.7390851332151607, 13);
    // A step: bisection's guarantee holds where interpolation is no help.
    expect(brent((x) => (x < 0.3 ? -1 : 1), 0, 1, 1e-12)).toBeCloseTo(0.3, 11);
  });

  it('returns an end that is a root and refuses an interval without a sign change', () => {
    expect(brent((x) => x - 1, 1, 3, 1e-12)).toBe(1);
    expect(() => brent((x) => x * x + 1, -1, 1, 1e-12)).toThrow(RangeError);
  });
});

describe('rootOfDecreasing', () => {
  it('widens the search on either side of the guess', () => {
    expect(rootOfDecreasing((x) => 1000 - x, 0, 1, 1e-10)).toBeCloseTo(1000, 9);
    expect(rootOfDecreasing((x) => -1000 - x, 0, 1, 1e-10)).toBeCloseTo(-1000, 9);
  });

  it('refuses a function that never crosses zero', () => {
    expect(() => rootOfDecreasing(() => 1, 0, 1, 1e-10)).toThrow(RangeError);
  });
});
