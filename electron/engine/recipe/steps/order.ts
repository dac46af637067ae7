import { ORDER_PREFIX } from '../../db/reserved';
import { ident } from '../../db/sql';
import type { Relation } from './types';

/**
 * Row order through the steps. Every CTE carries hidden order columns, most significant first;
 * sorting by them gives the order a datateam expects. Where an order column is empty (a table
 * row with no partner, a source row with no table row), it is empty in every row that is equal
 * in the columns before it, so the order never depends on where a database puts NULLs.
 */

/** The order column a step adds: `__wb_o<position>`. */
export const orderColumnAt = (position: number) => `${ORDER_PREFIX}${position}`;

/**
 * The order column a step puts before all others to keep parts of its rows apart (`__wb_o<position>_s`):
 * a right or full join's source rows without a partner after the others, a stack's sources
 * after the table.
 */
export const sideColumnAt = (position: number) => `${ORDER_PREFIX}${position}_s`;

/**
 * The place of the first of a set of rows, as an aggregate over them: the smallest of their order
 * columns taken together (one column: its minimum; several: the minimum of a struct of them, which
 * DuckDB compares field by field with empty fields last — the order `ranked()` numbers by). It
 * orders a fold's results as `min(rank)` would, without numbering every input row first.
 */
export function firstPosition(input: Relation): string {
  if (input.orderColumns.length === 1) return `min(${ident(input.orderColumns[0]!)})`;
  return `min({${input.orderColumns.map((o, i) => `'k${i}': ${ident(o)}`).join(', ')}})`;
}

/**
 * The input with its order columns folded into one rank (`rank`, 1 = first row). A step that
 * folds rows into one (deduplicate; group, pivot) keeps a rank of the rows it folds — the first
 * for "where the group starts" — as its single order column, so the result keeps the order of
 * first appearance however many tables were joined before. A sort step ranks by its keys first.
 */
export function ranked(input: Relation, rank: string, before: string[] = []): string {
  const order = [...before, ...input.orderColumns.map((o) => `${ident(o)} ASC`)].join(', ');
  return `(SELECT *, row_number() OVER (ORDER BY ${order}) AS ${ident(rank)} FROM ${input.cte})`;
}
