/**
 * Small-group suppression for figures that leave the app (DOMAIN.md, rules): a cell (a group's
 * figure) with fewer than k pupils, but at least one, is withheld (primary suppression); then,
 * wherever a published total would let a reader compute a withheld cell by subtraction — a line
 * of cells whose sum (or overall figure) is published with exactly one withheld cell — the
 * smallest other cell of that line is withheld too (complementary suppression), until no line
 * gives one away. Pure and linear in the cells and lines (each cell is withheld at most once and
 * only then are its lines looked at again).
 *
 * One dimension with a total: the groups form one line whose total is the overall figure. Two
 * dimensions with margins: each row and each column is a line with its margin as total, and the
 * margins form lines of their own with the grand total; a margin withheld this way cascades.
 */

/** A set of cells whose sum (or whose overall figure, like a mean over all of them) is published. */
export interface SuppressionLine {
  cells: readonly number[];
  /**
   * The cell that publishes the line's total, when it is itself a cell (a margin, an "all" bar):
   * withheld when nothing else in the line can be. Absent: the total is published elsewhere (a
   * source line's n), and a line that cannot be protected is reported as `exposed`.
   */
  total?: number;
}

export interface Suppression {
  /** Per cell: withheld. */
  hidden: boolean[];
  /** Cells withheld because they are under k. */
  primary: number;
  /** Cells withheld so that no total gives a withheld cell away. */
  complementary: number;
  /** Indices of lines without a total cell that still give a withheld cell away (the caller must not publish their total). */
  exposed: number[];
}

/**
 * Which cells to withhold. `counts[i]`: the pupils behind cell i; null for a cell already
 * withheld (by an analysis) whose size is not known. `k` null: nothing is suppressed.
 */
export function suppressCells(counts: readonly (number | null)[], lines: readonly SuppressionLine[], k: number | null): Suppression {
  const hidden = counts.map((n) => n === null || (k !== null && n > 0 && n < k));
  const primary = hidden.filter(Boolean).length;
  // The user chose to show small groups: only what an analysis withheld stays withheld.
  if (k === null) return { hidden, primary, complementary: 0, exposed: [] };
  const linesOf = new Map<number, number[]>();
  lines.forEach((line, l) => {
    for (const cell of [...line.cells, ...(line.total === undefined ? [] : [line.total])]) {
      (linesOf.get(cell) ?? linesOf.set(cell, []).get(cell)!).push(l);
    }
  });
  let complementary = 0;
  // The shortest lines first: a complement chosen inside a part often protects the whole too
  // (a nested line such as "moved up" within "all pupils"), so fewer cells go.
  const queue = lines.map((_, l) => l).sort((a, b) => lines[a]!.cells.length - lines[b]!.cells.length);
  const queued = new Set(queue);
  const exposed = new Set<number>();
  const hide = (cell: number) => {
    hidden[cell] = true;
    complementary++;
    for (const l of linesOf.get(cell) ?? []) {
      if (!queued.has(l)) {
        queued.add(l);
        queue.push(l);
      }
    }
  };
  while (queue.length > 0) {
    const l = queue.shift()!;
    queued.delete(l);
    const line = lines[l]!;
    // A withheld total publishes nothing.
    if (line.total !== undefined && hidden[line.total]) {
      exposed.delete(l);
      continue;
    }
    const withheld = line.cells.filter((c) => hidden[c]).length;
    if (withheld !== 1) {
      exposed.delete(l);
      continue;
    }
    const candidate = smallest(line.cells.filter((c) => !hidden[c]), counts);
    if (candidate !== null) hide(candidate);
    else if (line.total !== undefined) hide(line.total);
    else exposed.add(l);
  }
  return { hidden, primary, complementary, exposed: [...exposed].sort((a, b) => a - b) };
}

/** The cell with the fewest pupils, preferring one with pupils at all (a withheld zero hides little); ties: the first. */
function smallest(cells: number[], counts: readonly (number | null)[]): number | null {
  let best: number | null = null;
  const rank = (c: number) => {
    const n = counts[c] ?? 0;
    return n > 0 ? n : Number.MAX_SAFE_INTEGER;
  };
  for (const c of cells) if (best === null || rank(c) < rank(best)) best = c;
  return best;
}

/**
 * The lines of a two-way table with margins, cells numbered row by row: `rows × cols` interior
 * cells, then the row margins (`rows`), then the column margins (`cols`), then the grand total.
 */
export function marginLines(rows: number, cols: number): SuppressionLine[] {
  const cell = (r: number, c: number) => r * cols + c;
  const rowMargin = (r: number) => rows * cols + r;
  const colMargin = (c: number) => rows * cols + rows + c;
  const grand = rows * cols + rows + cols;
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return [
    ...range(rows).map((r) => ({ cells: range(cols).map((c) => cell(r, c)), total: rowMargin(r) })),
    ...range(cols).map((c) => ({ cells: range(rows).map((r) => cell(r, c)), total: colMargin(c) })),
    { cells: range(rows).map(rowMargin), total: grand },
    { cells: range(cols).map(colMargin), total: grand },
  ];
}
