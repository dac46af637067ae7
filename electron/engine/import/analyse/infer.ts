import type { ColumnType } from '../../../../shared/model/table';
import type { Kind } from './sql-values';

/** Share of a numeric or date column that may not fit before the column falls back to text. */
export const MAX_NOT_FITTING = 0.05;

export type KindCounts = Partial<Record<Kind, number>>;

export interface Inference {
  type: ColumnType;
  /** Every value is a date-time and some have a time of day: kept as text (the user may choose date). */
  dateTimes: boolean;
  /** Every value looks like `34/50`: kept as text, the fraction mapping is offered. */
  fractions: boolean;
}

/**
 * A column's type from the kinds of its cells. Numbers and dates tolerate a few odd values
 * (at most 5 %, reported as not fitting); identifiers and booleans must be clean. Whole
 * numbers with leading zeros or more than 15 digits are identifiers (text).
 */
export function inferType(counts: KindCounts): Inference {
  const c = (kind: Kind) => counts[kind] ?? 0;
  const n = Object.entries(counts).reduce((sum, [kind, k]) => (kind === 'empty' || kind === 'token' ? sum : sum + (k ?? 0)), 0);
  const result = (type: ColumnType, extra: Partial<Inference> = {}): Inference => ({ type, dateTimes: false, fractions: false, ...extra });
  if (n === 0) return result('text');
  if (c('bool') === n) return result('boolean');
  if (c('id') > 0) return result(c('id') + c('int') === n ? 'identifier' : 'text');
  const numeric = c('int') + c('dec');
  const dates = c('date') + c('dt0');
  if (numeric === n) return result(c('dec') > 0 ? 'decimal' : 'integer');
  if (dates === n) return result('date');
  if (c('dtt') > 0 && dates + c('dtt') === n) return result('text', { dateTimes: true });
  if (c('frac') === n) return result('text', { fractions: true });
  const tolerated = n * MAX_NOT_FITTING;
  if (numeric > 0 && n - numeric <= tolerated) return result(c('dec') > 0 ? 'decimal' : 'integer');
  if (dates > 0 && n - dates <= tolerated) return result('date');
  return result('text');
}
