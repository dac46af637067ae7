import { WerkbankError } from '../../../shared/api/errors';
import type { Message } from '../../../shared/model/message';
import { checkTypedName, cleanName } from '../../../shared/model/names';
import { PROJECT_FORMAT_VERSION, type ProjectState, type RecipeResult } from '../../../shared/model/project';
import { DEFAULT_ROK, type RokCatalog } from '../../../shared/model/story/rok';
import { DEFAULT_K, type ProjectPrivacy } from '../../../shared/model/privacy/settings';
import { newPseudonymKey } from '../story/pseudonyms';
import type { SurveyAnalysis, SurveyResult } from '../../../shared/model/analysis/survey';
import { surveyAnalysis } from '../analysis/survey';
import type { ExportSnapshot } from '../../../shared/model/story/snapshot';
import type { Story } from '../../../shared/model/story/story';
import { type JoinDiagnostics, type JoinStepDraft, nextStepId, type Recipe, recipeSources, RECIPE_VERSION } from '../../../shared/model/recipe';
import type { TableStats } from '../../../shared/model/column-stats';
import type { ImportProfile } from '../../../shared/model/profile';
import type { MatchCandidates, MatchGuess } from '../../../shared/model/recipe/steps/match';
import { type FileFormat, type ImportOptions, SOURCE_ID, type SourceInfo } from '../../../shared/model/source';
import type { Cell, ColumnInfo, SortKey, TablePage } from '../../../shared/model/table';
import { type ChartSpec, type GroupSummary, type View, viewRecipes } from '../../../shared/model/view';
import { columnStats } from '../analysis/column-stats';
import { groupSummary } from '../analysis/group-summary';
import type { Session } from '../db/session';
import { ident, str } from '../db/sql';
import type { SealKey } from '../infra/sealed';
import type { ExportFormat } from '../../../shared/api/contract/export';
import { exportResult, type TablePlan } from '../export/result';
import { uniqueColumnNames } from './column-names';
import type { PendingWrites } from '../infra/temp-root';
import { type Materialized, ResultCache } from '../recipe/cache';
import { columnOf, type CompiledRecipe, compileRecipe, finalStep, type SourceTable } from '../recipe/compile';
import { evaluateRecipe, lastJoinDiagnostics } from '../recipe/evaluate';
import { learningGain } from '../analysis/learning-gain';
import type { GainAnalysis, GainResult } from '../../../shared/model/analysis/gain';
import type { ReferenceAnalysis, ReferenceResult } from '../../../shared/model/analysis/reference';
import { referenceComparison } from '../analysis/reference';
import { type CandidatesRequest, matchCandidates } from '../recipe/matching/candidates';
import { guessMatch } from '../recipe/matching/guess';
import { distinctValues, type DistinctValues, resultPage } from '../recipe/paging';

export type { DistinctValues } from '../recipe/paging';

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

/**
 * The open project (DESIGN.md: Project): its sources (as DuckDB tables), the current recipe,
 * the saved views and import profiles. Recipes compile and evaluate in recipe/, the chart's
 * figures are computed in analysis/; this class holds the state they work on. Each project
 * names its tables with its own prefix, so a project being opened loads beside the current
 * one and replaces it only when it loaded completely. A source's table
 * is named from a counter, never from its id: DuckDB compares table names without regard to
 * case, and no id, however it is spelled, may make two sources share a table.
 */
export class Project {
  name: string;
  fileName: string | null = null;
  private unsaved = false;
  /** Counts the changes: the journal writes when it moved since its last write. */
  revision = 0;
  /** Changes not in the saved file; every change counts a revision. */
  get dirty(): boolean {
    return this.unsaved;
  }
  set dirty(value: boolean) {
    this.unsaved = value;
    if (value) this.revision += 1;
  }
  /** When the journal last held this project's work (ISO), and whether another window has its file open. */
  autosavedAt: string | null = null;
  openElsewhere = false;
  recipe: Recipe | null = null;
  views: View[] = [];
  /** The project's own import profiles (built-in ones are not stored). */
  profiles: ImportProfile[] = [];
  /** Stories over the views (stories.ts), export snapshots, and the project's own ROK titles (null: the shipped ones). */
  stories: Story[] = [];
  exports: ExportSnapshot[] = [];
  rok: RokCatalog | null = null;
  /** k and the pseudonym key (shared/model/privacy/settings.ts): a new project gets its own key. */
  privacy: ProjectPrivacy = { k: DEFAULT_K, key: newPseudonymKey() };
  /** An encrypted project's passphrase, held in memory only: every save seals the file with it. */
  passphrase: string | null = null;
  /** The key derived from it when the file was opened (or by the journal): the journal seals with it. */
  sealKey: SealKey | null = null;
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

