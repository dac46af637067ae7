import { WerkbankError } from '../../../../shared/api/errors';
import type { ValueMapping } from '../../../../shared/model/import';
import { type Message, message } from '../../../../shared/model/message';
import type { ImportOptions, InspectedColumn, InspectResult, LeftOutRow } from '../../../../shared/model/source';
import type { Cell, ColumnType } from '../../../../shared/model/table';
import { toCell } from '../../session';
import { duckType, ident } from '../../sql';
import { type GridCell, isEmptyCell, isEmptyRow } from '../grid';
import { detectHeaderRow, HEADER_WINDOW, headerText, uniqueName } from '../header';
import type { SqlRunner, StagedTable } from '../stage/types';
import { countTrailingNotes, type DataRow } from '../trailing-rows';
import { inferType, type KindCounts } from './infer';
import { combineHeader, groupLabels, isGroupRow } from './layout';
import type { Analysis, ConversionPlan, PlannedColumn } from './plan';
import { type DataSource, dataSql, rawCell, ROW, shapeCell, trimmedCell } from './projection';
import { type ResolvedSetting, Settings } from './settings';
import {
  acceptedShapes,
  COMMA_EVIDENCE,
  emptyCellSql,
  fractionPartSql,
  kindOf,
  labelsSql,
  levelsSql,
  missingSql,
  type KnownShapes,
  type NumberDialect,
  POINT_EVIDENCE,
  type Shape,
  valueSql,
} from './sql-values';

/** Rows at the end of the data looked at for totals and notes. */
const TAIL_ROWS = 30;
/** Columns per aggregate query: very wide sheets are read in slices. */
const COLUMN_CHUNK = 100;
const MAX_LEFT_OUT = 200;
const EXAMPLES = 3;
const NOT_FITTING_EXAMPLES = 10;
/** Data rows read for the examples; columns with fewer examples there are searched further. */
const EXAMPLE_ROWS = 50;
/** Rows named in a warning. */
const LISTED_ROWS = 5;
const LEFT_OUT_TEXT = 80;
/** Hidden columns (the workspace's `__wb_row`, the raw `__row`) start so; imported names keep clear of them. */
const RESERVED_PREFIX = '__';

export const MAX_SUFFIX = ' (max)';

/** `[4, 9, 12, 30, 31, 40]` → `"4, 9, 12, 30, 31, …"`: enough to find them in the file. */
export function listRows(rows: number[], max = LISTED_ROWS): string {
  return rows.slice(0, max).join(', ') + (rows.length > max ? ', …' : '');
}

/** A column of the file as analysis sees it. */
interface SourceColumn {
  /** 1-based raw column. */
  index: number;
  source: string;
  headerText: string;
  hidden: boolean;
  dialect: NumberDialect;
  setting: ResolvedSetting;
  /** Missing-value tokens of the column (none for typed Parquet columns unless set). */
  tokens: string[];
  /** Parquet: the file's own type of the column (the raw column has that type, not text). */
  native: ColumnType | null;
}

/** One column of the inspect result with the SQL behind it. */
interface ColumnDraft {
  column: Omit<InspectedColumn, 'missing' | 'examples' | 'notFitting'>;
  source: SourceColumn;
  /** SQL over the data projection: the typed value, NULL when missing or not fitting. */
  value: string;
  /** SQL over the data projection: the cell is missing. */
  missing: string;
  /** SQL over the data projection: the cell is there but does not fit. */
  notFitting: string;
  /** The first column a file column gives (a `34/50` score gives two). */
  first: boolean;
}

interface Findings {
  dateTimes: boolean;
  fractions: boolean;
  tokens: Record<string, number>;
}

/** What the pass over all data rows found for one column. */
interface ColumnScan {
  shapes: Partial<Record<Shape, number>>;
  tokens: Record<string, number>;
  /** Mapping columns: non-missing cells the mapping does not know. */
  unmapped: number | null;
  /** Cells with whitespace around them. */
  untrimmed: number;
}

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
    const tail = (await readRows(sql, table, all, `${ROW} > ${headerRow}${notIn(dropped)}`, 'DESC', 2 * TAIL_ROWS))
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
  // The first rows say which shape each column mostly has; the pass tests that one first.
  const sample = await readRows(sql, table, all, below, 'ASC', SAMPLE_ROWS);
  const expected = candidates.map((c) => commonShape(sample.map((r) => r.cells[c.index - 1] ?? null)));
  const scan = await scanColumns(sql, table, below, candidates, expected);
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

