/**
 * The pass over all data rows: each cell's shape, tokens, unmapped and untrimmed cells, and the
 * empty rows. What it finds is what one aggregate over every cell's shape (`fullScan`, the
 * reference) finds; how it gets there depends on the column (scan-ways.ts).
 */

import type { SqlRunner } from '../stage/types';
import { dataSql, type ProjectedColumn, rawCell, ROW, shapeCell, trimmedCell } from './projection';
import { acceptedShapes, emptyCellSql, type Shape } from './sql-values';
import { COLUMN_CHUNK, MAX_LEFT_OUT, type SourceColumn, type ColumnDraft, type ColumnScan, parseJson, chunks } from './columns';
import { EMPTY_CODE, emptyRowSql, OTHER_CODE } from './shape-codes';
import { checkedAggregates, checkedProjection, checkedScan, groupedScans, mappingValueSql, sampleColumns, wayOf } from './scan-ways';

export { mappingValueSql, mostCommon, SAMPLE_ROWS } from './scan-ways';

/** Cells with content (a missing-value token is content: the column is there). */
export function nonEmpty(scan: ColumnScan): number {
  return Object.entries(scan.shapes).reduce((sum, [shape, n]) => (shape === 'empty' ? sum : sum + (n ?? 0)), 0);
}

export interface Scan {
  /** Rows below the header that are not left out as totals or hidden rows (empty ones included). */
  rows: number;
  emptyRows: number;
  /** The first empty rows (at most MAX_LEFT_OUT). */
  emptyRowList: number[];
  columns: ColumnScan[];
}

/**
 * Every column's shapes, tokens, unmapped and untrimmed cells over the rows `where` selects, and
 * the empty rows among them (empty in every one of `columns`). The first rows decide, per
 * column, how (scan-ways.ts): cell by cell or each distinct value once, by shape codes or the
 * shape tree. A column that some cell fails every code for gets the shape tree after all.
 * Every way gives exactly what `fullScan` gives.
 */
export async function scanColumns(sql: SqlRunner, table: string, where: string, columns: SourceColumn[]): Promise<Scan> {
  const sample = await sampleColumns(sql, table, where, columns);
  const ways = new Map(columns.map((c, k) => [c, wayOf(c, sample[k]!)]));
  const way = (c: SourceColumn) => ways.get(c)!;
  const found = new Map<SourceColumn, ColumnScan | null>();
  const scan: Scan = { rows: 0, emptyRows: 0, emptyRowList: [], columns: [] };
  const direct = columns.filter((c) => !way(c).grouped);
  const emptyRow = { expr: emptyRowSql(columns.map((c) => rawCell(c.index)), emptyCellSql), name: '"empty_row"' };
  // One pass over the rows: their count and empty rows, and the columns read cell by cell.
  for (const [k, chunk] of (direct.length > 0 ? chunks(direct, COLUMN_CHUNK) : [[]]).entries()) {
    const first = k === 0;
    const projected = chunk.map((c): ProjectedColumn => {
      const w = way(c);
      return w.checked ? checkedProjection(c) : { index: c.index, text: rawCell(c.index), tokens: c.tokens, expected: w.expected };
    });
    const codes = chunk.flatMap((c) => {
      const checked = way(c).checked;
      return checked ? [checkedAggregates(c, checked).code] : [];
    });
    // A row is empty only where this column's code is EMPTY or OTHER (a cell of whitespace is
    // OTHER): when no cell is, no row is empty, and the empty-row test over every raw cell is
    // skipped (on the bench file 0.02–0.03 s of CPU, mostly reading the grouped columns again).
    const sentinel = first ? chunk.find((c) => way(c).checked) : undefined;
    const emptyRows = ['count_if("empty_row")', `to_json(min_by(${ROW}, ${ROW}, ${MAX_LEFT_OUT}) FILTER (WHERE "empty_row"))`];
    const rowCounts = sentinel
      ? ['count(*)', `count_if(${checkedAggregates(sentinel, way(sentinel).checked!).code.name} IN (${EMPTY_CODE}, ${OTHER_CODE}))`, 'NULL']
      : ['count(*)', ...emptyRows];
    const projection = dataSql({ table, where, columns: projected }, { extra: [...(first && !sentinel ? [emptyRow] : []), ...codes] });
    const aggregates = [
      ...(first ? rowCounts : []),
      ...chunk.flatMap((c) => {
        const checked = way(c).checked;
        return checked ? checkedAggregates(c, checked).aggregates : fullAggregates(c);
      }),
    ];
    const row = (await sql.rows(`SELECT ${aggregates.join(', ')} FROM (${projection})`))[0]!;
    let at = 0;
    if (first) {
      scan.rows = Number(row[0]);
      if (sentinel && Number(row[1]) > 0) {
        // Rows that may be empty: the test over every raw cell after all, in a pass of its own.
        const projection = dataSql({ table, where, columns: [] }, { extra: [emptyRow] });
        [row[1], row[2]] = (await sql.rows(`SELECT ${emptyRows.join(', ')} FROM (${projection})`))[0]!;
      }
      scan.emptyRows = Number(row[1]);
      scan.emptyRowList = parseJson<number[]>(row[2], []).map(Number);
      at = 3;
    }
    for (const c of chunk) {
      const checked = way(c).checked;
      const width = checked ? 3 : 4;
      found.set(c, checked ? checkedScan(checked, row.slice(at, at + width)) : fullResult(row.slice(at, at + width)));
      at += width;
    }
  }
  const grouped = columns.filter((c) => way(c).grouped);
  for (const [c, result] of await groupedScans(sql, table, where, grouped.map((column) => ({ column, way: way(column) })))) found.set(c, result);
  // Columns with a cell no code decided: the shape tree after all, for those columns only.
  const failed = columns.filter((c) => found.get(c) === null);
  const again = failed.filter((c) => !way(c).grouped);
  if (again.length > 0) {
    const full = await fullScan(sql, table, where, again, again.map((c) => way(c).expected), false);
    again.forEach((c, k) => found.set(c, full.columns[k]!));
  }
  const regroup = failed.filter((c) => way(c).grouped).map((column) => ({ column, way: { ...way(column), checked: null } }));
  for (const [c, result] of await groupedScans(sql, table, where, regroup)) found.set(c, result);
  scan.columns = columns.map((c) => found.get(c)!);
  return scan;
}

