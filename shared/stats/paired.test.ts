import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairedSummary } from './paired';
import { expected, normals, samplePairs, samplePairsByClass } from './testing';

/** Checks every figure against one of expected.json's rows (3 decimals, J 4). */
function expectFigures(
  summary: ReturnType<typeof pairedSummary>,
  want: { n: number; sd_gain: number; ci95: number[]; d_z: number; sd_pre: number; sd_post: number; r_pre_post: number; d_z_ci95: number[]; d_av: number; hedges_j: number; g_av: number; improved: number; unchanged: number; declined: number },
  means: [number, number, number],
) {
  const close = (actual: number | null, wanted: number, digits = 3) => {
    expect(actual).not.toBeNull();
    expect(Math.abs(actual! - wanted)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-9);
  };
  expect(summary.n).toBe(want.n);
  close(summary.meanPre, means[0]);
  close(summary.meanPost, means[1]);
  close(summary.meanGain, means[2]);
  close(summary.sdGain, want.sd_gain);
  close(summary.ci95![0], want.ci95[0]!);
  close(summary.ci95![1], want.ci95[1]!);
  close(summary.dz, want.d_z);
  close(summary.sdPre, want.sd_pre);
  close(summary.sdPost, want.sd_post);
  close(summary.rPrePost, want.r_pre_post);
  close(summary.dzCi95![0], want.d_z_ci95[0]!);
  close(summary.dzCi95![1], want.d_z_ci95[1]!);
  close(summary.dAv, want.d_av);
  close(summary.hedgesJ, want.hedges_j, 4);
  close(summary.gAv, want.g_av);
  expect([summary.improved, summary.unchanged, summary.declined]).toEqual([want.improved, want.unchanged, want.declined]);
}

describe('pairedSummary on the sample school (expected.json, September /40 and June /50 as %)', () => {
  const byClass = samplePairsByClass();

  it('has the classes of expected.json', () => {
    expect([...byClass.keys()]).toEqual(Object.keys(expected.gain_by_class_pct).sort());
  });

  it.each([...byClass.keys()])('class %s: every figure of gain_by_class_pct', (klas) => {
    const pairs = byClass.get(klas)!;
    const want = expected.gain_by_class_pct[klas as keyof typeof expected.gain_by_class_pct];
    const summary = pairedSummary(
      pairs.map((p) => p.pre),
      pairs.map((p) => p.post),
    );
    expectFigures(summary, want, [want.mean_pre_pct, want.mean_post_pct, want.mean_gain_pct_points]);
  });

  it('all pairs: gain_overall_pct', () => {
    const pairs = samplePairs();
    const want = expected.gain_overall_pct;
    const summary = pairedSummary(
      pairs.map((p) => p.pre),
      pairs.map((p) => p.post),
    );
    expectFigures(summary, want, [want.mean_pre, want.mean_post, want.mean_gain]);
  });
});

