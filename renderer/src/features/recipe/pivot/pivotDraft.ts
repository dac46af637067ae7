import type { Locale } from '../../../../../shared/i18n/index';
import type { Message } from '../../../../../shared/model/message';
import type { PivotStep, StepDraft, StepValue } from '../../../../../shared/model/recipe';
import type { Cell, ColumnInfo, ColumnType } from '../../../../../shared/model/table';
import { sortDistinct } from '../filter/filterOps';
import { nameProblems } from '../steps/outputNames';

export type PivotAggregate = PivotStep['aggregate'];

/** One value of the pivot column as the editor lists it: taken or not, the name of its column, its rows. */
export interface PivotValueRow {
  value: StepValue;
  name: string;
  chosen: boolean;
  /** Rows with this value in the table before the step; null while unknown. */
  n: number | null;
}

export interface PivotDraft {
  keys: string[];
  /** The column whose values become columns ('' until one is chosen). */
  column: string;
  values: PivotValueRow[];
  aggregate: PivotAggregate;
  /** The column whose values fill the cells ('' for none). */
  measure: string;
}

/** Words for values that have no text of their own (yes/no), in the interface's language. */
export interface ValueWords {
  yes: string;
  no: string;
}

const isNumeric = (type: ColumnType | undefined) => type === 'integer' || type === 'decimal';

/** Mean and sum read numbers only (the engine refuses others): they are offered for a number column only. */
export function aggregatesFor(measure: ColumnInfo | undefined): PivotAggregate[] {
  return isNumeric(measure?.type) ? ['first', 'mean', 'sum', 'count'] : ['first', 'count'];
}

/** The columns a pivot can group its rows by: all but the pivot column and (unless counting) the measure. */
export function keyColumns(draft: PivotDraft, columns: ColumnInfo[]): ColumnInfo[] {
  return columns.filter((c) => c.name !== draft.column && (draft.aggregate === 'count' || c.name !== draft.measure));
}

/** A value as the name of its column: numbers with the locale's decimal sign, yes/no as words. */
export function valueName(value: StepValue, locale: Locale, words: ValueWords): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return locale === 'en' ? String(value) : String(value).replace('.', ',');
  return value.trim();
}

/** The same value for the engine (`3`, 3 and `3,0` in a number column are one value). */
function valueKey(value: StepValue, type: ColumnType | undefined): string {
  if (isNumeric(type)) return JSON.stringify(typeof value === 'number' ? value : Number(String(value).trim().replace(',', '.')));
  if (type === 'boolean') return JSON.stringify(value === true || value === 'true');
  return JSON.stringify(String(value));
}

/** The editor's state for a step being edited (its values taken, with their names), or for a new one. */
export function draftOf(step: PivotStep | null, columns: ColumnInfo[]): PivotDraft {
  if (step) {
    return {
      keys: [...step.keys],
      column: step.column,
      values: step.values.map((v) => ({ value: v.value, name: v.name, chosen: true, n: null })),
      aggregate: step.aggregate,
      measure: step.measure ?? '',
    };
  }
  // A new step: one row per pupil (the first identifier column), the last number in the cells (a long
  // table lists what was measured after who and when; a pupil number read as a number comes first).
  const key = columns.find((c) => c.type === 'identifier');
  const measure = [...columns].reverse().find((c) => isNumeric(c.type) && c !== key) ?? columns.find((c) => c !== key);
  return { keys: key ? [key.name] : [], column: '', values: [], aggregate: 'first', measure: measure?.name ?? '' };
}

/** A draft after a change of its pivot column, measure or aggregate: what no longer fits is let go. */
export function changePivot(draft: PivotDraft, change: Partial<Omit<PivotDraft, 'values'>>, columns: ColumnInfo[]): PivotDraft {
  let next: PivotDraft = { ...draft, ...change };
  // Another column: other values (the engine's list for it comes next).
  if (change.column !== undefined && change.column !== draft.column) next.values = [];
  const measure = columns.find((c) => c.name === next.measure);
  if (next.aggregate !== 'count' && !aggregatesFor(measure).includes(next.aggregate)) next = { ...next, aggregate: 'first' };
  const allowed = new Set(keyColumns(next, columns).map((c) => c.name));
  const known = new Set(columns.map((c) => c.name));
  // A key that is now the pivot column or the measure is dropped; a key that is gone stays, to be reported.
  next.keys = next.keys.filter((k) => allowed.has(k) || !known.has(k));
  return next;
}

