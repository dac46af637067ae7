import { WerkbankError } from '../../../../shared/api/errors';
import { type Message, message } from '../../../../shared/model/message';
import type { ImportOptions, InspectResult } from '../../../../shared/model/source';
import { ident } from '../../db/sql';
import { type GridCell, isEmptyCell, isEmptyRow } from '../stage/grid';
import { detectHeaderRow, HEADER_WINDOW, headerText, uniqueName } from './header';
import type { SqlRunner, StagedTable } from '../stage/types';
import { countTrailingNotes, type DataRow } from './trailing-rows';
import { inferType, type KindCounts } from './infer';
import { combineHeader, groupLabels, isGroupRow } from './layout';
import type { Analysis } from './plan';
import { type DataSource, rawCell, ROW } from './projection';
import { Settings } from './settings';
import { COMMA_EVIDENCE, emptyCellSql, kindOf, type KnownShapes, POINT_EVIDENCE, type Shape } from './sql-values';
import { listRows, type SourceColumn, type ColumnDraft, type Findings, type ColumnScan, nameColumns, finishColumns, planOf, columnWarnings, settingWarnings, draftColumns } from './columns';
import { nonEmpty, mostCommon, scanColumns, countsFromScan } from './scan';
import { readRows, leftOutRows } from './left-out';
import { analyseTyped } from './typed';

/** Rows at the end of the data looked at for totals and notes. */
const TAIL_ROWS = 30;

/**
 * Stage 2: the staged raw table and the options → header, columns, types, mappings, rows left
 * out and values that do not fit (the import preview), and the plan `convert` executes.
 * JavaScript sees only the first rows (for the header) and the last ones (for totals and
 * notes); everything about all rows is one aggregate pass in DuckDB over each cell's shape,
 * plus small queries for examples where needed.
 */
