import { performance } from 'node:perf_hooks';
import { WerkbankError } from '../../../../../shared/api/errors';

/**
 * Test helpers for the linear-time checks of the spreadsheet scanners (hostile input must
 * not make a scan quadratic): `growth` compares the time of a scan of n and of 4n characters.
 */

/** `unit` repeated to exactly `length` characters. */
export function run(length: number, unit: string): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Pushes `text` to `push` in chunks of `size` characters. */
export function inChunks(text: string, size: number, push: (chunk: string) => void): void {
  for (let at = 0; at < text.length; at += size) push(text.slice(at, at + size));
}

/** Runs `scan`; a WerkbankError is returned as its code (a refusal is an outcome too). */
export function outcome(scan: () => unknown): unknown {
  try {
    return scan();
  } catch (error) {
    if (error instanceof WerkbankError) return error.code;
    throw error;
  }
}

/**
 * How much longer `scan` takes on the input built for 4n than on the one for n: near 4 when
 * the scan is linear, near 16 when it is quadratic. The inputs are built beforehand; each
 * measurement repeats the scan as often as a scan of the small input fits in about 20 ms,
 * and takes the best of three, so that timer and garbage-collection noise stay small against
 * what is measured (only a scan that is slow already at n, one that would fail, runs once).
 */
export function growth<T>(build: (n: number) => T, scan: (input: T) => void, n: number): number {
  const small = build(n);
  const large = build(4 * n);
  let reps = 0;
  const start = performance.now();
  do {
    scan(small);
    reps++;
  } while (performance.now() - start < 20);
  const tries = performance.now() - start > 500 ? 1 : 3;
  const time = (input: T) => {
    let best = Infinity;
    for (let t = 0; t < tries; t++) {
      const from = performance.now();
      for (let r = 0; r < reps; r++) scan(input);
      best = Math.min(best, performance.now() - from);
    }
    return best;
  };
  const smallTime = time(small);
  return time(large) / smallTime;
}

/** Below this, time(4n) / time(n) says linear; quadratic work gives about 16. */
export const MAX_GROWTH = 10;