/** Cells with content (a missing-value token is content: the column is there). */
function nonEmpty(scan: ColumnScan): number {
  return Object.entries(scan.shapes).reduce((sum, [shape, n]) => (shape === 'empty' ? sum : sum + (n ?? 0)), 0);
}

interface Scan {
  /** Rows below the header that are not left out as totals or hidden rows (empty ones included). */
  rows: number;
  emptyRows: number;
  /** The first empty rows (at most MAX_LEFT_OUT). */
  emptyRowList: number[];
  columns: ColumnScan[];
}

/** Rows read to guess each column's common shape before the full pass. */
const SAMPLE_ROWS = 1000;

/**
 * The shape most of these cells have, guessed in JavaScript: it only decides which test the
 * pass over all rows tries first (every choice gives the same shapes; see shapeSql), so a
 * guess is enough, and it spares a query as large as the pass itself.
 */
export function commonShape(cells: (string | null)[]): Shape | null {
  const counts: Partial<Record<Shape, number>> = {};
  for (const cell of cells) {
    const shape = guessShape(cell);
    if (shape) counts[shape] = (counts[shape] ?? 0) + 1;
  }
  return mostCommon(counts);
}

function guessShape(cell: string | null): Shape | null {
  const t = cell?.trim() ?? '';
  if (t === '') return null;
  if (/^[+-]?\d+$/.test(t)) return /^[+-]?0\d/.test(t) || t.length >= 16 ? 'id' : 'int';
  const decimal = /^([+-]\d*|\d+)([.,])\d+$/.exec(t);
  if (decimal) {
    const ambiguous = /^[+-]?\d{1,3}[.,]\d{3}$/.test(t);
    return decimal[2] === ',' ? (ambiguous ? 'ac' : 'dc') : ambiguous ? 'ap' : 'dp';
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(t)) return 'dS';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return 'dI';
  if (/^[+-]?\d/.test(t) && t.toLowerCase() !== t.toUpperCase() && !/[:eE]/.test(t)) return 'text';
  return null;
}

/** The most frequent shape that is not missing, or null. */
function mostCommon(shapes: Partial<Record<Shape, number>>): Shape | null {
  let best: Shape | null = null;
  for (const [shape, n] of Object.entries(shapes) as [Shape, number][]) {
    if (shape === 'empty' || shape === 'token') continue;
    if (best === null || n > (shapes[best] ?? 0)) best = shape;
  }
  return best;
}

async function scanColumns(
  sql: SqlRunner,
  table: string,
  where: string,
  columns: SourceColumn[],
  expected: (Shape | null)[],
): Promise<Scan> {
  const scan: Scan = { rows: 0, emptyRows: 0, emptyRowList: [], columns: [] };
  const emptyRow = { expr: `(${columns.map((c) => emptyCellSql(rawCell(c.index))).join(' AND ')})`, name: '"empty_row"' };
  for (const [k, chunk] of chunks(columns, COLUMN_CHUNK).entries()) {
    // The first slice also counts the rows and finds the empty ones (over every raw cell).
    const first = k === 0;
    const projection = dataSql(
      {
        table,
        where,
        columns: chunk.map((c) => ({ index: c.index, text: rawCell(c.index), tokens: c.tokens, expected: expected[columns.indexOf(c)] })),
      },
      { extra: first ? [emptyRow] : [] },
    );
    const aggregates = [
      ...(first ? ['count(*)', 'count_if("empty_row")', `to_json(min_by(${ROW}, ${ROW}, ${MAX_LEFT_OUT}) FILTER (WHERE "empty_row"))`] : []),
      ...chunk.flatMap((c) => {
        const s = shapeCell(c.index);
        const value = mappingValueSql(c, trimmedCell(c.index));
        return [
          `to_json(histogram(${s}))`,
          `to_json(histogram(${trimmedCell(c.index)}) FILTER (WHERE ${s} = 'token'))`,
          value === null ? 'NULL' : `count_if(${s} NOT IN ('empty', 'token') AND (${value}) IS NULL)`,
          `count_if(${trimmedCell(c.index)} <> ${rawCell(c.index)})`,
        ];
      }),
    ];
    const row = (await sql.rows(`SELECT ${aggregates.join(', ')} FROM (${projection})`))[0]!;
    let at = 0;
    if (first) {
      scan.rows = Number(row[0]);
      scan.emptyRows = Number(row[1]);
      scan.emptyRowList = parseJson<number[]>(row[2], []).map(Number);
      at = 3;
    }
    for (let j = 0; j < chunk.length; j++, at += 4) {
      scan.columns.push({
        shapes: parseJson(row[at], {}),
        tokens: parseJson(row[at + 1], {}),
        unmapped: row[at + 2] === null ? null : Number(row[at + 2]),
        untrimmed: Number(row[at + 3]),
      });
    }
  }
  return scan;
}

