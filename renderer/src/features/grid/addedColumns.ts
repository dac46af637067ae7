/**
 * The columns a step added: names of the new result that the previous one lacked. Only when the
 * two results share a column (a join, a derived column); a result with none in common (another
 * base) is a new table, not a table with new columns. Names compare as DuckDB does, without
 * regard to case.
 */
export function addedColumns(before: readonly string[] | null, after: readonly string[]): string[] {
  if (!before || before.length === 0) return [];
  const had = new Set(before.map((n) => n.toLowerCase()));
  const added = after.filter((n) => !had.has(n.toLowerCase()));
  return added.length < after.length ? added : [];
}

/** Whether two column lists name the same columns in the same order. */
export function sameNames(a: readonly { name: string }[], b: readonly { name: string }[]): boolean {
  return a.length === b.length && a.every((c, i) => c.name === b[i]!.name);
}
