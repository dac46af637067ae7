import type { Locale } from '../../../../../shared/i18n/index';
import type { Message } from '../../../../../shared/model/message';
import type { Aggregate, AggregateFn, GroupStep, RowCondition, StepDraft, StepValue } from '../../../../../shared/model/recipe';
import type { ColumnInfo, ColumnType } from '../../../../../shared/model/table';
import { parseLocaleNumber } from '../../../format/format';
import { nameProblems } from '../steps/outputNames';

/** The figures the group editor offers, in the order of its list. */
export const AGGREGATE_FNS: AggregateFn[] = ['count', 'countValues', 'countDistinct', 'mean', 'median', 'sd', 'min', 'max', 'sum', 'share'];

/** The conditions of a share; `in` only for a step that already has it (a recipe written by hand). */
export type ShareOp = RowCondition['op'];
const ORDERED_OPS: ShareOp[] = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'notEmpty'];
const EQUALITY_OPS: ShareOp[] = ['eq', 'neq', 'isEmpty', 'notEmpty'];

/** One figure as the editor holds it: strings as typed, the name proposed until the user types one. */
export interface AggregateDraft {
  fn: AggregateFn;
  /** The column it reads (every figure but `count`), or the share's condition column. */
  column: string;
  name: string;
  /** Whether the name is the user's own: a proposed name follows the figure and column. */
  named: boolean;
  op: ShareOp;
  /** The share's value as typed (`in`: values separated by `;`). */
  value: string;
}

export interface GroupDraft {
  keys: string[];
  countName: string;
  aggregates: AggregateDraft[];
}

/** Words the proposed names are made of, in the interface's language. */
export interface NameWords {
  fn(fn: AggregateFn): string;
  share(column: string, op: ShareOp, value: string): string;
}

export const isNumeric = (type: ColumnType) => type === 'integer' || type === 'decimal';
export const needsColumn = (fn: AggregateFn) => fn !== 'count';
/** Mean, median, SD and sum read numbers only (the engine refuses others). */
export const numericOnly = (fn: AggregateFn) => fn === 'mean' || fn === 'median' || fn === 'sd' || fn === 'sum';
export const needsValue = (op: ShareOp) => op !== 'isEmpty' && op !== 'notEmpty';

/** The columns a figure can read. */
export function columnsFor(fn: AggregateFn, columns: ColumnInfo[]): ColumnInfo[] {
  return numericOnly(fn) ? columns.filter((c) => isNumeric(c.type)) : columns;
}

/** The conditions a share on a column of this type can have. */
export function opsFor(type: ColumnType | undefined): ShareOp[] {
  return type === undefined || type === 'text' || type === 'identifier' || type === 'boolean' ? EQUALITY_OPS : ORDERED_OPS;
}

/** The name proposed for a figure: `gemiddelde Score`, `aantal rijen`, `aandeel Klas is 2A`. */
export function proposedName(d: AggregateDraft, words: NameWords): string {
  if (d.fn === 'count') return words.fn('count');
  if (d.fn === 'share') return words.share(d.column, d.op, needsValue(d.op) ? d.value.trim() : '').replace(/\s+/g, ' ').trim();
  return `${words.fn(d.fn)} ${d.column}`;
}

/** A draft after a change: a proposed name follows it, a name of the user's stays. */
export function changeAggregate(d: AggregateDraft, change: Partial<AggregateDraft>, columns: ColumnInfo[], words: NameWords): AggregateDraft {
  let next = { ...d, ...change };
  if (change.name !== undefined) next.named = change.name.trim() !== '';
  // A figure that cannot read the chosen column moves to the first one it can.
  if (needsColumn(next.fn)) {
    const fits = columnsFor(next.fn, columns);
    if (!fits.some((c) => c.name === next.column)) next = { ...next, column: fits[0]?.name ?? '' };
    const type = columns.find((c) => c.name === next.column)?.type;
    if (next.fn === 'share' && !opsFor(type).includes(next.op) && next.op !== 'in') next = { ...next, op: 'eq' };
  }
  return next.named ? next : { ...next, name: proposedName(next, words) };
}

/** A new figure: the mean of the first number column, or else the number of values of the first column. */
export function newAggregate(columns: ColumnInfo[], words: NameWords): AggregateDraft {
  const numeric = columns.find((c) => isNumeric(c.type));
  const start: AggregateDraft = { fn: numeric ? 'mean' : 'countValues', column: (numeric ?? columns[0])?.name ?? '', name: '', named: false, op: 'eq', value: '' };
  return { ...start, name: proposedName(start, words) };
}

