import { mkdtemp, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ImportOptions } from '../../../shared/model/source';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { analyseStaged } from './analyse/analyse';
import { convertStaged, dropStagedTable, previewStaged, rawRowsOf } from './analyse/convert';
import type { Analysis } from './analyse/plan';
import { stageFile } from './stage/index';
import type { SqlRunner, StageContext, StagedTable } from './stage/types';

/**
 * The import pipeline's public entry (see stage/types.ts for the three stages):
 *
 *   const staged = await stageFile(request, context, sql);           // 1. file → raw table
 *   const analysis = await analyse(sql, staged, options, name, null); // 2. preview + plan
 *   await convert(sql, staged, analysis, 'my_table');                 // 3. raw → typed table
 *   await dropStaged(sql, staged);
 *
 * Analysis can run again with other options on the same staged table (the import dialog).
 */

export { stageFile } from './stage/index';
export type { Analysis, ConversionPlan } from './analyse/plan';

/** Header, columns, types, mappings, rows left out and values not fitting; the plan `convert` runs. */
export async function analyse(
  sql: SqlRunner,
  staged: StagedTable,
  options: ImportOptions,
  fileName: string,
  profile: { id: string; name: string } | null,
): Promise<Analysis> {
  return analyseStaged(sql, staged, options, fileName, profile);
}

/** The first rows as they will be imported: converted values of the included columns, in order. */
export async function previewRows(sql: SqlRunner, staged: StagedTable, analysis: Analysis, limit: number): Promise<Cell[][]> {
  return previewStaged(sql, staged, analysis, limit);
}

/** The first rows of the file or sheet as they are (cells as text, empty as ''), with 1-based row numbers. */
export async function rawRows(sql: SqlRunner, staged: StagedTable, limit: number): Promise<{ row: number; cells: string[] }[]> {
  return rawRowsOf(sql, staged, limit);
}

/**
 * Creates `targetTable` with the imported columns (text, identifier and ordinal VARCHAR,
 * integer BIGINT, decimal DOUBLE, date DATE, boolean BOOLEAN) followed by the hidden
 * row-order column `__wb_row` (0, 1, 2 … in file order), the layout of every source table.
 * Reports progress as `converting`; a cancel drops the table and throws `errors.import.cancelled`.
 */
export async function convert(
  sql: SqlRunner,
  staged: StagedTable,
  analysis: Analysis,
  targetTable: string,
  context?: Pick<StageContext, 'progress' | 'signal'>,
): Promise<{ columns: ColumnInfo[]; rowCount: number }> {
  return convertStaged(sql, staged, analysis, targetTable, context);
}

export async function dropStaged(sql: SqlRunner, staged: StagedTable): Promise<void> {
  return dropStagedTable(sql, staged);
}

/**
 * Convenience for the CLI and tests: stage + analyse; caller drops. Staging files go in a
 * fresh folder inside `tempDir` (the run's private temp root), removed afterwards.
 */
export async function inspectPath(
  sql: SqlRunner,
  path: string,
  tempDir: string,
  options: ImportOptions = {},
  profile: { id: string; name: string } | null = null,
): Promise<{ staged: StagedTable; analysis: Analysis }> {
  const fileName = basename(path);
  const work = await mkdtemp(join(tempDir, 'import-'));
  let staged: StagedTable;
  try {
    const request = { path, fileName, options: stageOptions(options) };
    staged = await stageFile(request, { progress: () => undefined, signal: new AbortController().signal, tempDir: work }, sql);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  try {
    return { staged, analysis: await analyse(sql, staged, options, fileName, profile) };
  } catch (error) {
    await dropStaged(sql, staged).catch(() => undefined);
    throw error;
  }
}

/** The options that change the staged table (everything else is analysis). */
export function stageOptions(options: ImportOptions): Pick<ImportOptions, 'sheet' | 'encoding' | 'delimiter'> {
  const out: Pick<ImportOptions, 'sheet' | 'encoding' | 'delimiter'> = {};
  if (options.sheet !== undefined) out.sheet = options.sheet;
  if (options.encoding !== undefined) out.encoding = options.encoding;
  if (options.delimiter !== undefined) out.delimiter = options.delimiter;
  return out;
}
