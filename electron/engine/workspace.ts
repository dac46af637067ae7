import { WerkbankError } from '../../shared/api/errors';
import { message, type Message } from '../../shared/model/message';
import { checkTypedName, cleanName } from '../../shared/model/names';
import { PROJECT_FORMAT_VERSION, type ProjectState, type RecipeResult } from '../../shared/model/project';
import { type JoinDiagnostics, type JoinStep, type Recipe, RECIPE_VERSION, type StepReport } from '../../shared/model/recipe';
import type { ImportProfile } from '../../shared/model/profile';
import { type FileFormat, type ImportOptions, SOURCE_ID, type SourceInfo } from '../../shared/model/source';
import { type Cell, type ColumnInfo, displayCell, MAX_DISPLAY_CHARS, type SortKey, type TablePage } from '../../shared/model/table';
import type { ChartSpec, GroupSummary, GroupSummaryRow, View, ViewDraft } from '../../shared/model/view';
import {
  columnOf,
  type CompiledRecipe,
  compileRecipe,
  finalStep,
  joinDiagnosticsSql,
  levelRank,
  type SourceTable,
  stepCountsSql,
  withCtes,
} from './recipe-sql';
import { ROW_ORDER_COLUMN, type Session, toCell } from './session';
import { ident, str } from './sql';

export const DEFAULT_PROJECT_NAME = 'Project';

export interface AddSourceOptions {
  fileName: string;
  /** sha256 of the file's bytes, hex. */
  fileHash: string;
  options: ImportOptions;
  /** Defaults to the file name without its extension. */
  name?: string;
}

/** What describes a new source besides its table: the import's findings. */
export interface NewSource extends AddSourceOptions {
  format: FileFormat;
  sheet: string | null;
  headerRow: number;
  warnings: Message[];
}

/** A table the caller created under the name it was given. */
export interface CreatedTable {
  columns: ColumnInfo[];
  rowCount: number;
}

/** Typed rows held in memory (the demo, tests). */
export interface RowsTable {
  format: FileFormat;
  columns: ColumnInfo[];
  rows: Cell[][];
}

export interface DistinctValues {
  values: { value: Cell; n: number }[];
  truncated: boolean;
}

/**
 * The open project: its sources (as DuckDB tables), the current recipe, the saved views.
 * Each workspace names its tables with its own prefix, so a project being opened loads
 * beside the current one and replaces it only when it loaded completely. A source's table
 * is named from a counter, never from its id: DuckDB compares table names without regard to
 * case, and no id, however it is spelled, may make two sources share a table.
 */
export class Workspace {
  name: string;
  fileName: string | null = null;
  dirty = false;
  recipe: Recipe | null = null;
  views: View[] = [];
  /** The project's own import profiles (built-in ones are not stored). */
  profiles: ImportProfile[] = [];
  /** Timestamps for sources and views; the demo fixes it so it is identical every run. */
  clock: () => Date = () => new Date();
  private readonly sourceList: SourceInfo[] = [];
  private readonly prefix: string;
  private readonly cache: ResultCache;
  /** Highest source number handed out, so a removed source's id is never reused. */
  private sourceCounter = 0;
  private scratchCounter = 0;
  /** The DuckDB table of each source, by source id. */
  private readonly tables = new Map<string, string>();
  private tableCounter = 0;

  constructor(
    readonly session: Session,
    name: string = DEFAULT_PROJECT_NAME,
  ) {
    this.name = name;
    this.prefix = session.newPrefix();
    this.cache = new ResultCache(session, this.prefix);
  }

  get sources(): SourceInfo[] {
    return [...this.sourceList];
  }

  /** The DuckDB table holding a source of this workspace. */
  tableName(sourceId: string): string {
    const table = this.tables.get(sourceId);
    if (table === undefined) throw new WerkbankError('errors.source.unknown', { source: sourceId });
    return table;
  }

