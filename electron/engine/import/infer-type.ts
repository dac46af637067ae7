import type { ColumnType } from '../../../shared/model/table';
import type { ValueKind } from './values';

/** Share of a numeric or date column that may be non-fitting before the column falls back to text. */
export const MAX_NOT_FITTING = 0.05;

export type KindCounts = Record<ValueKind, number>;

export function emptyKindCounts(): KindCounts {
  return { missing: 0, integer: 0, idLike: 0, decimal: 0, date: 0, datetime: 0, boolean: 0, text: 0 };
}

/**
 * A column's type from the kinds of its non-missing values. Numbers and dates tolerate a few
 * odd values (they become missing, with a warning); identifiers and booleans must be clean.
 */
export function inferType(c: KindCounts): ColumnType {
  const n = c.integer + c.idLike + c.decimal + c.date + c.datetime + c.boolean + c.text;
  if (n === 0) return 'text';
  if (c.boolean === n) return 'boolean';
  if (c.idLike > 0) return c.idLike + c.integer === n ? 'identifier' : 'text';
  const numeric = c.integer + c.decimal;
  if (numeric === n) return c.decimal > 0 ? 'decimal' : 'integer';
  if (c.date === n) return 'date';
  const tolerated = n * MAX_NOT_FITTING;
  if (numeric > 0 && n - numeric <= tolerated) return c.decimal > 0 ? 'decimal' : 'integer';
  if (c.date > 0 && n - c.date <= tolerated) return 'date';
  return 'text';
}
