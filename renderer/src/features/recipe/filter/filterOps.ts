import type { Locale } from '../../../../../shared/i18n/index';
import { type FilterCondition, type FilterMatch, type FilterOp, type FilterStep, isFilterGroup, type StepDraft } from '../../../../../shared/model/recipe';
import type { Cell, ColumnInfo, ColumnType } from '../../../../../shared/model/table';
import { parseLocaleNumber } from '../../../format/format';

const ORDERED: FilterOp[] = ['eq', 'neq', 'in', 'notIn', 'between', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'notEmpty'];
const TEXTUAL: FilterOp[] = ['eq', 'neq', 'in', 'notIn', 'contains', 'startsWith', 'isEmpty', 'notEmpty'];

/** The conditions that make sense for a column type. */
export function opsFor(type: ColumnType): FilterOp[] {
  switch (type) {
    case 'integer':
    case 'decimal':
    case 'date':
      return ORDERED;
    // Ordinal levels are picked as the labels they are; the order lives in the engine.
    case 'ordinal':
      return ['eq', 'neq', 'in', 'notIn', 'isEmpty', 'notEmpty'];
    case 'boolean':
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

/**
 * How the value is given: one of the values that occur (`distinct`), several of them with their
 * counts (`list`), two ends (`range`), typed, chosen as a date or yes/no, or none at all.
 */
export type ValueInput = 'distinct' | 'list' | 'range' | 'number' | 'date' | 'boolean' | 'text' | 'none';

export function valueInputFor(type: ColumnType, op: FilterOp): ValueInput {
  if (!needsValue(op)) return 'none';
  if (op === 'in' || op === 'notIn') return 'list';
  if (op === 'between') return 'range';
  if (type === 'text') return op === 'contains' || op === 'startsWith' ? 'text' : 'distinct';
  if (type === 'ordinal') return 'distinct';
  if (isNumeric(type)) return 'number';
  if (type === 'date') return 'date';
  if (type === 'boolean') return 'boolean';
  return 'text';
}

/** One condition as the form holds it: what was typed or ticked, not yet in the column's type. */
export interface ConditionDraft {
  column: string;
  op: FilterOp;
  /** A single value, as typed or chosen. */
  value: string;
  /** The ticked values of a list, in the column's type; null is the empty cell. */
  values: Cell[];
  /** The ends of a range, as typed; empty is open. */
  min: string;
  max: string;
}

export function emptyDraft(column: string): ConditionDraft {
  return { column, op: 'eq', value: '', values: [], min: '', max: '' };
}

/** A typed value in the column's type; undefined when it does not fit. */
function typed(column: ColumnInfo, raw: string, locale: Locale): Cell | undefined {
  if (isNumeric(column.type)) return parseLocaleNumber(raw, locale) ?? undefined;
  if (column.type === 'date') return /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : undefined;
  if (column.type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : undefined;
  return raw;
}

/**
 * A condition from what the user gave, with values in the column's type. Null when a value does
 * not fit the column, no value of a list is ticked, or a range has no end (the form then says so).
 */
export function buildCondition(column: ColumnInfo, draft: ConditionDraft, locale: Locale): FilterCondition | null {
  const { op } = draft;
  switch (valueInputFor(column.type, op)) {
    case 'none':
      return { column: column.name, op: op as 'isEmpty' | 'notEmpty' };
    case 'list':
      return draft.values.length === 0 ? null : { column: column.name, op: op as 'in' | 'notIn', values: [...draft.values] };
    case 'range': {
      const end = (raw: string) => (raw.trim() === '' ? null : typed(column, raw.trim(), locale));
      const [min, max] = [end(draft.min), end(draft.max)];
      if (min === undefined || max === undefined || (min === null && max === null)) return null;
      return { column: column.name, op: 'between', min, max };
    }
    default: {
      const value = typed(column, draft.value, locale);
      if (value === undefined || value === null) return null;
      if ((op === 'contains' || op === 'startsWith') && value === '') return null;
      return { column: column.name, op: op as Extract<FilterCondition, { value: Cell }>['op'], value };
    }
  }
}

/** A value as the form holds it: numbers as typed in the locale (no grouping), dates ISO, yes/no as `true`/`false`. */
function asTyped(value: Cell, locale: Locale): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const plain = value.toLocaleString('en', { useGrouping: false, maximumFractionDigits: 20 });
    return locale === 'en' ? plain : plain.replace('.', ',');
  }
  return String(value);
}

/**
 * The conditions of a step the form can show: one level, combined by the step's match. A step
 * with groups of its own (written in a recipe file) has none: the form cannot edit it.
 */
export function flatConditions(step: Pick<FilterStep, 'conditions'>): FilterCondition[] {
  return step.conditions.every((c) => !isFilterGroup(c)) ? (step.conditions as FilterCondition[]) : [];
}

/** Whether the filter form can edit this step (no groups inside it). */
export function formCanEdit(step: Pick<FilterStep, 'conditions'>): boolean {
  return flatConditions(step).length > 0;
}

/** The form's draft of a condition of a step: what `buildCondition` turns back into that condition. */
export function draftOf(condition: FilterCondition, locale: Locale): ConditionDraft {
  const draft = { ...emptyDraft(condition.column), op: condition.op };
  if (condition.op === 'in' || condition.op === 'notIn') return { ...draft, values: [...condition.values] };
  if (condition.op === 'between') return { ...draft, min: asTyped(condition.min, locale), max: asTyped(condition.max, locale) };
  if (condition.op === 'isEmpty' || condition.op === 'notEmpty') return draft;
  return { ...draft, value: asTyped((condition as Extract<FilterCondition, { value: Cell }>).value, locale) };
}

/**
 * A filter step from the form's conditions combined with AND or OR; the positions of the
 * conditions that do not fit instead.
 */
export function buildFilter(
  columns: readonly ColumnInfo[],
  drafts: readonly ConditionDraft[],
  match: FilterMatch,
  locale: Locale,
): { step: StepDraft<FilterStep> } | { invalid: number[] } {
  const built = drafts.map((d) => {
    const column = columns.find((c) => c.name === d.column);
    return column ? buildCondition(column, d, locale) : null;
  });
  const invalid = built.flatMap((c, i) => (c === null ? [i] : []));
  if (invalid.length > 0 || built.length === 0) return { invalid };
  return { step: { kind: 'filter', match, conditions: built as FilterCondition[] } };
}

/** An ordinal column's values in the order of its levels (lowest first); values outside the levels last. */
export function inLevelOrder<T>(values: readonly T[], levels: readonly string[]): T[] {
  const rank = (v: T) => {
    const i = levels.indexOf(String(v));
    return i < 0 ? levels.length : i;
  };
  return [...values].sort((a, b) => rank(a) - rank(b));
}

/**
 * Distinct values with their counts in the column's order: levels for an ordinal column, numbers
 * and dates ascending, text alphabetically (numbers in text by their value: 2A before 10A);
 * the empty cell last.
 */
export function sortDistinct<T extends { value: Cell }>(values: readonly T[], column: ColumnInfo, locale: Locale): T[] {
  const present = values.filter((v) => v.value !== null);
  const empty = values.filter((v) => v.value === null);
  let sorted: T[];
  if (column.type === 'ordinal' && column.levels) {
    const byValue = new Map(present.map((v) => [String(v.value), v]));
    sorted = inLevelOrder([...byValue.keys()], column.levels).map((k) => byValue.get(k)!);
  } else if (isNumeric(column.type)) {
    sorted = [...present].sort((a, b) => (a.value as number) - (b.value as number));
  } else {
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    sorted = [...present].sort((a, b) => collator.compare(String(a.value), String(b.value)));
  }
  return [...sorted, ...empty];
}