  /**
   * Adds a source whose table `create` makes under the name it is given (an import converting
   * into it, the demo appending rows). When `create` fails, whatever it left is dropped and the
   * project is unchanged. The first source also starts the recipe. A name the user gave must be
   * clean (names.ts); the one taken from the file name is cleaned.
   */
  async addSource(meta: NewSource, create: (table: string) => Promise<CreatedTable>): Promise<SourceInfo> {
    if (meta.name !== undefined) checkTypedName(meta.name);
    const id = `s${this.sourceCounter + 1}`;
    const { table, result: created } = await this.freshTable(create);
    this.tables.set(id, table);
    this.countSource(id);
    await this.cache.clear();
    const fileName = cleanName(meta.fileName);
    const info: SourceInfo = {
      id,
      name: this.uniqueSourceName(meta.name?.trim() || stripExtension(fileName)),
      fileName,
      fileHash: meta.fileHash,
      format: meta.format,
      options: meta.options,
      sheet: meta.sheet,
      headerRow: meta.headerRow,
      columns: created.columns,
      rowCount: created.rowCount,
      warnings: meta.warnings,
      importedAt: this.clock().toISOString(),
    };
    this.sourceList.push(info);
    if (!this.recipe) this.recipe = { version: RECIPE_VERSION, base: id, steps: [] };
    this.dirty = true;
    return info;
  }

  /** Adds typed rows held in memory as a new source (the demo, tests). */
  addRows(table: RowsTable, opts: AddSourceOptions): Promise<SourceInfo> {
    const meta: NewSource = { ...opts, format: table.format, sheet: null, headerRow: 1, warnings: [] };
    const columns = uniqueColumnNames(table.columns);
    return this.addSource(meta, async (name) => {
      // Ordinal values are text with levels: stored as text, described with their levels.
      const asStored = columns.map((c): ColumnInfo => (c.type === 'ordinal' ? { name: c.name, type: 'text' } : c));
      const stored = await this.session.createTable(name, asStored, table.rows);
      return { columns: stored.map((c, i) => (columns[i]!.type === 'ordinal' && c.type === 'text' ? columns[i]! : c)), rowCount: table.rows.length };
    });
  }

  /** The source with this id, or errors.source.unknown. */
  source(sourceId: string): SourceInfo {
    const found = this.sourceList.find((s) => s.id === sourceId);
    if (!found) throw new WerkbankError('errors.source.unknown', { source: sourceId });
    return found;
  }

  /**
   * The compile error (unknown column, bad filter value …) that the current recipe or a saved
   * view would meet if `sourceId` had these columns, with the view's title; null when all fit.
   */
  columnsMisfit(sourceId: string, columns: ColumnInfo[]): { error: WerkbankError; view: string | null } | null {
    const tables = this.sourceTables();
    const current = tables.get(sourceId);
    if (!current) throw new WerkbankError('errors.source.unknown', { source: sourceId });
    tables.set(sourceId, { ...current, columns });
    const users: { recipe: Recipe; view: View | null }[] = [
      ...(this.recipe ? [{ recipe: this.recipe, view: null }] : []),
      ...this.views.map((view) => ({ recipe: view.recipe, view })),
    ];
    for (const { recipe, view } of users) {
      try {
        const columns = finalStep(compileRecipe(recipe, tables)).columns;
        // A view's chart names columns of the recipe's result too.
        if (view) {
          columnOf(columns, view.chart.groupBy);
          const measure = view.chart.measure === null ? null : columnOf(columns, view.chart.measure);
          if (measure && view.chart.aggregate === 'mean' && measure.type !== 'integer' && measure.type !== 'decimal') {
            throw new WerkbankError('errors.recipe.measureNotNumeric', { column: measure.name });
          }
        }
      } catch (error) {
        if (error instanceof WerkbankError) return { error, view: view?.title ?? null };
        throw error;
      }
    }
    return null;
  }

