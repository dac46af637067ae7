import type { Message } from '../../../../../shared/model/message';
import type { StepDraft, UnpivotStep } from '../../../../../shared/model/recipe';
import type { ColumnInfo, ColumnType } from '../../../../../shared/model/table';
import { nameProblems } from '../steps/outputNames';

export interface UnpivotDraft {
  /** The columns that become rows, in the order the user ticked them (the order within each row). */
  columns: string[];
  nameColumn: string;
  valueColumn: string;
  dropEmpty: boolean;
}

/** The names proposed for the two new columns, in the interface's language (`Kolom`, `Waarde`). */
export interface UnpivotWords {
  name: string;
  value: string;
}

/** `base`, or `base 2`, `base 3` … : the first that no column has (without regard to case). */
export function freeName(base: string, taken: string[]): string {
  const folded = new Set(taken.map((n) => n.trim().toLowerCase()));
  if (!folded.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!folded.has(`${base} ${i}`.toLowerCase())) return `${base} ${i}`;
}

/**
 * The editor's state for a step being edited, or for a new one: no columns chosen yet, the two
 * new columns named in the user's language, renamed where the table already has that name.
 */
export function draftOf(step: UnpivotStep | null, columns: ColumnInfo[], words: UnpivotWords): UnpivotDraft {
  if (step) return { columns: [...step.columns], nameColumn: step.nameColumn, valueColumn: step.valueColumn, dropEmpty: step.dropEmpty };
  const taken = columns.map((c) => c.name);
  const nameColumn = freeName(words.name, taken);
  return { columns: [], nameColumn, valueColumn: freeName(words.value, [...taken, nameColumn]), dropEmpty: false };
}

/**
 * The type the values get, as the engine decides it: the columns' own type when they agree (the
 * same levels for levels), a decimal number for whole numbers with decimals, otherwise text.
 * Null without columns.
 */
export function valueType(chosen: ColumnInfo[]): ColumnType | null {
  const first = chosen[0];
  if (!first) return null;
  const levels = (c: ColumnInfo) => JSON.stringify(c.levels ?? []);
  if (chosen.every((c) => c.type === first.type && levels(c) === levels(first))) return first.type;
  if (chosen.every((c) => c.type === 'integer' || c.type === 'decimal')) return 'decimal';
  return 'text';
}

/** Whether values that were numbers, dates, yes/no or levels become text (the engine warns then). */
export function becomesText(chosen: ColumnInfo[]): boolean {
  return valueType(chosen) === 'text' && chosen.some((c) => c.type !== 'text' && c.type !== 'identifier');
}

export interface UnpivotProblems {
  columns: Message | null;
  nameColumn: Message | null;
  valueColumn: Message | null;
}

/** The step the draft makes, or the problems that keep it from being one. */
export function buildUnpivot(draft: UnpivotDraft, columns: ColumnInfo[]): { step: StepDraft<UnpivotStep> } | { problems: UnpivotProblems } {
  const known = new Set(columns.map((c) => c.name));
  const lost = draft.columns.find((c) => !known.has(c));
  const kept = columns.filter((c) => !draft.columns.includes(c.name)).map((c) => c.name);
  // The kept columns come first in the result: a new name that clashes with one of them is the one to change.
  const names = nameProblems([...kept, draft.nameColumn, draft.valueColumn]);
  const problems: UnpivotProblems = {
    columns: lost !== undefined ? { code: 'ui.steps.problems.columnGone', params: { column: lost } } : draft.columns.length === 0 ? { code: 'ui.steps.problems.noKeys', params: {} } : null,
    nameColumn: names[kept.length] ?? null,
    valueColumn: names[kept.length + 1] ?? null,
  };
  if (problems.columns || problems.nameColumn || problems.valueColumn) return { problems };
  return { step: { kind: 'unpivot', columns: [...draft.columns], nameColumn: draft.nameColumn.trim(), valueColumn: draft.valueColumn.trim(), dropEmpty: draft.dropEmpty } };
}