/** The SQL value of a mapping column, or null for a column without a mapping. */
function mappingValueSql(src: SourceColumn, t: string): string | null {
  const mapping = src.setting.mapping;
  if (!mapping) return null;
  if (mapping.kind === 'labels') return labelsSql(t, mapping.labels, 'decimal');
  if (mapping.kind === 'ordinal') return levelsSql(t, mapping.levels);
  return fractionPartSql(t, 1);
}

/** Missing and not-fitting counts of a column from the shapes of its cells. */
function countsFromScan(d: ColumnDraft, scan: ColumnScan, emptyRows: number): { missing: number; notFitting: number } {
  const shapes = scan.shapes;
  const missing = (shapes.empty ?? 0) - emptyRows + (shapes.token ?? 0);
  // A mapped column, or the `(max)` column a fraction mapping adds (it fits exactly where its score does).
  if (d.column.mapping || !d.first) return { missing, notFitting: scan.unmapped ?? 0 };
  const accepted = acceptedShapes(d.column.type, d.source.dialect);
  if (accepted === 'all') return { missing, notFitting: 0 };
  let notFitting = 0;
  for (const [shape, n] of Object.entries(shapes) as [Shape, number][]) {
    if (shape !== 'empty' && shape !== 'token' && !accepted.includes(shape)) notFitting += n;
  }
  return { missing, notFitting };
}

/** Unique final names over the whole table, after the user's renames and the `(max)` columns. */
function nameColumns(drafts: ColumnDraft[]): void {
  const names = new Set<string>();
  for (const d of drafts) {
    const base = d.column.name.toLowerCase().startsWith(RESERVED_PREFIX) ? `_${d.column.name}` : d.column.name;
    d.column.name = uniqueName(base, names);
  }
}

/**
 * The inspect columns: counts as given, examples from the first data rows, and for columns
 * that need them one more pass for further examples and the first values that do not fit.
 */
async function finishColumns(
  sql: SqlRunner,
  data: DataSource,
  drafts: ColumnDraft[],
  counts: { missing: number; notFitting: number }[],
  rowCount: number,
): Promise<InspectedColumn[]> {
  const examples: Cell[][] = drafts.map(() => []);
  if (drafts.length > 0) {
    const select = drafts.map((d) => d.value).join(', ');
    const rows = await sql.rows(`SELECT ${select} FROM (${dataSql(data, { limit: EXAMPLE_ROWS })}) ORDER BY ${ROW}`);
    for (const row of rows) {
      row.forEach((v, k) => {
        const cell = toCell(v as never);
        if (cell !== null && examples[k]!.length < EXAMPLES) examples[k]!.push(cell);
      });
    }
  }
  const notFitting: { row: number; value: string }[][] = drafts.map(() => []);
  const search = drafts
    .map((d, k) => {
      // Values there are to show: rows that are neither missing nor misfits.
      const values = rowCount - counts[k]!.missing - counts[k]!.notFitting;
      return { d, k, moreExamples: examples[k]!.length < Math.min(EXAMPLES, values), misfits: counts[k]!.notFitting > 0 };
    })
    .filter((x) => x.moreExamples || x.misfits);
  for (const chunk of chunks(search, COLUMN_CHUNK)) {
    const aggregates = chunk.flatMap(({ d, moreExamples, misfits }) => [
      moreExamples ? `to_json(min_by(${d.value}, ${ROW}, ${EXAMPLES}) FILTER (WHERE (${d.value}) IS NOT NULL))` : 'NULL',
      misfits
        ? `to_json(min_by({'row': ${ROW}, 'value': ${rawCell(d.source.index)}}, ${ROW}, ${NOT_FITTING_EXAMPLES}) FILTER (WHERE ${d.notFitting}))`
        : 'NULL',
    ]);
    const row = (await sql.rows(`SELECT ${aggregates.join(', ')} FROM (${dataSql(data)})`))[0]!;
    chunk.forEach(({ k }, j) => {
      if (row[2 * j] !== null) examples[k] = parseJson<Cell[]>(row[2 * j], []);
      notFitting[k] = parseJson<{ row: number; value: string }[]>(row[2 * j + 1], []).map((e) => ({ row: Number(e.row), value: String(e.value) }));
    });
  }
  return drafts.map((d, k) => ({
    ...d.column,
    missing: counts[k]!.missing,
    examples: examples[k]!,
    notFitting: { count: counts[k]!.notFitting, examples: notFitting[k]! },
  }));
}