export async function analyseStaged(
  sql: SqlRunner,
  staged: StagedTable,
  options: ImportOptions,
  fileName: string,
  profile: { id: string; name: string } | null,
): Promise<Analysis> {
  if (staged.typedColumns) return analyseTyped(sql, staged, options, fileName, profile, staged.typedColumns);
  const table = ident(staged.table);
  const all = range(1, staged.columnCount);
  const warnings: Message[] = [...staged.warnings];
  const numeric = new Set(staged.numericColumns);
  const spreadsheet = staged.format === 'xlsx' || staged.format === 'ods';
  const emptyError = () =>
    spreadsheet
      ? new WerkbankError('errors.import.emptySheet', { file: fileName, sheet: staged.sheet ?? '' })
      : new WerkbankError('errors.import.empty', { file: fileName });

  const [bounds] = await sql.rows(`SELECT max(${ROW}), count(*) FROM ${table}`);
  const lastRow = Number(bounds?.[0] ?? 0);
  if (Number(bounds?.[1] ?? 0) === 0 || all.length === 0) throw emptyError();
  if (options.headerRow !== undefined && options.headerRow > lastRow) {
    throw new WerkbankError('errors.import.headerRowOutOfRange', { row: options.headerRow, lastRow });
  }

  // The header: detected in the first rows, or chosen.
  const headLimit = Math.max(HEADER_WINDOW + 1, (options.headerRow ?? 0) + 1);
  const head = await readRows(sql, table, all, `${ROW} <= ${headLimit}`, 'ASC', null);
  const grid: GridCell[][] = [];
  for (const r of head) grid[r.row - 1] = r.cells;
  let h = options.headerRow !== undefined ? options.headerRow - 1 : detectHeaderRow(grid, lastRow - 1);

  /** Columns with something in the head from row `from` (0-based) on. */
  const filledFrom = (from: number) => all.filter((i) => grid.some((row, r) => r >= from && !isEmptyCell(row?.[i - 1])));
  let headerRows: 1 | 2 = options.headerRows ?? 1;
  if (options.headerRows === undefined) {
    const cols = (idx: number) => filledFrom(idx).map((i) => i - 1);
    if (isGroupRow(grid, h, staged.merges, cols(h))) headerRows = 2;
    else if (options.headerRow === undefined && isGroupRow(grid, h + 1, staged.merges, cols(h + 1))) {
      // The detected row is a group row with merged cells over the real header.
      h += 1;
      headerRows = 2;
    }
  }
  if (h === 0) headerRows = 1;
  const headerRow = h + 1;
  const groupRowIndex = headerRows === 2 ? h - 1 : -1;

  // Rows left out under the data: hidden rows (when asked), then totals and notes at the end.
  const hiddenBelow = staged.hiddenRows.filter((r) => r > headerRow);
  const dropped = options.dropHiddenRows ? hiddenBelow : [];
  const notIn = (rows: number[]) => (rows.length > 0 ? ` AND ${ROW} NOT IN (${rows.join(', ')})` : '');
  let summary: DataRow[] = [];
  if (options.dropSummaryRows !== false) {
    // Twice the rows, as some may be empty.
    const tail = (await lastRows(sql, table, all, headerRow, lastRow, dropped, 2 * TAIL_ROWS))
      .filter((r) => !isEmptyRow(r.cells))
      .slice(0, TAIL_ROWS)
      .reverse();
    const width = Math.max(0, ...[...filledFrom(h), ...tail.flatMap((r) => r.cells.map((c, k) => (isEmptyCell(c) ? 0 : k + 1)))]);
    const rows = tail.map((r) => ({ fileRow: r.row, cells: r.cells.slice(0, width) }));
    summary = rows.slice(rows.length - countTrailingNotes(rows, width));
  }
  const excluded = [...summary.map((r) => r.fileRow), ...dropped];
  const below = `${ROW} > ${headerRow}${notIn(excluded)}`;

  // Column names from the header (and the group row above it), for every raw column.
  const groups = groupRowIndex >= 0 ? groupLabels(grid, groupRowIndex, staged.merges, all.map((i) => i - 1)) : [];
  const settings = new Settings(options);
  warnings.push(...settings.warnings);
  const taken = new Set<string>();
  const hidden = new Set(staged.hiddenColumns);
  const candidates: SourceColumn[] = all.map((index) => {
    const text = combineHeader(groups[index - 1] ?? '', headerText(grid[h]?.[index - 1]));
    const source = uniqueName(text || `Kolom ${index}`, taken);
    const setting = settings.resolve(source);
    return {
      index,
      source,
      headerText: text,
      hidden: hidden.has(index),
      dialect: spreadsheet && numeric.has(index) ? 'canonical' : ',',
      setting,
      tokens: setting.missingTokens,
      native: null,
    };
  });

  // One pass over every cell below the header: shapes, tokens, mapping misses, empty rows.
  const scan = await scanColumns(sql, table, below, candidates);
  const present = candidates.filter((c, k) => c.headerText !== '' || nonEmpty(scan.columns[k]!) > 0);
  if (present.length === 0 && head.every((r) => isEmptyRow(r.cells))) throw emptyError();

  const evidence = (shapes: Shape[]) =>
    candidates.reduce((sum, c, k) => (c.dialect === 'canonical' ? sum : sum + shapes.reduce((s, x) => s + (scan.columns[k]!.shapes[x] ?? 0), 0)), 0);
  const comma = evidence(COMMA_EVIDENCE);
  const point = evidence(POINT_EVIDENCE);
  const decimal: ',' | '.' =
    options.decimalSeparator ?? (comma !== point ? (comma > point ? ',' : '.') : staged.delimiter === ';' ? ',' : '.');
  for (const c of candidates) if (c.dialect !== 'canonical') c.dialect = decimal;

  const completed = present.filter((s) => s.source !== s.headerText).map((s) => s.source);
  if (completed.length > 0) warnings.push(message('import.columnsRenamed', { columns: completed.join(', ') }));

  // A plan only runs on this staged table: what the pass found holds there. Without empty
  // rows the filter needs no emptiness test, and columns without whitespace around any cell
  // need no trim.
  const rowFilter =
    present.length === 0
      ? 'false'
      : scan.emptyRows === 0
        ? below
        : `${below} AND NOT (${present.map((c) => emptyCellSql(rawCell(c.index))).join(' AND ')})`;
  // The values read trimmed cells; they find the shapes they need themselves (see valueSql).
  const data: DataSource = {
    table,
    where: rowFilter,
    columns: present.map((c) => ({
      index: c.index,
      text: rawCell(c.index),
      tokens: null,
      trim: scan.columns[candidates.indexOf(c)]!.untrimmed > 0,
    })),
  };

  const drafts: ColumnDraft[] = [];
  const findings = new Map<SourceColumn, Findings>();
  const scans = new Map<SourceColumn, ColumnScan>();
  for (const src of present) {
    const columnScan = scan.columns[candidates.indexOf(src)]!;
    const counts: KindCounts = {};
    for (const [shape, n] of Object.entries(columnScan.shapes) as [Shape, number][]) {
      const kind = kindOf(shape, src.dialect);
      counts[kind] = (counts[kind] ?? 0) + n;
    }
    counts.empty = (counts.empty ?? 0) - scan.emptyRows;
    const inference = inferType(counts);
    findings.set(src, { dateTimes: inference.dateTimes, fractions: inference.fractions, tokens: columnScan.tokens });
    scans.set(src, columnScan);
    const known: KnownShapes = { present: new Set(Object.keys(columnScan.shapes) as Shape[]), common: mostCommon(columnScan.shapes) };
    drafts.push(...(await draftColumns(sql, data, src, inference.type, settings, known)));
  }
  nameColumns(drafts);

  // Missing and not fitting from the shapes; examples from the first rows, searched further where needed.
  const partial = drafts.map((d) => countsFromScan(d, scans.get(d.source)!, scan.emptyRows));
  const rowCount = scan.rows - scan.emptyRows;
  const columns = await finishColumns(sql, data, drafts, partial, rowCount);
  warnings.push(...columnWarnings(drafts, columns, findings), ...settingWarnings(settings));
  if (summary.length > 0) {
    warnings.push(message('import.rowsLeftOut', { count: summary.length, rows: listRows(summary.map((r) => r.fileRow), 10) }));
  }
  const hiddenKept = options.dropHiddenRows ? [] : hiddenBelow;
  if (hiddenKept.length > 0) {
    warnings.push(message('import.hiddenRowsKept', { count: hiddenKept.length, rows: listRows(hiddenKept) }));
  }

  const leftOut = await leftOutRows(sql, table, {
    head,
    headerRow,
    headerRows,
    columns: present.map((c) => c.index),
    summary,
    dropped,
    emptyRows: scan.emptyRowList,
    gaps: scan.rows + excluded.length < lastRow - headerRow,
    lastRow,
  });

  const inspect: InspectResult = {
    file: fileName,
    format: staged.format,
    encoding: staged.encoding,
    delimiter: staged.delimiter,
    decimalSeparator: spreadsheet ? null : decimal,
    sheets: staged.sheets,
    sheet: staged.sheet,
    headerRow,
    headerRows,
    columns,
    rowCount,
    leftOut,
    profile,
    warnings,
  };
  // The data rows are the raw rows headerRow + 1 … lastRow when none is left out and none is
  // missing (raw row numbers are unique): conversion then needs no sort (see convert.ts).
  const contiguous = present.length > 0 && scan.emptyRows === 0 && excluded.length === 0 && scan.rows === lastRow - headerRow;
  return { inspect, plan: planOf(staged.table, data, drafts, contiguous ? headerRow : null) };
}

/**
 * The last `count` rows below the header that are not `dropped`, last first. Row numbers are
 * unique, so the rows numbered above `lastRow - count - dropped.length` hold them whenever
 * there are `count` of them there; only then is the whole table searched. (DuckDB finds a
 * range of a view's `rowid` from the row groups, but a top-N over all rows scans them all.)
 */
async function lastRows(sql: SqlRunner, table: string, all: number[], headerRow: number, lastRow: number, dropped: number[], count: number) {
  const where = `${ROW} > ${headerRow}${dropped.length > 0 ? ` AND ${ROW} NOT IN (${dropped.join(', ')})` : ''}`;
  const from = lastRow - count - dropped.length;
  if (from > headerRow) {
    const rows = await readRows(sql, table, all, `${where} AND ${ROW} > ${from}`, 'DESC', count);
    if (rows.length === count) return rows;
  }
  return readRows(sql, table, all, where, 'DESC', count);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
