import expectedJson from '../../../shared/samples/expected.json';

/** expected.json beside the repository (`../shared/samples`): figures computed with pandas and scipy. */
export const expected = expectedJson;

/** One pupil's paired scores as percentages: September of 40, June of 50. */
export interface SamplePair {
  klas: string;
  pre: number;
  post: number;
}

/** The pupils of expected.json's `pupil_scores` with both scores, as percentages of the maximum. */
export function samplePairs(): SamplePair[] {
  const pairs: SamplePair[] = [];
  for (const pupil of Object.values(expected.pupil_scores)) {
    if (pupil.sept === null || pupil.juni === null) continue;
    pairs.push({ klas: pupil.klas, pre: (pupil.sept / 40) * 100, post: (pupil.juni / 50) * 100 });
  }
  return pairs;
}

/** The sample pairs per class, classes sorted. */
export function samplePairsByClass(): Map<string, SamplePair[]> {
  const byClass = new Map<string, SamplePair[]>();
  for (const pair of samplePairs()) {
    const members = byClass.get(pair.klas);
    if (members) members.push(pair);
    else byClass.set(pair.klas, [pair]);
  }
  return new Map([...byClass].sort(([a], [b]) => a.localeCompare(b)));
}

/** A seeded generator of uniform numbers in [0, 1) (mulberry32), for reproducible large inputs. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** n standard normal numbers from a seeded generator (Box–Muller). */
export function normals(n: number, seed: number): number[] {
  const next = seeded(seed);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return out;
}
