import type { Locale } from '../../../../../shared/i18n/index';
import type { FilterOp, FilterStep, StepDraft } from '../../../../../shared/model/recipe';
import type { ColumnInfo, ColumnType } from '../../../../../shared/model/table';
import { parseLocaleNumber } from '../../../format/format';

const ORDERED: FilterOp[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'notEmpty'];
const TEXTUAL: FilterOp[] = ['eq', 'neq', 'contains', 'isEmpty', 'notEmpty'];

/** The comparisons that make sense for a column type. */
export function opsFor(type: ColumnType): FilterOp[] {
  switch (type) {
    case 'integer':
    case 'decimal':
    case 'date':
      return ORDERED;
    // Ordinal levels are compared as the labels they are; the order lives in the engine.
    case 'boolean':
    case 'ordinal':
      return ['eq', 'neq', 'isEmpty', 'notEmpty'];
    default:
      return TEXTUAL;
  }
}

export function needsValue(op: FilterOp): boolean {
  return op !== 'isEmpty' && op !== 'notEmpty';
}

export function isNumeric(type: ColumnType): boolean {
  return type === 'integer' || type === 'decimal';
}

/** How the value is picked: from the distinct values, typed, or chosen as a date or yes/no. */
export type ValueInput = 'distinct' | 'number' | 'date' | 'boolean' | 'text';

export function valueInputFor(type: ColumnType, op: FilterOp): ValueInput {
  if (type === 'text') return op === 'contains' ? 'text' : 'distinct';
  if (type === 'ordinal') return 'distinct';
  if (isNumeric(type)) return 'number';
  if (type === 'date') return 'date';
  if (type === 'boolean') return 'boolean';
  return 'text';
}

/**
 * Builds a filter step from what the user typed, with the value in the column's type.
 * Null when the value does not fit the column (the form then says so).
 */
export function buildFilter(column: ColumnInfo, op: FilterOp, raw: string, locale: Locale): StepDraft<FilterStep> | null {
  if (!needsValue(op)) return { kind: 'filter', column: column.name, op, value: null };
  const input = valueInputFor(column.type, op);
  if (input === 'number') {
    const n = parseLocaleNumber(raw, locale);
    return n === null ? null : { kind: 'filter', column: column.name, op, value: n };
  }
  if (input === 'boolean') {
    if (raw !== 'true' && raw !== 'false') return null;
    return { kind: 'filter', column: column.name, op, value: raw === 'true' };
  }
  if (input === 'date') {
    return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? { kind: 'filter', column: column.name, op, value: raw } : null;
  }
  if (raw === '' && op === 'contains') return null;
  return { kind: 'filter', column: column.name, op, value: raw };
}

/** An ordinal column's values in the order of its levels (lowest first); values outside the levels last. */
export function inLevelOrder<T>(values: readonly T[], levels: readonly string[]): T[] {
  const rank = (v: T) => {
    const i = levels.indexOf(String(v));
    return i < 0 ? levels.length : i;
  };
  return [...values].sort((a, b) => rank(a) - rank(b));
}