  /**
   * Makes `newTable` the table of `sourceId` (dropping the old one in the same transaction)
   * and updates its description; id and name stay. The caller checked the recipe still fits.
   */
  async swapSourceTable(sourceId: string, newTable: string, update: Omit<SourceInfo, 'id' | 'name'>): Promise<SourceInfo> {
    const index = this.sourceList.findIndex((s) => s.id === sourceId);
    if (index < 0) throw new WerkbankError('errors.source.unknown', { source: sourceId });
    const target = this.tableName(sourceId);
    await this.cache.clear();
    await this.session.run('BEGIN TRANSACTION');
    try {
      await this.session.run(`DROP TABLE ${ident(target)}`);
      await this.session.run(`ALTER TABLE ${ident(newTable)} RENAME TO ${ident(target)}`);
      await this.session.run('COMMIT');
    } catch (error) {
      await this.session.run('ROLLBACK').catch(() => undefined);
      throw error;
    }
    const info: SourceInfo = { ...update, fileName: cleanName(update.fileName), id: sourceId, name: this.sourceList[index]!.name };
    this.sourceList[index] = info;
    this.dirty = true;
    return info;
  }

  /** A fresh name for a table that belongs to this workspace but to no source yet (refresh). */
  scratchTable(label: string): string {
    this.scratchCounter += 1;
    return `${this.prefix}${label.replace(/[^A-Za-z0-9_]/g, '_')}_${this.scratchCounter}`;
  }

  /**
   * Registers a source of a project being opened, whose table `load` makes (and checks) under
   * the name it is given; when `load` fails, whatever it left is dropped. The id must have the
   * shape the engine hands out and be new to the project, also without regard to case.
   */
  async attachSource(info: SourceInfo, load: (table: string) => Promise<void>): Promise<void> {
    const id = info.id.toLowerCase();
    if (!SOURCE_ID.test(info.id) || this.sourceList.some((s) => s.id.toLowerCase() === id)) {
      throw new WerkbankError('errors.project.corrupt');
    }
    const { table } = await this.freshTable(load);
    this.tables.set(info.id, table);
    this.sourceList.push(info);
    this.countSource(info.id);
  }

  /**
   * Runs `create` with a table name that is free (also without regard to case) and that this
   * workspace never used. When it fails, that table is dropped if `create` left it: the name
   * was free before, so the drop never takes a table that anything else created.
   */
  private async freshTable<T>(create: (table: string) => Promise<T>): Promise<{ table: string; result: T }> {
    let table: string;
    do {
      this.tableCounter += 1;
      table = `${this.prefix}src${this.tableCounter}`;
    } while (await this.tableExists(table));
    try {
      return { table, result: await create(table) };
    } catch (error) {
      await this.session.run(`DROP TABLE IF EXISTS ${ident(table)}`).catch(() => undefined);
      throw error;
    }
  }

  async removeSource(sourceId: string): Promise<void> {
    const index = this.sourceList.findIndex((s) => s.id === sourceId);
    if (index < 0) throw new WerkbankError('errors.source.unknown', { source: sourceId });
    const source = this.sourceList[index]!;
    const users = [this.recipe, ...this.views.map((v) => v.recipe)].filter((r): r is Recipe => r !== null);
    if (users.some((r) => usesSource(r, sourceId))) {
      throw new WerkbankError('errors.source.inUse', { source: source.name });
    }
    await this.cache.clear();
    await this.session.run(`DROP TABLE IF EXISTS ${ident(this.tableName(sourceId))}`);
    this.tables.delete(sourceId);
    this.sourceList.splice(index, 1);
    this.dirty = true;
  }

  /** Replaces the current recipe after checking that its sources and columns exist. */
  setRecipe(recipe: Recipe | null): void {
    if (recipe) this.compile(recipe);
    // Opening a view or undoing back to the same recipe changes nothing worth saving.
    if (JSON.stringify(recipe) !== JSON.stringify(this.recipe)) this.dirty = true;
    this.recipe = recipe;
  }

  /** Throws a WerkbankError when the recipe refers to a source or column that does not exist. */
  compile(recipe: Recipe): CompiledRecipe {
    return compileRecipe(recipe, this.sourceTables());
  }

