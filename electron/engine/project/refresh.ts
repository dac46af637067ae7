import type { ImportPreview, SourceDiff } from '../../../shared/api/contract';
import { WerkbankError } from '../../../shared/api/errors';
import type { ImportOptions, SourceInfo } from '../../../shared/model/source';
import type { ColumnInfo } from '../../../shared/model/table';
import { type Rebinding, rebindings, renamedSettings } from '../recipe/rebind';
import type { ImportService, Resolved } from './import-service';
import type { Job } from '../infra/jobs';
import type { Session } from '../db/session';
import { ident } from '../db/sql';
import type { Project } from './project';

/**
 * Refresh: re-import a source from a new version of its file ("run last year's analysis on
 * this year's export"). The preview shows what would change; the refresh converts into a new
 * table and swaps it in only when it is complete and the recipe and views still fit.
 */

/** What replacing `sourceId` with the new file would change, and the new file's preview. */
export async function refreshPreview(
  service: ImportService,
  ws: Project,
  request: { sourceId: string; fileId: string; options?: ImportOptions },
  job: Job,
): Promise<{ preview: ImportPreview; diff: SourceDiff }> {
  const source = ws.source(request.sourceId);
  const { resolved, renamed } = await resolveKeepingNames(service, ws, source, request, job);
  const preview = await service.previewOf(resolved, job);
  const scratch = ws.scratchTable('refresh');
  try {
    const created = await service.convert(resolved, scratch, job);
    job.progress('comparing', null);
    const diff = await sourceDiff(ws.session, { table: ws.tableName(source.id), columns: source.columns }, { table: scratch, columns: created.columns });
    job.throwIfCancelled();
    return { preview, diff: { ...diff, noLongerFits: noLongerFits(ws, source.id, created.columns), ...(renamed.length > 0 ? { renamed } : {}) } };
  } finally {
    await ws.session.run(`DROP TABLE IF EXISTS ${ident(scratch)}`);
  }
}

/**
 * Replaces the source's table with the new file's, keeping its id and name so the recipe and
 * views go on working. When a step or chart would no longer fit (a column gone or retyped), it
 * is refused with the old table kept, unless `acceptMisfits`: then those steps report why.
 */
export async function refreshSource(
  service: ImportService,
  ws: Project,
  request: { sourceId: string; fileId: string; options?: ImportOptions; acceptMisfits?: boolean },
  job: Job,
): Promise<SourceInfo> {
  const source = ws.source(request.sourceId);
  const { resolved } = await resolveKeepingNames(service, ws, source, request, job);
  const fileHash = await service.hash(resolved.file.path, job);
  const scratch = ws.scratchTable('refresh');
  try {
    const created = await service.convert(resolved, scratch, job);
    const [misfit] = ws.columnsMisfits(source.id, created.columns);
    if (misfit && !request.acceptMisfits) throw refusal(source, misfit.error, misfit.view?.title ?? null);
    job.throwIfCancelled();
    job.progress('replacing', null);
    const { inspect } = resolved.analysis;
    const info = await ws.swapSourceTable(source.id, scratch, {
      fileName: resolved.file.name,
      fileHash,
      format: inspect.format,
      options: resolved.options,
      sheet: inspect.sheet,
      headerRow: inspect.headerRow,
      columns: created.columns,
      rowCount: created.rowCount,
      warnings: inspect.warnings,
      importedAt: ws.clock().toISOString(),
    });
    await service.forget(request.fileId);
    return info;
  } finally {
    // After a swap the scratch name no longer exists; otherwise this drops the half-made table.
    await ws.session.run(`DROP TABLE IF EXISTS ${ident(scratch)}`);
  }
}

/**
 * The new file resolved with the source's options; a column whose header differs from one of the
 * source's columns only in case, accents or spacing (`klas` for `Klas`, recipe/rebind.ts) is then
 * read under the source's name, so that next year's export fits the recipe and views as before.
 * Not with options of the caller's own: those name the columns.
 */
async function resolveKeepingNames(
  service: ImportService,
  ws: Project,
  source: SourceInfo,
  request: { fileId: string; options?: ImportOptions },
  job: Job,
): Promise<{ resolved: Resolved; renamed: Rebinding[] }> {
  const how = { lenientProfile: request.options === undefined };
  const resolved = await service.resolve(ws, request.fileId, request.options ?? source.options, job, how);
  // Options given with the request name the columns themselves (a headless run's own renames).
  if (request.options !== undefined) return { resolved, renamed: [] };
  const columns = resolved.analysis.inspect.columns.filter((c) => c.included);
  const renamed = rebindings(
    columns.map((c) => c.name),
    new Set(source.columns.map((c) => c.name)),
  );
  if (renamed.length === 0) return { resolved, renamed };
  const settings = renamedSettings(resolved.options.columns, columns, renamed);
  return { resolved: await service.resolve(ws, request.fileId, { ...resolved.options, columns: settings }, job, how), renamed };
}

