import type { ImportOptions, InspectResult } from '../../../../shared/model/source';
import type { ColumnType } from '../../../../shared/model/table';
import { ident } from '../../db/sql';
import { headerText, uniqueName } from './header';
import type { SqlRunner, StagedTable } from '../stage/types';
import type { Analysis } from './plan';
import { type DataSource, dataSql, rawCell, ROW } from './projection';
import { Settings } from './settings';
import { COLUMN_CHUNK, type SourceColumn, type ColumnDraft, nameColumns, finishColumns, planOf, columnWarnings, settingWarnings, draftColumns, isText, chunks } from './columns';

/**
 * Parquet: the file's columns as they are typed, no header or rows to detect. Renames,
 * inclusion, other types (where castable) and mappings apply as for any file; text columns
 * read as text files do when given another type.
 */
export async function analyseTyped(
  sql: SqlRunner,
  staged: StagedTable,
  options: ImportOptions,
  fileName: string,
  profile: { id: string; name: string } | null,
  typed: { name: string; type: ColumnType }[],
): Promise<Analysis> {
  const table = ident(staged.table);
  const settings = new Settings(options);
  const taken = new Set<string>();
  const sources: SourceColumn[] = typed.map((col, k) => {
    const index = k + 1;
    const text = headerText(col.name);
    const source = uniqueName(text || `Kolom ${index}`, taken);
    const setting = settings.resolve(source);
    return {
      index,
      source,
      headerText: text,
      hidden: false,
      dialect: '.',
      setting,
      // Typed files mark missing values themselves; tokens apply to text columns only when set.
      tokens: isText(col.type) && setting.explicitTokens ? setting.missingTokens : [],
      native: col.type,
    };
  });
  const data: DataSource = {
    table,
    where: 'true',
    columns: sources.map((s) => ({
      index: s.index,
      text: isText(s.native!) ? rawCell(s.index) : `CAST(${rawCell(s.index)} AS VARCHAR)`,
      tokens: null,
    })),
  };
  const drafts: ColumnDraft[] = [];
  for (const src of sources) drafts.push(...(await draftColumns(sql, data, src, src.native!, settings)));
  nameColumns(drafts);
  const counts = await typedCounts(sql, data, drafts);
  const columns = await finishColumns(sql, data, drafts, counts, staged.rowCount);
  const warnings = [...staged.warnings, ...settings.warnings, ...columnWarnings(drafts, columns, new Map()), ...settingWarnings(settings)];
  const inspect: InspectResult = {
    file: fileName,
    format: staged.format,
    encoding: staged.encoding,
    delimiter: staged.delimiter,
    decimalSeparator: null,
    sheets: staged.sheets,
    sheet: staged.sheet,
    headerRow: 1,
    headerRows: 1,
    columns,
    rowCount: staged.rowCount,
    leftOut: [],
    profile,
    warnings,
  };
  const [[first, last, count]] = (await sql.rows(`SELECT min(${ROW}), max(${ROW}), count(*) FROM ${table}`)) as [[unknown, unknown, unknown]];
  const contiguous = Number(count) > 0 && Number(last) - Number(first) + 1 === Number(count);
  return { inspect, plan: planOf(staged.table, data, drafts, contiguous ? Number(first) - 1 : null) };
}

export async function typedCounts(sql: SqlRunner, data: DataSource, drafts: ColumnDraft[]): Promise<{ missing: number; notFitting: number }[]> {
  const out: { missing: number; notFitting: number }[] = [];
  for (const chunk of chunks(drafts, COLUMN_CHUNK)) {
    const aggregates = chunk.flatMap((d) => [`count_if(${d.missing})`, `count_if(${d.notFitting})`]);
    const row = (await sql.rows(`SELECT ${aggregates.join(', ')} FROM (${dataSql(data)})`))[0]!;
    chunk.forEach((_, j) => out.push({ missing: Number(row[2 * j]), notFitting: Number(row[2 * j + 1]) }));
  }
  return out;
}
