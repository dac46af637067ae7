import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dAv, dzWithCi, gAv, hedgesJ } from './effect-size';

// [d_z, n, level, CI]: scipy's brentq on scipy.stats.nct.cdf (mpmath where scipy gives NaN).
const DZ_CI: [number, number, number, [number, number]][] = [
  [0.785, 21, 0.95, [0.2863005972812844, 1.268822497712724]],
  [0.785, 21, 0.9, [0.36435376262659336, 1.1889272330744733]],
  [2, 200, 0.95, [1.758749441783042, 2.2394149455992314]],
  [0.6, 100000, 0.95, [0.5932660154850794, 0.6067314179408899]],
  [5, 2, 0.95, [-0.29894127282953253, 11.31852895815219]],
  [-1.5, 30, 0.95, [-2.0188433179807856, -0.9687894702958413]],
  [0.1, 3, 0.95, [-1.046511601581769, 1.2239341766991063]],
  [10, 10, 0.95, [5.4295519414196916, 14.576148351564909]],
  [0.05, 20000, 0.95, [0.03613167794990542, 0.06386707347365034]],
  [1.456, 500, 0.95, [1.3297759204603787, 1.5814778776992997]],
  [0.3, 2, 0.95, [-1.1860598118616363, 1.67526778099743]],
  [3, 5, 0.99, [0.3234808359767716, 5.9820910998568575]],
];

describe('dzWithCi', () => {
  it.each(DZ_CI)('d_z %s, n %s, level %s: the noncentral t interval to 1e-6', (dz, n, level, [lo, hi]) => {
    const result = dzWithCi(dz * 4, 4, n, level)!;
    expect(result.dz).toBeCloseTo(dz, 14);
    expect(Math.abs(result.ci[0] - lo)).toBeLessThan(1e-6);
    expect(Math.abs(result.ci[1] - hi)).toBeLessThan(1e-6);
  });

  it('is null where d_z is undefined: n < 2, no spread in the gains, a null input', () => {
    expect(dzWithCi(1, 1, 0)).toBeNull();
    expect(dzWithCi(1, 1, 1)).toBeNull();
    expect(dzWithCi(1, 0, 10)).toBeNull();
    expect(dzWithCi(0, 0, 10)).toBeNull();
    expect(dzWithCi(null, 1, 10)).toBeNull();
    expect(dzWithCi(1, null, 10)).toBeNull();
    expect(dzWithCi(1, 1e-320, 10)).toBeNull(); // d_z overflows
  });

  it('refuses a negative SD, NaN, a fractional n and a level outside (0, 1)', () => {
    expect(() => dzWithCi(1, -1, 10)).toThrow(RangeError);
    expect(() => dzWithCi(Number.NaN, 1, 10)).toThrow(RangeError);
    expect(() => dzWithCi(1, 1, 2.5)).toThrow(RangeError);
    expect(() => dzWithCi(1, 1, 10, 0)).toThrow(RangeError);
  });

  const dz = fc.double({ min: -4, max: 4, noNaN: true });
  const n = fc.integer({ min: 2, max: 2000 });

  it('contains d_z, mirrors in its sign, and narrows as n grows', () => {
    fc.assert(
      fc.property(dz, n, n, (d, n1, n2) => {
        const a = dzWithCi(d, 1, n1)!;
        expect(a.ci[0]).toBeLessThan(d);
        expect(a.ci[1]).toBeGreaterThan(d);
        const mirrored = dzWithCi(-d, 1, n1)!;
        expect(mirrored.ci[0]).toBeCloseTo(-a.ci[1], 6);
        expect(mirrored.ci[1]).toBeCloseTo(-a.ci[0], 6);
        if (n1 === n2) return;
        const b = dzWithCi(d, 1, n2)!;
        const [small, large] = n1 < n2 ? [a, b] : [b, a];
        expect(large.ci[1] - large.ci[0]).toBeLessThan(small.ci[1] - small.ci[0]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('hedgesJ', () => {
  it('matches the exact values (expected.json: n 19, 20, 21, 23, 125)', () => {
    expect(hedgesJ(18)).toBeCloseTo(0.9576, 4);
    expect(hedgesJ(19)).toBeCloseTo(0.9599, 4);
    expect(hedgesJ(20)).toBeCloseTo(0.9619, 4);
    expect(hedgesJ(22)).toBeCloseTo(0.9655, 4);
    expect(hedgesJ(124)).toBeCloseTo(0.9939, 4);
    // df 2: Γ(1) / (√1·Γ(1/2)) = 1/√π.
    expect(hedgesJ(2)).toBeCloseTo(1 / Math.sqrt(Math.PI), 14);
  });

  it('is null for df < 2 (the exact J is 0 at df 1) and 1 at infinite df', () => {
    expect(hedgesJ(1)).toBeNull();
    expect(hedgesJ(0)).toBeNull();
    expect(hedgesJ(-3)).toBeNull();
    expect(hedgesJ(Number.POSITIVE_INFINITY)).toBe(1);
    expect(() => hedgesJ(Number.NaN)).toThrow(RangeError);
    expect(() => hedgesJ(10.5)).toThrow(RangeError);
  });

  it('keeps its digits for large df, on both sides of the switch to the series at df 100', () => {
    // mpmath at 40 digits.
    const exact: [number, number][] = [
      [3, 0.7236012545582676],
      [10, 0.9227456080530871],
      [50, 0.9849119422955726],
      [51, 0.9852094897494297],
      [99, 0.9924018511144228],
      [100, 0.9924780549814449],
      [101, 0.9925527454874619],
      [200, 0.9962445224791265],
      [1000, 0.9992497811797164],
      [1001, 0.9992505308675207],
      [1e5, 0.9999924999781249],
      [1e9, 0.99999999925],
      [1e12, 0.99999999999925],
    ];
    for (const [df, j] of exact) expect(Math.abs(hedgesJ(df)! - j), `df ${df}`).toBeLessThan(1e-13);
  });

  it('rises with df', () => {
    let last = 0;
    for (let df = 2; df < 3000; df += 7) {
      const j = hedgesJ(df)!;
      expect(j).toBeGreaterThan(last);
      last = j;
    }
  });
});

describe('dAv and gAv', () => {
  it('divide the mean gain by the mean of the two SDs, g_av times J', () => {
    expect(dAv(2, 4, 6)).toBeCloseTo(0.4, 14);
    expect(dAv(-2, 0, 8)).toBeCloseTo(-0.5, 14);
    expect(gAv(2, 4, 6, 21)).toBeCloseTo(0.4 * hedgesJ(20)!, 14);
  });

  it('are null when neither moment has spread or an input is null; refuse negative SDs', () => {
    expect(dAv(2, 0, 0)).toBeNull();
    expect(dAv(null, 1, 1)).toBeNull();
    expect(dAv(1, null, 1)).toBeNull();
    expect(gAv(2, 4, 6, 2)).toBeNull();
    expect(() => dAv(1, -1, 1)).toThrow(RangeError);
  });
});