  private sourceTables(): Map<string, SourceTable> {
    return new Map<string, SourceTable>(
      this.sourceList.map((s) => [s.id, { id: s.id, name: s.name, table: this.tableName(s.id), columns: s.columns }]),
    );
  }

  async state(): Promise<ProjectState> {
    return {
      formatVersion: PROJECT_FORMAT_VERSION,
      name: this.name,
      fileName: this.fileName,
      dirty: this.dirty,
      sources: this.sources,
      recipe: this.recipe,
      result: this.recipe ? await this.result(this.recipe) : null,
      views: [...this.views],
      profiles: [...this.profiles],
    };
  }

  /** Row counts, warnings and join diagnostics after every step of a recipe. */
  async result(recipe: Recipe): Promise<RecipeResult> {
    const compiled = this.compile(recipe);
    return this.cache.result(recipe, () => this.computeResult(recipe, compiled));
  }

  private async computeResult(recipe: Recipe, compiled: CompiledRecipe): Promise<RecipeResult> {
    const counts = (await this.session.query(stepCountsSql(compiled))).rows[0]!.map(Number);
    const steps: StepReport[] = [];
    for (let i = 1; i < compiled.steps.length; i++) {
      const step = compiled.steps[i]!;
      const rowsAfter = counts[i]!;
      const warnings: Message[] = [];
      let join: JoinDiagnostics | undefined;
      if (step.join) {
        join = await this.diagnostics(compiled, i);
        warnings.push(...joinWarnings(join, step.join.right.name));
      } else if (rowsAfter === 0 && counts[i - 1]! > 0) {
        const filter = recipe.steps[i - 1]!;
        warnings.push(message('engine.filterMatchedNothing', { column: filter.kind === 'filter' ? filter.column : '' }));
      }
      steps.push({ kind: step.kind, rowsAfter, warnings, ...(join ? { join } : {}) });
    }
    return { columns: finalStep(compiled).columns, rowCount: counts[counts.length - 1]!, steps };
  }

  /** Match diagnostics of joining `step` onto the result of `recipe`, without applying it. */
  async joinPreview(recipe: Recipe, step: JoinStep): Promise<JoinDiagnostics> {
    const compiled = this.compile({ ...recipe, steps: [...recipe.steps, step] });
    return this.diagnostics(compiled, compiled.steps.length - 1);
  }

  async page(recipe: Recipe | null, offset: number, limit: number, sort: SortKey[]): Promise<TablePage> {
    const result = await this.materialize(recipe);
    if (!result) return { columns: [], rows: [], offset, totalRows: 0 };
    const order = [
      ...sort.map((s) => `${sortExpression(columnOf(result.columns, s.column))} ${s.direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`),
      ...result.orderColumns.map((o) => `${ident(o)} ASC`),
    ];
    // Text is cut for display in SQL, so a megabyte cell never reaches JavaScript; the
    // positional aliases keep ORDER BY on the full values.
    const select = result.columns
      .map((c, i) => (isTextType(c.type) ? `${displayTextSql(ident(c.name))} AS ${ident(`__wb_show_${i}`)}` : ident(c.name)))
      .join(', ');
    const rows = await this.session.query(
      `SELECT ${select} FROM ${ident(result.table)} ORDER BY ${order.join(', ')} LIMIT ${limit} OFFSET ${offset}`,
    );
    return { columns: result.columns, rows: rows.rows, offset, totalRows: result.rowCount };
  }

  /** Distinct values of a column, most frequent first. */
  async distinct(recipe: Recipe | null, column: string, limit: number): Promise<DistinctValues> {
    const result = await this.materialize(recipe);
    if (!result) return { values: [], truncated: false };
    const c = ident(columnOf(result.columns, column).name);
    const found = await this.session.query(
      `SELECT ${c}, count(*) FROM ${ident(result.table)} GROUP BY ${c} ORDER BY 2 DESC, 1 ASC NULLS LAST LIMIT ${limit + 1}`,
    );
    const values = found.rows.slice(0, limit).map(([value, n]) => ({ value: value ?? null, n: Number(n) }));
    return { values, truncated: found.rows.length > limit };
  }