  /** The DuckDB table holding a source of this project. */
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
   * What the current recipe and the saved views would no longer fit (unknown column, bad filter
   * value …) if `sourceId` had these columns; empty when all fit as they do now.
   */
  columnsMisfits(sourceId: string, columns: ColumnInfo[]): Misfit[] {
    const tables = this.sourceTables();
    const current = tables.get(sourceId);
    if (!current) throw new WerkbankError('errors.source.unknown', { source: sourceId });
    tables.set(sourceId, { ...current, columns });
    return this.misfits(tables);
  }

  /**
   * Renames a source. The name is typed by the user: clean (names.ts), not empty, and not the name
   * of another source (also without regard to case). A joined source's name marks its clashing
   * columns (`Klas (toets)`): a new name that leaves the recipe or a saved view without a column
   * it uses is refused, and nothing changes.
   */
  async renameSource(sourceId: string, name: string): Promise<SourceInfo> {
    const index = this.sourceList.findIndex((s) => s.id === sourceId);
    if (index < 0) throw new WerkbankError('errors.source.unknown', { source: sourceId });
    checkTypedName(name);
    const next = name.trim();
    if (next === '') throw new WerkbankError('errors.source.nameEmpty');
    const old = this.sourceList[index]!;
    if (next === old.name) return old;
    if (this.sourceList.some((s) => s.id !== sourceId && s.name.toLowerCase() === next.toLowerCase())) {
      throw new WerkbankError('errors.source.nameTaken', { name: next });
    }
    const tables = this.sourceTables();
    tables.set(sourceId, { ...tables.get(sourceId)!, name: next });
    const [misfit] = this.misfits(tables);
    if (misfit) {
      const params = { source: old.name, name: next, column: misfit.error.params.column ?? '' };
      throw misfit.view === null
        ? new WerkbankError('errors.source.renameBreaksRecipe', params)
        : new WerkbankError('errors.source.renameBreaksView', { ...params, view: misfit.view.title });
    }
    // Compiled column names carry source names: cached results would show the old ones.
    await this.cache.clear();
    const renamed: SourceInfo = { ...old, name: next };
    this.sourceList[index] = renamed;
    this.dirty = true;
    return renamed;
  }

  /**
   * What would stop fitting if the sources had these tables: per user (the current recipe, each
   * saved view), the first step that fits now and would not then, or a chart column that would be
   * gone. What does not fit already is not counted again.
   */
  private misfits(tables: Map<string, SourceTable>): Misfit[] {
    const now = this.sourceTables();
    const users: { recipe: Recipe; view: View | null }[] = [
      ...(this.recipe ? [{ recipe: this.recipe, view: null }] : []),
      ...this.views.flatMap((view) => viewRecipes(view).map((recipe) => ({ recipe, view }))),
    ];
    const found: Misfit[] = [];
    for (const { recipe, view } of users) {
      const before = compileRecipe(recipe, now, { tolerant: true });
      const after = compileRecipe(recipe, tables, { tolerant: true });
      if (after.broken && (!before.broken || after.broken.index < before.broken.index)) {
        found.push({ error: after.broken.error, view, step: after.broken.id });
        continue;
      }
      // A view's chart names columns of the recipe's result too.
      if (view && !before.broken && !after.broken && chartMisfit(view.chart, finalStep(before).columns) === null) {
        const error = chartMisfit(view.chart, finalStep(after).columns);
        if (error) found.push({ error, view, step: null });
      }
    }
    return found;
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

  /** A fresh name for a table that belongs to this project but to no source yet (refresh). */
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
   * project never used. When it fails, that table is dropped if `create` left it: the name
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
    const users = [this.recipe, ...this.views.flatMap(viewRecipes)].filter((r): r is Recipe => r !== null);
    if (users.some((r) => usesSource(r, sourceId))) {
      throw new WerkbankError('errors.source.inUse', { source: source.name });
    }
    await this.cache.clear();
    await this.session.run(`DROP TABLE IF EXISTS ${ident(this.tableName(sourceId))}`);
    this.tables.delete(sourceId);
    this.sourceList.splice(index, 1);
    this.dirty = true;
  }