function planOf(rawTable: string, source: DataSource, drafts: ColumnDraft[], rowOffset: number | null): ConversionPlan {
  return {
    rawTable,
    source,
    rowOffset,
    columns: drafts
      .filter((d) => d.column.included)
      .map(
        (d): PlannedColumn => ({
          name: d.column.name,
          type: d.column.type,
          ...(d.column.levels ? { levels: d.column.levels } : {}),
          value: d.value,
        }),
      ),
  };
}

/** Per column: date-times kept as text, `34/50` scores, missing-value tokens in numbers, values that do not fit. */
function columnWarnings(drafts: ColumnDraft[], columns: InspectedColumn[], findings: Map<SourceColumn, Findings>): Message[] {
  const out: Message[] = [];
  for (const [k, col] of columns.entries()) {
    const draft = drafts[k]!;
    const found = findings.get(draft.source);
    if (draft.first && found) {
      if (found.dateTimes && col.type === 'text') out.push(message('import.dateTimesAsText', { column: col.name }));
      if (found.fractions && !col.mapping) out.push(message('import.looksLikeFraction', { column: col.name }));
      const count = Object.values(found.tokens).reduce((a, b) => a + b, 0);
      const numericColumn = col.type === 'integer' || col.type === 'decimal';
      if (numericColumn && count > 0) {
        out.push(message('import.missingTokens', { column: col.name, count, tokens: Object.keys(found.tokens).join(', ') }));
      }
    }
    if (col.included && col.notFitting.count > 0) {
      out.push(
        message('import.valuesNotFitting', {
          column: col.name,
          count: col.notFitting.count,
          rows: listRows(col.notFitting.examples.map((e) => e.row)),
          values: [...new Set(col.notFitting.examples.map((e) => e.value.trim()))].slice(0, EXAMPLES).join(', '),
        }),
      );
    }
  }
  return out;
}

/** Settings (from the dialog or a profile) for columns this file does not have. */
function settingWarnings(settings: Settings): Message[] {
  return settings.unusedSources().map((column) => message('import.columnNotFound', { column }));
}

/**
 * The columns of the imported table one file column gives (two for a `34/50` score), with
 * its type, mapping and the SQL of its values.
 */
