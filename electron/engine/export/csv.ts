import { open } from 'node:fs/promises';
import { neutraliseFormula } from '../../../shared/model/formula';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import type { SqlRunner } from '../import/stage/types';
import { ROW_ORDER_COLUMN } from '../db/reserved';
import { toCell } from '../db/session';
import { ident } from '../db/sql';
import { type PendingWrites, writeBeside } from '../infra/temp-root';

/**
 * Tables written as CSV for spreadsheets. Written here rather than with DuckDB's `COPY … TO`
 * because that writer has no byte-order mark (which Excel needs to read UTF-8), no decimal
 * comma and no formula neutralisation; the format itself is a few lines of RFC 4180.
 */

export interface CsvDialect {
  delimiter: ';' | ',' | '\t' | '|';
  /** Write `23,5` instead of `23.5` (the regional setting of Flemish Excel). */
  decimalComma: boolean;
  /** UTF-8 byte-order mark first, so Excel reads the file as UTF-8. */
  bom: boolean;
  lineEnding: '\r\n' | '\n';
  /** How yes/no values are written: [true, false]. */
  booleans: [string, string];
}

/** What Excel with Dutch (Belgian) regional settings opens by double-click. */
export const FLEMISH_EXCEL: CsvDialect = {
  delimiter: ';',
  decimalComma: true,
  bom: true,
  lineEnding: '\r\n',
  booleans: ['WAAR', 'ONWAAR'],
};

/** Comma-separated with a decimal point: for other tools. */
export const INTERNATIONAL: CsvDialect = {
  delimiter: ',',
  decimalComma: false,
  bom: true,
  lineEnding: '\r\n',
  booleans: ['TRUE', 'FALSE'],
};

export { neutraliseFormula };

/** RFC 4180: a field with the delimiter, a quote, a line break or surrounding spaces is quoted, quotes doubled. */
function quote(field: string, delimiter: string): string {
  const needs =
    field.includes(delimiter) || field.includes('"') || field.includes('\n') || field.includes('\r') || field !== field.trim();
  return needs ? `"${field.replace(/"/g, '""')}"` : field;
}

/** One cell as a CSV field: numbers with the dialect's decimal separator, text neutralised and quoted. */
export function csvField(cell: Cell, column: Pick<ColumnInfo, 'type'>, dialect: CsvDialect): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    const text = String(cell);
    return quote(dialect.decimalComma ? text.replace('.', ',') : text, dialect.delimiter);
  }
  if (typeof cell === 'boolean') return quote(cell ? dialect.booleans[0] : dialect.booleans[1], dialect.delimiter);
  // Dates arrive as ISO text (`2026-05-28`), which spreadsheets read as dates; never a formula.
  if (column.type === 'date') return quote(cell, dialect.delimiter);
  return quote(neutraliseFormula(cell), dialect.delimiter);
}

/** A row (or the header, as text cells) as one CSV line, without the line ending. */
export function csvLine(cells: Cell[], columns: Pick<ColumnInfo, 'type'>[], dialect: CsvDialect): string {
  return cells.map((cell, i) => csvField(cell, columns[i] ?? { type: 'text' }, dialect)).join(dialect.delimiter);
}

/** Rows fetched from DuckDB per query while writing a source table. */
const PAGE_ROWS = 10_000;

/** A table's rows in order, handed over a batch at a time; resolves when all were handed. */
export type RowStream = (onRows: (rows: Cell[][]) => Promise<void>) => Promise<unknown>;

/**
 * Writes rows to `path` as CSV, header first. Written to a partial file beside it and renamed
 * (writeBeside), so a failed export never leaves half a file under the chosen name, nor a crash
 * one beside it.
 */
export async function writeCsvRows(
  stream: RowStream,
  columns: ColumnInfo[],
  path: string,
  pending: PendingWrites,
  dialect: CsvDialect = FLEMISH_EXCEL,
): Promise<{ rows: number }> {
  let rows = 0;
  await writeBeside(path, pending, async (temp) => {
    const file = await open(temp, 'w');
    try {
      const header = csvLine(columns.map((c) => c.name), columns.map(() => ({ type: 'text' as const })), dialect);
      await file.write((dialect.bom ? '\ufeff' : '') + header + dialect.lineEnding);
      await stream(async (page) => {
        await file.write(page.map((r) => csvLine(r, columns, dialect) + dialect.lineEnding).join(''));
        rows += page.length;
      });
      await file.sync();
    } finally {
      await file.close();
    }
  });
  return { rows };
}

/** A source table's rows (columns plus the hidden row-order column) in their order, a page at a time. */
export function sourceRows(sql: SqlRunner, table: string, columns: ColumnInfo[]): RowStream {
  return async (onRows) => {
    const select = columns.map((c) => ident(c.name)).join(', ');
    const order = ident(ROW_ORDER_COLUMN);
    const total = Number((await sql.rows(`SELECT count(*) FROM ${ident(table)}`))[0]![0]);
    for (let start = 0; start < total; start += PAGE_ROWS) {
      const page =
        columns.length === 0
          ? Array.from({ length: Math.min(PAGE_ROWS, total - start) }, () => [])
          : await sql.rows(`SELECT ${select} FROM ${ident(table)} WHERE ${order} >= ${start} AND ${order} < ${start + PAGE_ROWS} ORDER BY ${order}`);
      await onRows(page.map((r) => r.map((v) => toCell(v as never))));
    }
  };
}

/** Writes a source table (columns plus the hidden row-order column) to `path` as CSV. */
export function writeCsv(
  sql: SqlRunner,
  table: string,
  columns: ColumnInfo[],
  path: string,
  pending: PendingWrites,
  dialect: CsvDialect = FLEMISH_EXCEL,
): Promise<{ rows: number }> {
  return writeCsvRows(sourceRows(sql, table, columns), columns, path, pending, dialect);
}
