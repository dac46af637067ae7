import { z } from 'zod';

/**
 * The column types the workbench knows. `identifier` is text that looks numeric but must keep
 * leading zeros. `ordinal` is text with an order (levels E < D < C < B < A): stored as text,
 * sorted and grouped by `ColumnInfo.levels`, never averaged.
 */
export const ColumnType = z.enum(['text', 'integer', 'decimal', 'date', 'boolean', 'identifier', 'ordinal']);
export type ColumnType = z.infer<typeof ColumnType>;

export const ColumnInfo = z.object({
  name: z.string(),
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