async function draftColumns(
  sql: SqlRunner,
  data: DataSource,
  src: SourceColumn,
  inferred: ColumnType,
  settings: Settings,
  known: KnownShapes | null = null,
): Promise<ColumnDraft[]> {
  const t = trimmedCell(src.index);
  const { setting } = src;
  const base = {
    source: src.source,
    name: setting.name ?? src.source,
    inferredType: inferred,
    included: setting.include ?? true,
    hidden: src.hidden,
  };
  const missing = src.native !== null && src.tokens.length === 0 ? `(${rawCell(src.index)} IS NULL)` : missingSql(t, src.tokens);
  const draft = (type: ColumnType, value: string, notFitting: string, extra: Partial<InspectedColumn> = {}, first = true): ColumnDraft => ({
    column: { ...base, type, ...extra },
    source: src,
    value,
    missing,
    notFitting,
    first,
  });
  /** A mapped column: missing cells are NULL, cells the mapping does not know do not fit. */
  const mapped = (type: ColumnType, value: string, extra: Partial<InspectedColumn>, first = true) =>
    draft(type, `CASE WHEN ${missing} THEN NULL ELSE ${value} END`, `NOT ${missing} AND (${value}) IS NULL`, extra, first);
  const mapping: ValueMapping | undefined = setting.mapping;
  if (mapping?.kind === 'labels') {
    const whole = mapping.labels.every((l) => Number.isInteger(l.value));
    const type = whole && setting.type !== 'decimal' ? 'integer' : 'decimal';
    return [mapped(type, labelsSql(t, mapping.labels, type), { mapping })];
  }
  if (mapping?.kind === 'ordinal') {
    const levels = mapping.levels.map((l) => l.trim());
    return [mapped('ordinal', levelsSql(t, levels), { mapping, levels })];
  }
  if (mapping?.kind === 'fraction') {
    const score = mapped('decimal', fractionPartSql(t, 1), { mapping });
    const maxSource = `${src.source}${MAX_SUFFIX}`;
    const maxSetting = settings.exactOnly(maxSource);
    const max = mapped('decimal', fractionPartSql(t, 2), {}, false);
    max.column = {
      source: maxSource,
      name: maxSetting.name ?? `${base.name}${MAX_SUFFIX}`,
      type: 'decimal',
      inferredType: 'decimal',
      included: maxSetting.include ?? base.included,
      hidden: src.hidden,
    };
    return [score, max];
  }
  const type = setting.type ?? inferred;
  if (src.native !== null && !isText(src.native)) {
    const value = typedValueSql(src.index, src.native, type);
    return [draft(type, value, `${rawCell(src.index)} IS NOT NULL AND (${value}) IS NULL`)];
  }
  const value = valueSql(t, src.tokens, type, src.dialect, known);
  const notFitting = acceptedShapes(type, src.dialect) === 'all' ? 'false' : `NOT ${missing} AND (${value}) IS NULL`;
  if (type === 'ordinal') return [draft('ordinal', value, notFitting, { levels: await distinctLevels(sql, data, t, missing) })];
  return [draft(type, value, notFitting)];
}

const isText = (type: ColumnType) => type === 'text' || type === 'identifier' || type === 'ordinal';

/** A typed (Parquet) column that is not text, as another type: cast, whole numbers only for integers. */
function typedValueSql(index: number, native: ColumnType, type: ColumnType): string {
  const c = rawCell(index);
  if (native === type || (duckType(native) === duckType(type) && !isText(type))) return c;
  if (type === 'integer' && native === 'decimal') return `CASE WHEN ${c} = round(${c}) AND abs(${c}) < 9e15 THEN CAST(${c} AS BIGINT) END`;
  if (isText(type)) return `CAST(${c} AS VARCHAR)`;
  return `TRY_CAST(${c} AS ${duckType(type)})`;
}

/** An ordinal column without a mapping: its distinct values in natural order are the levels. */
async function distinctLevels(sql: SqlRunner, data: DataSource, t: string, missing: string): Promise<string[]> {
  const rows = await sql.rows(`SELECT DISTINCT ${t} FROM (${dataSql(data)}) WHERE NOT ${missing} LIMIT 1000`);
  const collator = new Intl.Collator('nl-BE', { numeric: true, sensitivity: 'base' });
  return rows.map((r) => String(r[0])).sort(collator.compare);
}

/**
 * Parquet: the file's columns as they are typed, no header or rows to detect. Renames,
 * inclusion, other types (where castable) and mappings apply as for any file; text columns
 * read as text files do when given another type.
 */