/**
 * The list once the engine said which values occur (most frequent first, with their rows): the
 * values already listed keep their place, choice and name and get their rows (0 where they do not
 * occur, unknown when the engine's list was cut short); the other values follow in sorted order,
 * not taken, named after themselves. Empty values are no column: they are left out.
 */
export function withDistinct(
  rows: PivotValueRow[],
  distinct: { values: { value: Cell; n: number }[]; truncated: boolean },
  column: ColumnInfo,
  locale: Locale,
  words: ValueWords,
): PivotValueRow[] {
  const counts = new Map<string, number>();
  const present = distinct.values.filter((d): d is { value: StepValue; n: number } => d.value !== null && !(typeof d.value === 'string' && d.value.trim() === ''));
  for (const d of present) counts.set(valueKey(d.value, column.type), d.n);
  const listed = rows.map((r) => ({ ...r, n: counts.get(valueKey(r.value, column.type)) ?? (distinct.truncated ? null : 0) }));
  const seen = new Set(rows.map((r) => valueKey(r.value, column.type)));
  const fresh = sortDistinct(
    present.filter((d) => !seen.has(valueKey(d.value, column.type))),
    column,
    locale,
  ).map((d) => ({ value: d.value, name: valueName(d.value, locale, words), chosen: false, n: d.n }));
  return [...listed, ...fresh];
}

/** Every value taken, in sorted order (numbers by size, levels by rank, text alphabetically). */
export function takeAll(rows: PivotValueRow[], column: ColumnInfo | undefined, locale: Locale): PivotValueRow[] {
  const all = rows.map((r) => ({ ...r, chosen: true }));
  return column ? sortDistinct(all, column, locale) : all;
}

/** What keeps a draft from being a step: per listed value (its name), and for the other fields. */
export interface PivotProblems {
  keys: Message | null;
  column: Message | null;
  values: Message | null;
  /** Per row of `values`; null for a row not taken. */
  names: Array<Message | null>;
  measure: Message | null;
}

const gone = (column: string): Message => ({ code: 'ui.steps.problems.columnGone', params: { column } });

/** The step the draft makes, or the problems that keep it from being one. */
export function buildPivot(draft: PivotDraft, columns: ColumnInfo[]): { step: StepDraft<PivotStep> } | { problems: PivotProblems } {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const column = byName.get(draft.column);
  const chosen = draft.values.filter((v) => v.chosen);
  const names = nameProblems([...draft.keys, ...chosen.map((v) => v.name)]);
  const lostKey = draft.keys.find((k) => !byName.has(k));
  const twice = new Set<string>();
  const problems: PivotProblems = {
    keys: lostKey !== undefined ? gone(lostKey) : (names.slice(0, draft.keys.length).find((p) => p !== null) ?? null),
    column: draft.column === '' ? { code: 'ui.steps.pivot.noColumn', params: {} } : !column ? gone(draft.column) : null,
    values: column && chosen.length === 0 ? { code: 'ui.steps.pivot.noValues', params: {} } : null,
    names: draft.values.map((v) => {
      if (!v.chosen) return null;
      const key = valueKey(v.value, column?.type);
      if (twice.has(key)) return { code: 'errors.recipe.pivotValueTwice', params: { column: draft.column, value: String(v.value) } };
      twice.add(key);
      return names[draft.keys.length + chosen.indexOf(v)] ?? null;
    }),
    measure: null,
  };
  if (draft.aggregate !== 'count') {
    const measure = byName.get(draft.measure);
    if (draft.measure === '') problems.measure = { code: 'errors.recipe.pivotMeasureRequired', params: {} };
    else if (!measure) problems.measure = gone(draft.measure);
    else if (!aggregatesFor(measure).includes(draft.aggregate)) problems.measure = { code: 'errors.recipe.aggregateNotNumeric', params: { column: measure.name } };
  }
  const wrong = problems.keys || problems.column || problems.values || problems.measure || problems.names.some((p) => p !== null);
  if (wrong) return { problems };
  return {
    step: {
      kind: 'pivot',
      keys: [...draft.keys],
      column: draft.column,
      values: chosen.map((v) => ({ value: v.value, name: v.name.trim() })),
      aggregate: draft.aggregate,
      measure: draft.aggregate === 'count' ? null : draft.measure,
    },
  };
}