  /** Per group: rows, rows with a measure value, and the mean (or count); groups in natural order, empty last. */
  async summary(recipe: Recipe | null, chart: ChartSpec): Promise<GroupSummary> {
    const result = await this.materialize(recipe);
    if (!result) return { chart, rows: [] };
    const group = columnOf(result.columns, chart.groupBy);
    const g = ident(group.name);
    let measures = 'count(*), NULL';
    if (chart.aggregate === 'mean') {
      if (chart.measure === null) throw new WerkbankError('errors.recipe.measureRequired');
      const measure = columnOf(result.columns, chart.measure);
      // Levels (ordinal) are ranks, not an interval scale: their mean means nothing (DOMAIN.md).
      if (measure.type !== 'integer' && measure.type !== 'decimal') {
        throw new WerkbankError('errors.recipe.measureNotNumeric', { column: measure.name });
      }
      measures = `count(${ident(measure.name)}), avg(${ident(measure.name)})`;
    }
    // Ordinal groups come in level order (E, D, C, B, A), values outside the levels after them.
    const order = group.type === 'ordinal' ? `${sortExpression(group)} ASC NULLS LAST, ${g}` : g;
    const found = await this.session.query(
      `SELECT ${g}, count(*), ${measures} FROM ${ident(result.table)} GROUP BY ${g} ORDER BY ${order} ASC NULLS LAST`,
    );
    const rows: GroupSummaryRow[] = found.rows.map(([key, n, nValid, mean]) => ({
      key: key === null ? null : String(key),
      n: Number(n),
      nValid: Number(nValid),
      value: chart.aggregate === 'count' ? Number(n) : typeof mean === 'number' ? mean : null,
    }));
    // SQL orders numbers and dates naturally; text gets a natural order (`2A` before `10A`).
    if (group.type === 'text' || group.type === 'identifier') rows.sort(naturalKeyOrder);
    return { chart, rows };
  }

  /** Throws a WerkbankError when the view's recipe or chart refers to something that does not exist. */
  checkView(view: Pick<View, 'recipe' | 'chart'>): void {
    const columns = finalStep(this.compile(view.recipe)).columns;
    columnOf(columns, view.chart.groupBy);
    if (view.chart.measure !== null) columnOf(columns, view.chart.measure);
  }

  saveView(draft: ViewDraft): View {
    // The title is typed by the user and shown as a name: refused when not clean (names.ts).
    checkTypedName(draft.title);
    this.checkView(draft);
    const now = this.clock().toISOString();
    const { id, ...content } = draft;
    if (id !== undefined) {
      const index = this.views.findIndex((v) => v.id === id);
      if (index < 0) throw new WerkbankError('errors.view.unknown', { view: id });
      const updated: View = { ...content, id, createdAt: this.views[index]!.createdAt, updatedAt: now };
      this.views[index] = updated;
      this.dirty = true;
      return updated;
    }
    const view: View = { ...content, id: this.nextId('v', this.views.map((v) => v.id)), createdAt: now, updatedAt: now };
    this.views.push(view);
    this.dirty = true;
    return view;
  }

  deleteView(viewId: string): void {
    const index = this.views.findIndex((v) => v.id === viewId);
    if (index < 0) throw new WerkbankError('errors.view.unknown', { view: viewId });
    this.views.splice(index, 1);
    this.dirty = true;
  }

  /** Drops this workspace's tables. */
  async dispose(): Promise<void> {
    await this.cache.clear();
    for (const table of this.tables.values()) {
      await this.session.run(`DROP TABLE IF EXISTS ${ident(table)}`);
    }
    this.tables.clear();
    this.sourceList.length = 0;
  }

  private async tableExists(table: string): Promise<boolean> {
    const found = await this.session.query(`SELECT count(*) FROM duckdb_tables() WHERE lower(table_name) = lower(${str(table)})`);
    return Number(found.rows[0]![0]) > 0;
  }