describe('pairedSummary by hand', () => {
  it('n = 0: counts 0, every figure null', () => {
    const s = pairedSummary([], []);
    expect(s).toEqual({
      n: 0, meanPre: null, meanPost: null, sdPre: null, sdPost: null, rPrePost: null, meanGain: null, sdGain: null, ci95: null,
      dz: null, dzCi95: null, dAv: null, hedgesJ: null, gAv: null, improved: 0, unchanged: 0, declined: 0,
    });
  });

  it('n = 1: the means and the counts, nothing that needs a spread', () => {
    const s = pairedSummary([40], [55]);
    expect([s.n, s.meanPre, s.meanPost, s.meanGain, s.improved]).toEqual([1, 40, 55, 15, 1]);
    expect([s.sdPre, s.sdGain, s.ci95, s.dz, s.dzCi95, s.dAv, s.rPrePost, s.hedgesJ, s.gAv]).toEqual(Array(9).fill(null));
  });

  it('n = 2: gains 2 and 4 → mean 3, SD √2, CI 3 ± 12.706·√2/√2, d_z 3/√2; no J at df 1', () => {
    const s = pairedSummary([10, 20], [12, 24]);
    expect(s.meanGain).toBe(3);
    expect(s.sdGain).toBeCloseTo(Math.SQRT2, 14);
    expect(s.ci95![0]).toBeCloseTo(3 - 12.706204736174694, 6);
    expect(s.dz).toBeCloseTo(3 / Math.SQRT2, 14);
    expect(s.dzCi95![0]).toBeLessThan(s.dz!);
    expect(s.rPrePost).toBe(1);
    // SDs √50 and √72: d_av = 3 / ((√50 + √72) / 2).
    expect(s.dAv).toBeCloseTo(6 / (Math.sqrt(50) + Math.sqrt(72)), 14);
    expect([s.hedgesJ, s.gAv]).toEqual([null, null]);
  });

  it('gains without spread: SD 0, zero-width CI, d_z undefined (null, no CI); d_av still defined', () => {
    const s = pairedSummary([10, 20, 30], [15, 25, 35]);
    expect([s.sdGain, s.ci95, s.dz, s.dzCi95]).toEqual([0, [5, 5], null, null]);
    expect(s.dAv).toBeCloseTo(0.5, 14);
    expect(s.improved).toBe(3);
  });

  it('no spread at one moment: r undefined, d_av over the other SD', () => {
    const s = pairedSummary([50, 50, 50, 50], [40, 50, 60, 70]);
    expect(s.sdPre).toBe(0);
    expect(s.rPrePost).toBeNull();
    expect(s.dAv).toBeCloseTo(5 / (s.sdPost! / 2), 14);
    expect([s.improved, s.unchanged, s.declined]).toEqual([2, 1, 1]);
  });

  it('no spread at all: every SD-based figure null', () => {
    const s = pairedSummary([50, 50], [50, 50]);
    expect([s.sdGain, s.dz, s.dAv, s.gAv, s.rPrePost, s.unchanged]).toEqual([0, null, null, null, null, 2]);
  });

  it('everyone improved', () => {
    const s = pairedSummary([1, 2, 3, 4], [3, 3.5, 7, 4.01]);
    expect([s.improved, s.unchanged, s.declined]).toEqual([4, 0, 0]);
  });

  it('a threshold: gains within ±threshold count as unchanged, its edges included', () => {
    const pre = [0, 0, 0, 0, 0, 0, 0];
    const post = [-3, -2, -1, 0, 1, 2, 3];
    expect(pairedSummary(pre, post, 2)).toMatchObject({ improved: 1, unchanged: 5, declined: 1 });
    expect(pairedSummary(pre, post, 0)).toMatchObject({ improved: 3, unchanged: 1, declined: 3 });
    expect(() => pairedSummary(pre, post, -1)).toThrow(RangeError);
  });

  it('refuses unequal lengths and values that are not finite', () => {
    expect(() => pairedSummary([1, 2], [1])).toThrow(RangeError);
    expect(() => pairedSummary([1, Number.NaN], [1, 2])).toThrow(/pre\[1\]/);
    expect(() => pairedSummary([1, 2], [Number.POSITIVE_INFINITY, 2])).toThrow(/post\[0\]/);
  });

  it('100,000 pairs from a seeded generator: figures as generated', () => {
    // Pre ~ N(50, 15), gain ~ N(3, 5). About 30 ms on the 2-core build machine (one noncentral-t
    // interval through our integral: t ≈ 190); timing is not asserted.
    const n = 100_000;
    const z = normals(2 * n, 42);
    const pre = z.slice(0, n).map((x) => 50 + 15 * x);
    const post = pre.map((p, i) => p + 3 + 5 * z[n + i]!);
    const s = pairedSummary(pre, post);
    expect(s.n).toBe(n);
    expect(s.meanGain!).toBeCloseTo(3, 1);
    expect(s.sdGain!).toBeCloseTo(5, 1);
    expect(s.dz!).toBeCloseTo(0.6, 1);
    const width = s.dzCi95![1] - s.dzCi95![0];
    expect(width).toBeGreaterThan(0.010);
    expect(width).toBeLessThan(0.014); // ≈ 2·1.96·√((1 + d_z²/2)/n)
    expect(s.hedgesJ!).toBeCloseTo(1 - 3 / (4 * (n - 1) - 1), 10);
    expect(s.improved + s.unchanged + s.declined).toBe(n);
  });
});

describe('pairedSummary properties', () => {
  const pair = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 500 })).map(([a, b]) => [a / 10, b / 10] as const);

  it('does not depend on the order of the pairs', () => {
    const pairsAndShuffle = fc
      .array(pair, { maxLength: 40 })
      .chain((pairs) => fc.tuple(fc.constant(pairs), fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length })));
    fc.assert(
      fc.property(pairsAndShuffle, ([pairs, shuffled]) => {
        const a = pairedSummary(pairs.map((p) => p[0]), pairs.map((p) => p[1]));
        const b = pairedSummary(shuffled.map((p) => p[0]), shuffled.map((p) => p[1]));
        for (const key of Object.keys(a) as (keyof typeof a)[]) {
          const [x, y] = [a[key], b[key]];
          if (x === null || y === null) expect(y, key).toBe(x);
          else [x].flat().forEach((v, i) => expect(Math.abs(v - [y].flat()[i]!), key).toBeLessThan(1e-9));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('never gives NaN or Infinity', () => {
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), fc.integer({ min: 0, max: 5 }), (pairs, threshold) => {
        const s = pairedSummary(pairs.map((p) => p[0]), pairs.map((p) => p[1]), threshold);
        const values = Object.values(s).flat().filter((v): v is number => v !== null);
        expect(values.every(Number.isFinite)).toBe(true);
        expect(s.improved + s.unchanged + s.declined).toBe(pairs.length);
      }),
      { numRuns: 80 },
    );
  });
});