/** A value of the step as the editor shows it: numbers with the locale's decimal sign. */
function valueText(value: StepValue, locale: Locale): string {
  // Ungrouped, so it reads back as typed: 1234,5 (Dutch), 1234.5 (English).
  if (typeof value === 'number') return locale === 'en' ? String(value) : String(value).replace('.', ',');
  return String(value);
}

/** The editor's state for a step being edited (names are the step's own), or for a new one. */
export function draftOf(step: GroupStep | null, locale: Locale): GroupDraft {
  if (!step) return { keys: [], countName: 'n', aggregates: [] };
  return {
    keys: [...step.keys],
    countName: step.countName,
    aggregates: step.aggregates.map((a): AggregateDraft => {
      const base = { name: a.name, named: true, op: 'eq' as ShareOp, value: '' };
      if (a.fn === 'count') return { ...base, fn: 'count', column: '' };
      if (a.fn !== 'share') return { ...base, fn: a.fn, column: a.column };
      const c = a.condition;
      const value = c.op === 'in' ? c.values.map((v) => valueText(v, locale)).join('; ') : 'value' in c ? valueText(c.value, locale) : '';
      return { ...base, fn: 'share', column: c.column, op: c.op, value };
    }),
  };
}

/** A typed value read for a column's type, or why it cannot be. */
export function readValue(text: string, type: ColumnType, locale: Locale): { value: StepValue } | { problem: Message } {
  const raw = text.trim();
  if (raw === '') return { problem: { code: 'ui.steps.problems.valueNeeded', params: {} } };
  switch (type) {
    case 'integer':
    case 'decimal': {
      const n = parseLocaleNumber(raw, locale);
      return n === null ? { problem: { code: 'ui.steps.problems.notNumber', params: { value: raw } } } : { value: n };
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw)) ? { value: raw } : { problem: { code: 'ui.steps.problems.notDate', params: {} } };
    case 'boolean':
      return { value: raw === 'true' };
    default:
      return { value: raw };
  }
}

/** What is wrong with a draft: per figure (its name, its column or value) and the count column's name. */
export interface GroupProblems {
  countName: Message | null;
  aggregates: Array<{ name: Message | null; value: Message | null; column: Message | null }>;
}

/** The step the draft makes, or the problems that keep it from being one. */
export function buildGroup(draft: GroupDraft, columns: ColumnInfo[], locale: Locale): { step: StepDraft<GroupStep> } | { problems: GroupProblems } {
  const typeOf = (name: string) => columns.find((c) => c.name === name)?.type;
  const names = nameProblems([...draft.keys, draft.countName, ...draft.aggregates.map((a) => a.name)]);
  const problems: GroupProblems = { countName: names[draft.keys.length] ?? null, aggregates: [] };
  const aggregates: Aggregate[] = [];
  draft.aggregates.forEach((d, i) => {
    const own = { name: names[draft.keys.length + 1 + i] ?? null, value: null as Message | null, column: null as Message | null };
    problems.aggregates.push(own);
    const name = d.name.trim();
    const type = typeOf(d.column);
    if (needsColumn(d.fn) && type === undefined) {
      own.column = { code: 'ui.steps.problems.columnGone', params: { column: d.column } };
      return;
    }
    if (d.fn === 'count') aggregates.push({ fn: 'count', name });
    else if (d.fn !== 'share') aggregates.push({ fn: d.fn, column: d.column, name });
    else if (!needsValue(d.op)) aggregates.push({ fn: 'share', name, condition: { op: d.op as 'isEmpty' | 'notEmpty', column: d.column } });
    else {
      const parts = d.op === 'in' ? d.value.split(';') : [d.value];
      const read = parts.map((p) => readValue(p, type!, locale));
      const bad = read.find((r) => 'problem' in r);
      if (bad && 'problem' in bad) own.value = bad.problem;
      else {
        const values = read.map((r) => (r as { value: StepValue }).value);
        const condition: RowCondition = d.op === 'in' ? { op: 'in', column: d.column, values } : { op: d.op as 'eq', column: d.column, value: values[0]! };
        aggregates.push({ fn: 'share', name, condition });
      }
    }
  });
  const wrong = problems.countName !== null || problems.aggregates.some((p) => p.name || p.value || p.column);
  if (wrong) return { problems };
  return { step: { kind: 'group', keys: draft.keys, countName: draft.countName.trim(), aggregates } };
}
