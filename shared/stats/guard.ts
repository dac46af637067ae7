/** Throws a RangeError naming the first value of `xs` that is not a finite number (NaN, ±Infinity). */
export function requireFinite(xs: readonly number[], what: string): void {
  for (let i = 0; i < xs.length; i++) {
    if (!Number.isFinite(xs[i])) throw new RangeError(`${what}[${i}] is not a finite number: ${xs[i]}`);
  }
}

/** Throws a RangeError unless the two arrays have the same length. */
export function requireSameLength(a: readonly unknown[], b: readonly unknown[], what: string): void {
  if (a.length !== b.length) throw new RangeError(`${what}: ${a.length} and ${b.length} values do not pair up`);
}

/** Throws a RangeError unless 0 < level < 1. */
export function requireLevel(level: number): void {
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must lie between 0 and 1: ${level}`);
}
