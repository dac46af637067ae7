import { z } from 'zod';
import { CleanName } from './names';

/**
 * The column types the workbench knows. `identifier` is text that looks numeric but must keep
 * leading zeros. `ordinal` is text with an order (levels E < D < C < B < A): stored as text,
 * sorted and grouped by `ColumnInfo.levels`, never averaged.
 */
export const ColumnType = z.enum(['text', 'integer', 'decimal', 'date', 'boolean', 'identifier', 'ordinal']);
export type ColumnType = z.infer<typeof ColumnType>;

export const ColumnInfo = z.object({
  name: CleanName,
  type: ColumnType,
  /** `ordinal` only: the levels from lowest to highest. */
  levels: z.array(z.string()).optional(),
});
export type ColumnInfo = z.infer<typeof ColumnInfo>;

/**
 * A cell as it crosses the boundary: numbers as numbers, dates as ISO `yyyy-mm-dd` strings,
 * booleans as booleans, missing as null. Formatting for the locale happens in the renderer.
 */
export const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type Cell = z.infer<typeof Cell>;

/**
 * Text shown (a page of the table, a preview, an example in a message) is cut to this many
 * characters, ending in `…`; the data itself keeps every character. A page of 100 rows with
 * cells of a megabyte would otherwise be an answer of hundreds of megabytes.
 */
export const MAX_DISPLAY_CHARS = 10_000;

/** A cell as shown: text longer than MAX_DISPLAY_CHARS cut, ending in `…`. */
export function displayCell(cell: Cell, max = MAX_DISPLAY_CHARS): Cell {
  if (typeof cell !== 'string' || cell.length <= max) return cell;
  const end = /[\uD800-\uDBFF]/.test(cell[max - 2] ?? '') ? max - 2 : max - 1;
  return `${cell.slice(0, end)}…`;
}

export const SortKey = z.object({
  column: z.string(),
  direction: z.enum(['asc', 'desc']),
});
export type SortKey = z.infer<typeof SortKey>;

export const TablePage = z.object({
  columns: z.array(ColumnInfo),
  rows: z.array(z.array(Cell)),
  offset: z.number().int().nonnegative(),
  totalRows: z.number().int().nonnegative(),
});
export type TablePage = z.infer<typeof TablePage>;

/** Maximum page size the engine serves: queries cross the boundary, rows do not. */
export const MAX_PAGE_ROWS = 1000;