  /** The result of a recipe (the current one when null) as a table; null without a recipe. */
  private materialize(recipe: Recipe | null): Promise<Materialized> | null {
    const r = recipe ?? this.recipe;
    return r ? this.cache.table(r, this.compile(r)) : null;
  }

  private countSource(id: string): void {
    if (SOURCE_ID.test(id)) this.sourceCounter = Math.max(this.sourceCounter, Number(id.slice(1)));
  }

  private async diagnostics(compiled: CompiledRecipe, stepIndex: number): Promise<JoinDiagnostics> {
    const row = (await this.session.queryRaw(joinDiagnosticsSql(compiled, stepIndex)))[0]!;
    const n = (i: number) => Number(toCell(row[i]!));
    const list = (i: number) => {
      const v = row[i] as { items?: readonly unknown[] } | null;
      return (v?.items ?? []).map((item) => String(displayCell(toCell(item as never))));
    };
    return {
      leftRows: n(0),
      rightRows: n(1),
      matchedKeys: n(2),
      unmatchedLeft: n(3),
      unmatchedRight: n(4),
      duplicateKeysLeft: n(5),
      duplicateKeysRight: n(6),
      emptyKeysLeft: n(7),
      emptyKeysRight: n(8),
      resultRows: n(9),
      sampleUnmatchedLeft: list(10),
      sampleUnmatchedRight: list(11),
    };
  }

  /**
   * Next id `<letter><n>` above every id already used, so ids are never reused within a project.
   * Ids are compared in lower case, so a new id never differs from an old one only in case.
   */
  private nextId(letter: string, used: string[]): string {
    const max = used.reduce((m, id) => {
      const lower = id.toLowerCase();
      const n = lower.startsWith(letter) && /^\d+$/.test(lower.slice(letter.length)) ? Number(lower.slice(letter.length)) : NaN;
      return Number.isInteger(n) ? Math.max(m, n) : m;
    }, 0);
    return `${letter}${max + 1}`;
  }

  private uniqueSourceName(name: string): string {
    const taken = new Set(this.sourceList.map((s) => s.name.toLowerCase()));
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} (${n})`;
    return candidate;
  }
}

function usesSource(recipe: Recipe, sourceId: string): boolean {
  return recipe.base === sourceId || recipe.steps.some((s) => s.kind === 'join' && s.right === sourceId);
}

function joinWarnings(d: JoinDiagnostics, right: string): Message[] {
  const out: Message[] = [];
  if (d.matchedKeys === 0) out.push(message('engine.joinMatchedNothing', { source: right }));
  if (d.duplicateKeysLeft > 0 || d.duplicateKeysRight > 0) {
    out.push(message('engine.joinDuplicateKeys', { source: right, left: d.duplicateKeysLeft, right: d.duplicateKeysRight }));
  }
  if (d.emptyKeysLeft > 0 || d.emptyKeysRight > 0) {
    out.push(message('engine.joinEmptyKeys', { source: right, left: d.emptyKeysLeft, right: d.emptyKeysRight }));
  }
  return out;
}

/**
 * Column names clean (names.ts) and unique without regard to case (DuckDB compares names
 * case-insensitively), never empty and never a hidden column's name. The importer should
 * already deliver such names; this keeps a table loadable whatever it delivers.
 */
export function uniqueColumnNames(columns: ColumnInfo[]): ColumnInfo[] {
  const taken = new Set<string>();
  return columns.map((col, i) => {
    const clean = cleanName(col.name);
    const trimmed = clean === '' ? `#${i + 1}` : clean;
    // Hidden columns (the row order) are named `__wb_…`; a user column keeps clear of them.
    const base = trimmed.toLowerCase().startsWith(HIDDEN_PREFIX) ? `_${trimmed}` : trimmed;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return { ...col, name };
  });
}

/**
 * The expression a column sorts by: text without regard to case, ordinal columns by the rank
 * of their level (values outside the levels, which the importer reads as missing, last).
 */
