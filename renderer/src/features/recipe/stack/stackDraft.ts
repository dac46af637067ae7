import type { Message } from '../../../../../shared/model/message';
import type { StackStep, StepDraft } from '../../../../../shared/model/recipe';
import type { ColumnInfo, ColumnType } from '../../../../../shared/model/table';

/** What the stack editor needs of a source. */
export interface StackSource {
  id: string;
  name: string;
  columns: ColumnInfo[];
  rowCount: number;
}

/** One source in the stack editor's list: put under the table or not. */
export interface StackRow {
  id: string;
  chosen: boolean;
}

/**
 * The editor's list: a step being edited lists its sources first, in its order; then the other
 * sources of the project in the project's order. The recipe's base is not offered (its rows would
 * come twice), unless the step already stacks it.
 */
export function rowsOf(step: StackStep | null, sources: StackSource[], base: string | null): StackRow[] {
  const listed = step ? [...new Set(step.sources)] : [];
  const rest = sources.filter((s) => s.id !== base && !listed.includes(s.id));
  return [...listed.map((id) => ({ id, chosen: true })), ...rest.map((s) => ({ id: s.id, chosen: false }))];
}

/** The list with the row at `index` moved `delta` places; the same list when it cannot move. */
export function moveRow<T>(rows: T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return rows;
  const next = [...rows];
  const [row] = next.splice(index, 1);
  next.splice(to, 0, row!);
  return next;
}

/** How DuckDB stores a type: text, pupil numbers and levels are all text. */
function storage(type: ColumnType): string {
  return type === 'text' || type === 'identifier' || type === 'ordinal' ? 'text' : type;
}

/** Whether a source's column can go under the table's: stored alike, or whole numbers with decimals. */
function fits(table: ColumnType, source: ColumnType): boolean {
  const numeric = (t: ColumnType) => t === 'integer' || t === 'decimal';
  return storage(table) === storage(source) || (numeric(table) && numeric(source));
}

/** Names joined for a message; past `max` of them, how many more (`a, b, … (+3)`). */
function listed(names: string[], max: number): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')}, … (+${names.length - max})`;
}

/**
 * Why a source's rows cannot go under the table, as the engine says it (the same message codes
 * and order of checks), or null when they can: columns are matched by name without regard to
 * case; every column of the table must be in the source and the other way round, each of a type
 * that fits. A list of columns stops after `max` names (a survey has dozens).
 */
export function stackProblem(source: StackSource | undefined, id: string, columns: ColumnInfo[], max = Infinity): Message | null {
  if (!source) return { code: 'errors.recipe.unknownSource', params: { source: id } };
  const byName = new Map(source.columns.map((c) => [c.name.toLowerCase(), c]));
  const missing = columns.filter((c) => !byName.has(c.name.toLowerCase())).map((c) => c.name);
  if (missing.length > 0) return { code: 'errors.recipe.stackMissingColumns', params: { source: source.name, columns: listed(missing, max) } };
  const known = new Set(columns.map((c) => c.name.toLowerCase()));
  const extra = source.columns.filter((c) => !known.has(c.name.toLowerCase())).map((c) => c.name);
  if (extra.length > 0) return { code: 'errors.recipe.stackExtraColumns', params: { source: source.name, columns: listed(extra, max) } };
  const differs = columns.find((c) => !fits(c.type, byName.get(c.name.toLowerCase())!.type));
  if (differs) return { code: 'errors.recipe.stackTypeDiffers', params: { source: source.name, column: differs.name } };
  return null;
}

export interface StackProblems {
  /** Per row: why its source cannot be stacked (shown for every row; refused for a chosen one). */
  rows: Array<Message | null>;
  list: Message | null;
}

/** The step the list makes (the chosen sources in the list's order), or the problems that keep it from being one. */
export function buildStack(rows: StackRow[], sources: StackSource[], columns: ColumnInfo[]): { step: StepDraft<StackStep> } | { problems: StackProblems } {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const problems: StackProblems = {
    rows: rows.map((r) => stackProblem(byId.get(r.id), r.id, columns)),
    list: rows.some((r) => r.chosen) ? null : { code: 'ui.steps.stack.noSources', params: {} },
  };
  if (problems.list || rows.some((r, i) => r.chosen && problems.rows[i] !== null)) return { problems };
  return { step: { kind: 'stack', sources: rows.filter((r) => r.chosen).map((r) => r.id) } };
}