  /**
   * Replaces the current recipe after checking that its sources exist and that every step the
   * user added or changed fits the table it gets. A step the current recipe holds unchanged may
   * no longer fit (its source was refreshed): it is kept and reported on (evaluate.ts), so that
   * the user can mend it and undo/redo still work. `tolerant` (a recipe as it was saved) refuses
   * no step for not fitting.
   */
  setRecipe(recipe: Recipe | null, options: { tolerant?: boolean } = {}): void {
    if (recipe) {
      const broken = this.compileAsFar(recipe).broken;
      if (broken && !options.tolerant) {
        const before = this.recipe?.steps.find((s) => s.id === broken.id);
        if (!before || JSON.stringify(before) !== JSON.stringify(recipe.steps[broken.index])) throw broken.error;
      }
    }
    // Opening a view or undoing back to the same recipe changes nothing worth saving.
    if (JSON.stringify(recipe) !== JSON.stringify(this.recipe)) this.dirty = true;
    this.recipe = recipe;
  }

  /** Throws a WerkbankError when the recipe refers to a source or column that does not exist. */
  compile(recipe: Recipe): CompiledRecipe {
    return compileRecipe(recipe, this.sourceTables());
  }

  /**
   * Throws a WerkbankError when the recipe refers to a source that does not exist; a step that
   * no longer fits its table is `broken` in the result (the recipe stops before it).
   */
  compileAsFar(recipe: Recipe): CompiledRecipe {
    return compileRecipe(recipe, this.sourceTables(), { tolerant: true });
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
      autosavedAt: this.autosavedAt,
      openElsewhere: this.openElsewhere,
      sources: this.sources,
      recipe: this.recipe,
      result: this.recipe ? await this.result(this.recipe) : null,
      views: [...this.views],
      profiles: [...this.profiles],
      stories: [...this.stories],
      exports: [...this.exports],
      rok: this.rok ?? DEFAULT_ROK,
      rokEdited: this.rok !== null,
      encrypted: this.passphrase !== null,
    };
  }

  /** Row counts, warnings and join diagnostics after every step of a recipe. */
  async result(recipe: Recipe): Promise<RecipeResult> {
    const compiled = this.compileAsFar(recipe);
    return this.cache.result(recipe, () => evaluateRecipe(this.session, compiled));
  }

  /** Match diagnostics of joining `step` onto the result of `recipe`, without applying it. */
  async joinPreview(recipe: Recipe, step: JoinStepDraft): Promise<JoinDiagnostics> {
    const id = nextStepId(recipe.steps.map((s) => s.id));
    // A switched-off join is previewed as it would join once switched on.
    const compiled = this.compile({ ...recipe, steps: [...recipe.steps, { ...step, id, disabled: false }] });
    return lastJoinDiagnostics(this.session, compiled);
  }

  /** The review list of a name match (recipe/matching/candidates.ts). */
  matchCandidates(recipe: Recipe, request: CandidatesRequest): Promise<MatchCandidates> {
    return matchCandidates(this.session, recipe, this.sourceTables(), request);
  }

  /** The name and support fields a name match of `right` would use, guessed (recipe/matching/guess.ts). */
  matchGuess(recipe: Recipe, right: string): Promise<MatchGuess> {
    return guessMatch(this.session, recipe, this.sourceTables(), right);
  }

  async page(recipe: Recipe | null, offset: number, limit: number, sort: SortKey[]): Promise<TablePage> {
    const result = await this.materialize(recipe);
    if (!result) return { columns: [], rows: [], offset, totalRows: 0 };
    return resultPage(this.session, result, offset, limit, sort);
  }

  /** Per column: its empty cells and its distribution (analysis/column-stats.ts), kept with the result. */
  async columnStats(recipe: Recipe | null): Promise<TableStats> {
    const result = await this.materialize(recipe);
    return result ? columnStats(this.session, result) : { rowCount: 0, columns: [] };
  }

  /** Distinct values of a column, most frequent first. */
  async distinct(recipe: Recipe | null, column: string, limit: number): Promise<DistinctValues> {
    const result = await this.materialize(recipe);
    if (!result) return { values: [], truncated: false };
    return distinctValues(this.session, result, column, limit);
  }

  /** Per group: rows, rows with a measure value, and the mean (or count); groups in natural order, empty last. */
  /** Writes a recipe's result (the current one when null) to `path`; an empty project has no table to write. */
  async exportTable(
    recipe: Recipe | null,
    format: ExportFormat,
    path: string,
    pending: PendingWrites,
    onBatch?: (rowsSoFar: number, total: number) => void,
    /**
     * Small-group suppression for the result's columns (export/table-privacy.ts), or pupil codes
     * instead of the identifying columns (export/table-pseudonyms.ts); none: written as it is.
     */
    plan: (result: Materialized) => Promise<(TablePlan & { drop?(): Promise<void> }) | null> = async () => null,
  ): Promise<{ rows: number; cutCells: number; suppressed: number }> {
    const result = await this.materialize(recipe);
    if (!result) throw new WerkbankError('errors.export.nothingToExport');
    const rewrite = await plan(result);
    try {
      return await exportResult(this.session, result, format, path, pending, this.name || 'Resultaat', (n) => onBatch?.(n, result.rowCount), rewrite);
    } finally {
      await rewrite?.drop?.();
    }
  }

  /** Learning gain over a recipe's result (analysis/learning-gain.ts); an empty project has no pairs to make. */
  async gain(recipe: Recipe | null, analysis: GainAnalysis): Promise<GainResult> {
    const result = await this.materialize(recipe);
    if (!result) throw new WerkbankError('errors.export.nothingToExport');
    return learningGain(this.session, result, analysis);
  }

  /** A comparison with a reference over a recipe's result (analysis/reference.ts). */
  async reference(recipe: Recipe | null, analysis: ReferenceAnalysis): Promise<ReferenceResult> {
    const result = await this.materialize(recipe);
    if (!result) throw new WerkbankError('errors.export.nothingToExport');
    return referenceComparison(this.session, result, analysis);
  }

  /** The staff survey and observations (analysis/survey.ts): each moment's table read in turn. */
  async survey(analysis: SurveyAnalysis): Promise<SurveyResult> {
    return surveyAnalysis(this.session, analysis, async (recipe) => {
      const result = await this.materialize(recipe);
      if (!result) throw new WerkbankError('errors.export.nothingToExport');
      return result;
    });
  }

  async summary(recipe: Recipe | null, chart: ChartSpec): Promise<GroupSummary> {
    const result = await this.materialize(recipe);
    if (!result) return { chart, rows: [] };
    return groupSummary(this.session, result, chart);
  }

  /** Drops this project's tables. */
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
    return r ? this.cache.table(r, this.compileAsFar(r)) : null;
  }

  private countSource(id: string): void {
    if (SOURCE_ID.test(id)) this.sourceCounter = Math.max(this.sourceCounter, Number(id.slice(1)));
  }

  /**
   * Next id `<letter><n>` above every id already used, so ids are never reused within a project.
   * Ids are compared in lower case, so a new id never differs from an old one only in case.
   */
  nextId(letter: string, used: string[]): string {
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
  return recipeSources(recipe).includes(sourceId);
}

function stripExtension(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** Something that would stop fitting: in the current recipe (`view` null) or a saved view, at a step or (step null) in the chart. */
export interface Misfit {
  error: WerkbankError;
  view: View | null;
  /** The step's id; null: the chart. */
  step: string | null;
}

/** Why a chart does not fit the columns of its recipe's result, or null. */
function chartMisfit(chart: View['chart'], columns: ColumnInfo[]): WerkbankError | null {
  try {
    columnOf(columns, chart.groupBy);
    const measure = chart.measure === null ? null : columnOf(columns, chart.measure);
    if (measure && chart.aggregate === 'mean' && measure.type !== 'integer' && measure.type !== 'decimal') {
      return new WerkbankError('errors.recipe.measureNotNumeric', { column: measure.name });
    }
    return null;
  } catch (error) {
    if (error instanceof WerkbankError) return error;
    throw error;
  }
}