/** The preview's list of what would no longer fit, with step numbers in the recipe each belongs to. */
function noLongerFits(ws: Project, sourceId: string, columns: ColumnInfo[]): SourceDiff['noLongerFits'] {
  return ws.columnsMisfits(sourceId, columns).map((m) => {
    const recipe = m.view === null ? ws.recipe : m.view.recipe;
    const index = m.step === null ? -1 : (recipe?.steps.findIndex((s) => s.id === m.step) ?? -1);
    return { view: m.view?.title ?? null, step: index >= 0 ? index + 1 : null, error: m.error.toMessage() };
  });
}

/** Why a refresh is refused, in the user's terms: which column, used where. */
function refusal(source: SourceInfo, error: WerkbankError, view: string | null): WerkbankError {
  const column = String(error.params.column ?? '');
  // A step naming the column (unknownColumn), or a formula reading it (errors.expr.unknownColumn).
  if (error.code === 'errors.recipe.unknownColumn' || error.code === 'errors.expr.unknownColumn') {
    return view === null
      ? new WerkbankError('errors.refresh.columnMissingInRecipe', { source: source.name, column })
      : new WerkbankError('errors.refresh.columnMissingInView', { source: source.name, column, view });
  }
  return new WerkbankError('errors.refresh.recipeDoesNotFit', { source: source.name, column, view: view ?? '' });
}

export interface DiffSide {
  table: string;
  columns: ColumnInfo[];
}

const NUMERIC = new Set(['integer', 'decimal']);

/**
 * Compares the current table with the new one, in SQL: row counts, rows added and removed
 * (multiset difference, `EXCEPT ALL`, over the columns both have, compared as text; numbers as
 * DOUBLE first so that 5 and 5.0 compare equal when a column went from whole to decimal),
 * columns added and missing, and type changes.
 */
export async function sourceDiff(session: Session, before: DiffSide, after: DiffSide): Promise<Omit<SourceDiff, 'noLongerFits'>> {
  const afterByName = new Map(after.columns.map((c) => [c.name, c]));
  const beforeNames = new Set(before.columns.map((c) => c.name));
  const common = before.columns.filter((c) => afterByName.has(c.name));
  const typeChanges = common
    .map((c) => ({ column: c.name, from: c.type, to: afterByName.get(c.name)!.type }))
    .filter((t) => t.from !== t.to);

  const text = (col: ColumnInfo, other: ColumnInfo) => {
    const c = ident(col.name);
    return NUMERIC.has(col.type) && NUMERIC.has(other.type) ? `CAST(CAST(${c} AS DOUBLE) AS VARCHAR)` : `CAST(${c} AS VARCHAR)`;
  };
  const rowsOf = (side: DiffSide, mine: (c: ColumnInfo) => ColumnInfo, theirs: (c: ColumnInfo) => ColumnInfo) =>
    `SELECT ${common.map((c) => text(mine(c), theirs(c))).join(', ')} FROM ${ident(side.table)}`;
  const beforeRows = rowsOf(before, (c) => c, (c) => afterByName.get(c.name)!);
  const afterRows = rowsOf(after, (c) => afterByName.get(c.name)!, (c) => c);

  const count = (table: string) => `(SELECT count(*) FROM ${ident(table)})`;
  const sql =
    common.length === 0
      ? `SELECT ${count(before.table)}, ${count(after.table)}, ${count(after.table)}, ${count(before.table)}`
      : `SELECT ${count(before.table)}, ${count(after.table)},
           (SELECT count(*) FROM (${afterRows} EXCEPT ALL ${beforeRows})),
           (SELECT count(*) FROM (${beforeRows} EXCEPT ALL ${afterRows}))`;
  const [rowsBefore, rowsAfter, rowsAdded, rowsRemoved] = (await session.query(sql)).rows[0]!.map(Number) as [number, number, number, number];
  return {
    rowsBefore,
    rowsAfter,
    rowsAdded,
    rowsRemoved,
    columnsAdded: after.columns.filter((c) => !beforeNames.has(c.name)).map((c) => c.name),
    columnsMissing: before.columns.filter((c) => !afterByName.has(c.name)).map((c) => c.name),
    typeChanges,
  };
}