export function sortExpression(col: ColumnInfo): string {
  const c = ident(col.name);
  if (col.type === 'ordinal' && col.levels && col.levels.length > 0) return levelRank(col);
  return col.type === 'text' || col.type === 'identifier' || col.type === 'ordinal' ? `${c} COLLATE NOCASE` : c;
}

const HIDDEN_PREFIX = ROW_ORDER_COLUMN.slice(0, 5);

function stripExtension(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

function naturalKeyOrder(a: GroupSummaryRow, b: GroupSummaryRow): number {
  if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
  return collator.compare(a.key, b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

interface Materialized {
  table: string;
  columns: ColumnInfo[];
  /** Hidden columns holding the original row order, most significant first. */
  orderColumns: string[];
  rowCount: number;
}

/** How many recipe results stay materialised: the current one, plus a few the renderer previews. */
const KEEP_TABLES = 3;
const KEEP_RESULTS = 16;

/**
 * Recent recipe results, kept so that scrolling, sorting and charts do not re-run the joins:
 * the result rows as a table, and the step reports. Keyed by the recipe's JSON; cleared when
 * a source changes.
 */
class ResultCache {
  private readonly tables = new Map<string, Promise<Materialized>>();
  private readonly results = new Map<string, Promise<RecipeResult>>();
  private counter = 0;

  constructor(
    private readonly session: Session,
    private readonly prefix: string,
  ) {}

  async table(recipe: Recipe, compiled: CompiledRecipe): Promise<Materialized> {
    const key = JSON.stringify(recipe);
    const cached = touch(this.tables, key);
    if (cached) return cached;
    this.counter += 1;
    const table = `${this.prefix}result${this.counter}`;
    const last = finalStep(compiled);
    const entry = (async (): Promise<Materialized> => {
      await this.session.run(`CREATE TABLE ${ident(table)} AS ${withCtes(compiled, `SELECT * FROM ${last.cte}`)}`);
      const count = await this.session.query(`SELECT count(*) FROM ${ident(table)}`);
      return { table, columns: last.columns, orderColumns: compiled.orderColumns, rowCount: Number(count.rows[0]![0]) };
    })();
    this.tables.set(key, entry);
    entry.catch(() => this.tables.delete(key));
    await this.evict();
    return entry;
  }

  result(recipe: Recipe, compute: () => Promise<RecipeResult>): Promise<RecipeResult> {
    const key = JSON.stringify(recipe);
    const cached = touch(this.results, key);
    if (cached) return cached;
    const entry = compute();
    this.results.set(key, entry);
    entry.catch(() => this.results.delete(key));
    while (this.results.size > KEEP_RESULTS) this.results.delete(this.results.keys().next().value!);
    return entry;
  }

  async clear(): Promise<void> {
    const tables = [...this.tables.values()];
    this.tables.clear();
    this.results.clear();
    for (const entry of tables) await this.drop(entry);
  }

  private async evict(): Promise<void> {
    while (this.tables.size > KEEP_TABLES) {
      const [oldest, entry] = this.tables.entries().next().value!;
      this.tables.delete(oldest);
      await this.drop(entry);
    }
  }

  private async drop(entry: Promise<Materialized>): Promise<void> {
    const m = await entry.catch(() => null);
    if (m) await this.session.run(`DROP TABLE IF EXISTS ${ident(m.table)}`);
  }
}

/** Gets a map entry and marks it most recently used (Maps iterate in insertion order). */
function touch<V>(map: Map<string, V>, key: string): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key);
    map.set(key, value);
  }
  return value;
}

const isTextType = (type: ColumnInfo['type']) => type === 'text' || type === 'identifier' || type === 'ordinal';

/** A text expression cut to MAX_DISPLAY_CHARS characters for display, ending in `…` (as displayCell). */
function displayTextSql(expr: string): string {
  return `CASE WHEN length(${expr}) > ${MAX_DISPLAY_CHARS} THEN left(${expr}, ${MAX_DISPLAY_CHARS - 1}) || '…' ELSE ${expr} END`;
}