async function analyseTyped(
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

async function typedCounts(sql: SqlRunner, data: DataSource, drafts: ColumnDraft[]): Promise<{ missing: number; notFitting: number }[]> {
  const out: { missing: number; notFitting: number }[] = [];
  for (const chunk of chunks(drafts, COLUMN_CHUNK)) {
    const aggregates = chunk.flatMap((d) => [`count_if(${d.missing})`, `count_if(${d.notFitting})`]);
    const row = (await sql.rows(`SELECT ${aggregates.join(', ')} FROM (${dataSql(data)})`))[0]!;
    chunk.forEach((_, j) => out.push({ missing: Number(row[2 * j]), notFitting: Number(row[2 * j + 1]) }));
  }
  return out;
}

interface RawRow {
  row: number;
  /** Cells c1… of the columns asked for, by position (index 0 = the first column asked). */
  cells: (string | null)[];
}

/** Raw rows as text; `columns` must start at 1 and be contiguous so cell k is column k + 1. */
async function readRows(
  sql: SqlRunner,
  table: string,
  columns: number[],
  where: string,
  order: 'ASC' | 'DESC',
  limit: number | null,
): Promise<RawRow[]> {
  const select = [ROW, ...columns.map(rawCell)].join(', ');
  const rows = await sql.rows(`SELECT ${select} FROM ${table} WHERE ${where} ORDER BY ${ROW} ${order}${limit === null ? '' : ` LIMIT ${limit}`}`);
  return rows.map((r) => ({ row: Number(r[0]), cells: r.slice(1).map((c) => (c === null || c === undefined ? null : String(c))) }));
}

interface LeftOutInput {
  head: RawRow[];
  headerRow: number;
  headerRows: 1 | 2;
  columns: number[];
  summary: DataRow[];
  dropped: number[];
  /** The first empty rows below the header (from the scan). */
  emptyRows: number[];
  /** Whether rows below the header are absent from the raw table (stagers may leave empty rows out). */
  gaps: boolean;
  lastRow: number;
}

/** The rows not imported and why, at most MAX_LEFT_OUT: every reason but "empty" first, then empty rows. */
async function leftOutRows(sql: SqlRunner, table: string, input: LeftOutInput): Promise<LeftOutRow[]> {
  const { head, headerRow, headerRows, columns, summary, dropped } = input;
  const firstHeader = headerRow - headerRows + 1;
  const named: LeftOutRow[] = [];
  const empty = new Set<number>();
  const headByRow = new Map(head.map((r) => [r.row, r]));
  for (let row = 1; row <= headerRow && row <= input.lastRow; row++) {
    const text = rowText(headByRow.get(row)?.cells ?? []);
    if (row >= firstHeader) named.push({ row, reason: 'header', text });
    else if (text === '') empty.add(row);
    else named.push({ row, reason: 'aboveHeader', text });
  }
  for (const r of summary) named.push({ row: r.fileRow, reason: 'summary', text: rowText(r.cells) });
  if (dropped.length > 0 && columns.length > 0) {
    const hiddenRows = await sql.rows(
      `SELECT ${[ROW, ...columns.map(rawCell)].join(', ')} FROM ${table} WHERE ${ROW} IN (${dropped.join(', ')}) ORDER BY ${ROW} LIMIT ${MAX_LEFT_OUT}`,
    );
    for (const r of hiddenRows) {
      named.push({ row: Number(r[0]), reason: 'hidden', text: rowText(r.slice(1).map((c) => (c === null ? null : String(c)))) });
    }
  }
  for (const row of input.emptyRows) empty.add(row);
  if (input.gaps && empty.size + named.length < MAX_LEFT_OUT) {
    // Rows the staged table does not have (a stager may leave empty rows out) are empty rows too.
    const found = await sql.rows(
      `SELECT ${ROW}, prev FROM (SELECT ${ROW}, lag(${ROW}, 1, ${headerRow}) OVER (ORDER BY ${ROW}) AS prev FROM ${table} WHERE ${ROW} > ${headerRow}) ` +
        `WHERE ${ROW} - prev > 1 ORDER BY ${ROW} LIMIT ${MAX_LEFT_OUT}`,
    );
    for (const [rowValue, prevValue] of found) {
      for (let gap = Number(prevValue) + 1; gap < Number(rowValue) && empty.size < 2 * MAX_LEFT_OUT; gap++) empty.add(gap);
    }
  }
  const kept = named.slice(0, MAX_LEFT_OUT);
  const emptyRows = [...empty].sort((a, b) => a - b).slice(0, MAX_LEFT_OUT - kept.length);
  const all = [...kept, ...emptyRows.map((row): LeftOutRow => ({ row, reason: 'empty', text: '' }))];
  return all.sort((a, b) => a.row - b.row);
}

/** The first non-empty cells of a row, for the user to recognise it. */
function rowText(cells: GridCell[]): string {
  const parts: string[] = [];
  for (const cell of cells) {
    const text = headerText(cell);
    if (text !== '') parts.push(text);
    if (parts.length === 3) break;
  }
  const text = parts.join(' · ');
  return text.length > LEFT_OUT_TEXT ? `${text.slice(0, LEFT_OUT_TEXT - 1)}…` : text;
}

function parseJson<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  return JSON.parse(String(value)) as T;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
