import { WerkbankError } from '../../../shared/api/errors';
import type { Cell } from '../../../shared/model/table';
import type { SourceInfo } from '../../../shared/model/source';
import { ROW_ORDER_COLUMN } from '../db/reserved';
import type { Session } from '../db/session';
import { ident } from '../db/sql';

/**
 * A source's table as rows in memory, for the project files that must never pass through the disk
 * in plain: an encrypted project and its journal. DuckDB writes Parquet only to a file, and its own
 * encryption cannot write offline (docs/decisions/0011-journal.md), so a sealed project holds its
 * tables in this form instead of Parquet:
 *
 *   one JSON array per line: the first line the column names, then a line per row of cells
 *
 * Cells are JSON values as the engine reads them (text, number, boolean, null, a date as
 * `YYYY-MM-DD`); the column types come from the manifest, which is checked against them on reading.
 */

const NEWLINE = 0x0a;
const encoder = new TextEncoder();

/** The table's rows in their stored order, encoded (the hidden row order column is implied by it). */
export async function encodeRows(session: Session, table: string, source: SourceInfo): Promise<Uint8Array> {
  const names = source.columns.map((c) => c.name);
  const parts: Uint8Array[] = [encoder.encode(JSON.stringify(names) + '\n')];
  const list = names.map(ident).join(', ');
  await session.stream(`SELECT ${list} FROM ${ident(table)} ORDER BY ${ident(ROW_ORDER_COLUMN)}`, (rows) => {
    let text = '';
    for (const row of rows) text += JSON.stringify(row) + '\n';
    parts.push(encoder.encode(text));
  });
  return Buffer.concat(parts);
}

/**
 * Reads what `encodeRows` wrote into a new table named `table`. Anything that does not fit the
 * manifest (names, row count, a row's length, a cell that is not a JSON scalar, a cell of another
 * type than its column's) refuses the file: a sealed file cannot be altered without its key, so
 * this guards against a bug, not an attacker.
 */
export async function decodeRows(session: Session, table: string, source: SourceInfo, bytes: Uint8Array): Promise<void> {
  const corrupt = () => new WerkbankError('errors.project.corrupt');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const rows: Cell[][] = [];
  let header: unknown = undefined;
  let start = 0;
  // One pass over the bytes: each line is decoded and parsed once.
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(bytes.subarray(start, end)));
    } catch {
      throw corrupt();
    }
    start = end + 1;
    if (header === undefined) {
      header = value;
      continue;
    }
    if (!Array.isArray(value) || value.length !== source.columns.length) throw corrupt();
    for (let i = 0; i < value.length; i++) if (!fits(value[i], source.columns[i]!.type)) throw corrupt();
    rows.push(value as Cell[]);
  }
  const names = source.columns.map((c) => c.name);
  if (JSON.stringify(header) !== JSON.stringify(names) || rows.length !== source.rowCount) throw corrupt();
  const stored = await session.createTable(table, source.columns, rows);
  if (stored.some((c, i) => c.type !== source.columns[i]!.type)) throw corrupt();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fits(cell: unknown, type: SourceInfo['columns'][number]['type']): boolean {
  if (cell === null) return true;
  switch (type) {
    case 'integer':
      return typeof cell === 'number' && Number.isInteger(cell);
    case 'decimal':
      return typeof cell === 'number' && Number.isFinite(cell);
    case 'boolean':
      return typeof cell === 'boolean';
    case 'date':
      return typeof cell === 'string' && ISO_DATE.test(cell);
    default:
      return typeof cell === 'string';
  }
}
