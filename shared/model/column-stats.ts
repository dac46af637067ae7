import { z } from 'zod';
import { Cell } from './table';

/**
 * What a column of a recipe's result holds, in a glance: how many cells are empty, and its
 * distribution — a histogram for numbers and dates, the most frequent values for text. The grid's
 * column headers draw it. Named column *stats* because an import *profile* (profile.ts) is
 * something else.
 */

/** Bins of a histogram of numbers or dates (fewer when a column of whole numbers or days spans fewer values). */
export const HISTOGRAM_BINS = 12;
/** How many of the most frequent values a text column reports. */
export const TOP_VALUES = 3;

const Count = z.number().int().nonnegative();

export const ColumnShape = z.discriminatedUnion('kind', [
  /**
   * Numbers or dates. `bins` split `[min, max]` into equal parts, the last one closed; a column
   * of whole numbers (or days) spanning fewer than HISTOGRAM_BINS values has one bin per value.
   * Dates as ISO `yyyy-mm-dd`.
   */
  z.object({ kind: z.literal('histogram'), min: Cell, max: Cell, bins: z.array(Count) }),
  /**
   * Text, codes, levels and yes/no: up to TOP_VALUES of the most frequent values with their exact
   * counts, most frequent first. Which values are the most frequent is estimated in one pass
   * (DuckDB's approx_top_k): in a near tie the third may be another value of the same count.
   */
  z.object({ kind: z.literal('top'), values: z.array(z.object({ value: Cell, n: Count })) }),
  /** Every cell is empty. */
  z.object({ kind: z.literal('empty') }),
]);
export type ColumnShape = z.infer<typeof ColumnShape>;

export const ColumnStats = z.object({
  column: z.string(),
  /** Empty cells, counted exactly: missing, text of nothing but spaces, numbers that are not finite. */
  missing: Count,
  shape: ColumnShape,
});
export type ColumnStats = z.infer<typeof ColumnStats>;

export const TableStats = z.object({
  rowCount: Count,
  columns: z.array(ColumnStats),
});
export type TableStats = z.infer<typeof TableStats>;