/** The full pass's aggregates of one column, over the projection with its trimmed cell and shape. */
function fullAggregates(c: SourceColumn): string[] {
  const s = shapeCell(c.index);
  const value = mappingValueSql(c, trimmedCell(c.index));
  return [
    `to_json(histogram(${s}))`,
    `to_json(histogram(${trimmedCell(c.index)}) FILTER (WHERE ${s} = 'token'))`,
    value === null ? 'NULL' : `count_if(${s} NOT IN ('empty', 'token') AND (${value}) IS NULL)`,
    `count_if(${trimmedCell(c.index)} <> ${rawCell(c.index)})`,
  ];
}

function fullResult(values: unknown[]): ColumnScan {
  return {
    shapes: parseJson(values[0], {}),
    tokens: parseJson(values[1], {}),
    unmapped: values[2] === null ? null : Number(values[2]),
    untrimmed: Number(values[3]),
  };
}

/**
 * The reference pass: every cell's trimmed text and shape (the shape tree, `expected` tested
 * first), aggregated per column, with the row count and empty rows (`rows`, else left 0).
 */
export async function fullScan(
  sql: SqlRunner,
  table: string,
  where: string,
  columns: SourceColumn[],
  expected: (Shape | null)[],
  rows = true,
): Promise<Scan> {
  const scan: Scan = { rows: 0, emptyRows: 0, emptyRowList: [], columns: [] };
  const emptyRow = { expr: `(${columns.map((c) => emptyCellSql(rawCell(c.index))).join(' AND ')})`, name: '"empty_row"' };
  for (const [k, chunk] of chunks(columns, COLUMN_CHUNK).entries()) {
    // The first slice also counts the rows and finds the empty ones (over every raw cell).
    const first = rows && k === 0;
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
      ...chunk.flatMap(fullAggregates),
    ];
    const row = (await sql.rows(`SELECT ${aggregates.join(', ')} FROM (${projection})`))[0]!;
    let at = 0;
    if (first) {
      scan.rows = Number(row[0]);
      scan.emptyRows = Number(row[1]);
      scan.emptyRowList = parseJson<number[]>(row[2], []).map(Number);
      at = 3;
    }
    for (let j = 0; j < chunk.length; j++, at += 4) scan.columns.push(fullResult(row.slice(at, at + 4)));
  }
  return scan;
}

/** Missing and not-fitting counts of a column from the shapes of its cells. */
export function countsFromScan(d: ColumnDraft, scan: ColumnScan, emptyRows: number): { missing: number; notFitting: number } {
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
