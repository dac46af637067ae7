/** Raw rows read for the header and the tail, and the rows not imported with the reason why. */

import type { LeftOutRow } from '../../../../shared/model/source';
import type { GridCell } from '../stage/grid';
import { headerText } from './header';
import type { SqlRunner } from '../stage/types';
import type { DataRow } from './trailing-rows';
import { rawCell, ROW } from './projection';
import { MAX_LEFT_OUT } from './columns';

/** Characters of a left-out row shown to the user. */
const LEFT_OUT_TEXT = 80;

export interface RawRow {
  row: number;
  /** Cells c1… of the columns asked for, by position (index 0 = the first column asked). */
  cells: (string | null)[];
}

/** Raw rows as text; `columns` must start at 1 and be contiguous so cell k is column k + 1. */
export async function readRows(
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

export interface LeftOutInput {
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
export async function leftOutRows(sql: SqlRunner, table: string, input: LeftOutInput): Promise<LeftOutRow[]> {
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
export function rowText(cells: GridCell[]): string {
  const parts: string[] = [];
  for (const cell of cells) {
    const text = headerText(cell);
    if (text !== '') parts.push(text);
    if (parts.length === 3) break;
  }
  const text = parts.join(' · ');
  return text.length > LEFT_OUT_TEXT ? `${text.slice(0, LEFT_OUT_TEXT - 1)}…` : text;
}
