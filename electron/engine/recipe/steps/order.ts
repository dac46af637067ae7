import { ORDER_PREFIX } from '../../db/reserved';
import { ident } from '../../db/sql';
import type { Relation } from './types';

/** The order column a step adds: `__wb_o<position>`. */
export const orderColumnAt = (position: number) => `${ORDER_PREFIX}${position}`;

/**
 * The input with its order columns folded into one rank (`rank`, 1 = first row). A step that
 * folds rows into one (deduplicate; group, pivot) keeps a rank of the rows it folds — the first
 * for "where the group starts" — as its single order column, so the result keeps the order of
 * first appearance however many tables were joined before.
 */
export function ranked(input: Relation, rank: string): string {
  const order = input.orderColumns.map((o) => `${ident(o)} ASC`).join(', ');
  return `(SELECT *, row_number() OVER (ORDER BY ${order}) AS ${ident(rank)} FROM ${input.cte})`;
}
