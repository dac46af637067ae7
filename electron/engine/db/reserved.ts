/**
 * The column names the engine reserves for itself, in one place. Hidden columns start with
 * `__`; a user's column keeps clear of them (import/analyse/analyse.ts cleans imported names,
 * project/project.ts `uniqueColumnNames` the names of rows held in memory).
 */

/** Hidden column on every loaded table: the original row order, so sorting and paging are stable. */
export const ROW_ORDER_COLUMN = '__wb_row';

/** The engine's own hidden columns (the row order, recipe helpers, display aliases) start so. */
export const HIDDEN_PREFIX = ROW_ORDER_COLUMN.slice(0, 5);

/** Hidden columns (the row order `__wb_row`, the raw `__row`) start so; imported names keep clear of them. */
export const RESERVED_PREFIX = '__';

/** The raw table's row-number column: 1-based row (xlsx/ods) or record (text) number in the file. */
export const RAW_ROW = '__row';

/** Raw cell columns are named c1, c2, … (VARCHAR). */
export const rawColumn = (index1: number) => `c${index1}`;

/** A recipe's row-order columns (`__wb_o0`, `__wb_o1`, …: one per joined table, most significant first). */
export const ORDER_PREFIX = '__wb_o';

/** The compared join keys added to each side of a join: `__wb_k0`, `__wb_k1`, … */
export const joinKeyColumn = (k: number) => `__wb_k${k}`;

/** A join key after the first of its two normalisation stages: `__wb_t0`, `__wb_t1`, … */
export const joinStageColumn = (k: number) => `__wb_t${k}`;

/** Lambda parameters of a derived column's SQL, naming a value computed once: `__wb_v1`, `__wb_v2`, … */
export const LAMBDA_PREFIX = '__wb_v';

/** A page's display alias of the text column at `index` (cut for display, sorted on the full value). */
export const displayAlias = (index: number) => `__wb_show_${index}`;
