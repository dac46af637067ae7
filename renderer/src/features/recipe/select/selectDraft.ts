import type { Message } from '../../../../../shared/model/message';
import type { SelectStep, StepDraft } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { nameProblems } from '../steps/outputNames';

/** One column in the select editor's list: kept or not, and its new name ('' keeps its own). */
export interface SelectRow {
  column: string;
  keep: boolean;
  as: string;
}

/**
 * The editor's list: a new step keeps every column in the table's order; a step being edited
 * lists its columns first, in its order and with its names, then the columns it drops.
 */
export function rowsOf(step: SelectStep | null, columns: ColumnInfo[]): SelectRow[] {
  if (!step) return columns.map((c) => ({ column: c.name, keep: true, as: '' }));
  const kept = step.columns.map((c) => ({ column: c.column, keep: true, as: c.as !== undefined && c.as !== c.column ? c.as : '' }));
  const chosen = new Set(step.columns.map((c) => c.column));
  return [...kept, ...columns.filter((c) => !chosen.has(c.name)).map((c) => ({ column: c.name, keep: false, as: '' }))];
}

/** The list with the row at `index` moved `delta` places; the same list when it cannot move. */
export function moveRow(rows: SelectRow[], index: number, delta: number): SelectRow[] {
  const to = index + delta;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return rows;
  const next = [...rows];
  const [row] = next.splice(index, 1);
  next.splice(to, 0, row!);
  return next;
}

/** The problem of each row (its new name, or its column gone), and of the list as a whole. */
export interface SelectProblems {
  rows: Array<Message | null>;
  list: Message | null;
}

/** The step the list makes, or the problems that keep it from being one. */
export function buildSelect(rows: SelectRow[], columns: ColumnInfo[]): { step: StepDraft<SelectStep> } | { problems: SelectProblems } {
  const kept = rows.filter((r) => r.keep);
  const names = nameProblems(kept.map((r) => (r.as.trim() === '' ? r.column : r.as)));
  const known = new Set(columns.map((c) => c.name));
  const problems: SelectProblems = {
    rows: rows.map((r) => {
      if (!r.keep) return null;
      if (!known.has(r.column)) return { code: 'ui.steps.problems.columnGone', params: { column: r.column } };
      return names[kept.indexOf(r)] ?? null;
    }),
    list: kept.length === 0 ? { code: 'ui.steps.problems.noColumns', params: {} } : null,
  };
  if (problems.list || problems.rows.some((p) => p !== null)) return { problems };
  return { step: { kind: 'select', columns: kept.map((r) => (r.as.trim() === '' || r.as.trim() === r.column ? { column: r.column } : { column: r.column, as: r.as.trim() })) } };
}
