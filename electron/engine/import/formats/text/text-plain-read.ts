/**
 * The lean read of a plain file (text-plain.ts): DuckDB alone reads it, in parallel, while a
 * native check of its bytes confirms that it is plain; rows are numbered by DuckDB's `rowid`.
 */
import { RAW_ROW, rawColumn } from '../../../db/reserved';
import { ident, str } from '../../../db/sql';
import { throwIfCancelled } from '../../stage/duckdb-read';
import { MAX_CELL_BYTES, MAX_IMPORT_COLUMNS, type SqlRunner, type StageContext } from '../../stage/types';
import { csvOptions, type DuckEncoding, readablePath, scanBytes } from './text-duckdb';
import { PlainCheck, plainFileCheck } from './text-plain';

/** The table that holds a plain file's rows; the staged table is a view over it. */
export const plainStorage = (table: string) => `${table}_rows`;

/**
 * The lean read of a plain file (text-plain.ts), with no JavaScript pass over its records:
 * DuckDB reads it, as many columns as the head's widest record plus one, while
 * `plainFileCheck` makes sure (natively, in 4 MB steps) that the rest of the file is plain too.
 * Empty fields read as '' there and the padding of shorter records as NULL, so the extra
 * column stays NULL exactly when no record is wider than the head's; `max_line_size` makes
 * DuckDB refuse a line over the cell limit. The read is then exactly the scanner's: the same
 * records (none blank, none split by a quote), fields and cells (empty ones NULL).
 *
 * The rows go into `plainStorage(table)` after a placeholder row, so that a row's `rowid` is its
 * record number (see `plainReadSql`), and `table` becomes the view `__row, c1…cN` over them.
 *
 * Null when any of this fails (not plain, wider, too long a line, not readable): the rows are
 * dropped and the caller reads the file the scanner's way, which also gives the right message.
 */
export async function readPlain(
  sql: SqlRunner,
  context: StageContext,
  table: string,
  path: string,
  head: Uint8Array,
  bom: number,
  truncated: boolean,
  delimiter: string,
  encoding: DuckEncoding,
  temporary: string[],
): Promise<{ columns: number; rows: number } | null> {
  const singleByte = encoding === 'latin-1';
  const body = head.subarray(bom);
  // The head first: a quote or a blank record there, and no read is wasted on the file.
  const headCheck = new PlainCheck(singleByte);
  if (!headCheck.push(body) || (!truncated && !headCheck.finish())) return null;
  const headScan = scanBytes(body, delimiter, singleByte);
  if (headScan.records === 0 || headScan.maxFields > MAX_IMPORT_COLUMNS || headScan.maxFieldBytes > MAX_CELL_BYTES) return null;
  const columns = headScan.maxFields;
  const readable = await readablePath(path, context, temporary);
  const storage = ident(plainStorage(table));
  const stop = new AbortController();
  const signal = AbortSignal.any([context.signal, stop.signal]);
  // Progress is the slower of DuckDB's read and the check (a small file reads before DuckDB says anything).
  const done = { read: 0, check: truncated ? 0 : 1 };
  const report = () => context.progress('reading', Math.min(done.read, done.check));
  const [create, insert] = plainReadSql(storage, readable, delimiter, columns, encoding);
  const reading = sql
    .run(create)
    .then(() =>
      sql.run(insert, {
        onProgress: (f) => {
          done.read = f ?? done.read;
          report();
        },
        signal,
      }),
    )
    .then(
      () => {
        done.read = 1;
        report();
        return null;
      },
      (err: unknown) => err,
    );
  const drop = () => sql.run(`DROP TABLE IF EXISTS ${storage}`);
  let notPlain: string | null;
  try {
    // A head that is the whole file has been checked already.
    notPlain = truncated
      ? await plainFileCheck(path, bom, singleByte, context.signal, (f) => {
          done.check = f;
          report();
        })
      : null;
  } catch (err) {
    stop.abort();
    await reading;
    await drop();
    throw err;
  }
  if (notPlain !== null) stop.abort();
  const failed = await reading;
  if (context.signal.aborted || notPlain !== null || failed !== null) {
    await drop();
    throwIfCancelled(context);
    return null;
  }
  const extra = ident(rawColumn(columns + 1));
  const counted = await sql.rows(`SELECT count(${extra}), count(*) FROM ${storage} WHERE rowid > 0`);
  const [[wider, rows]] = counted as [[number | bigint, number | bigint]];
  if (Number(wider) > 0 || Number(rows) === 0) {
    await drop();
    return null;
  }
  await sql.run(`ALTER TABLE ${storage} DROP COLUMN ${extra}`);
  const cells = Array.from({ length: columns }, (_, i) => ident(rawColumn(i + 1)));
  await sql.run(`CREATE VIEW ${ident(table)} AS SELECT rowid AS ${ident(RAW_ROW)}, ${cells.join(', ')} FROM ${storage} WHERE rowid > 0`);
  return { columns, rows: Number(rows) };
}

/**
 * The statements of the read (see readPlain): the table with its placeholder row, then the
 * file's records after it, one column more than the head's widest record.
 *
 * DuckDB reads in parallel and keeps the file's order as it inserts (`preserve_insertion_order`,
 * on by default: a parallel `read_csv` is inserted batch by batch in file order), so the row
 * after the placeholder, `rowid` 1, is record 1. A view with `rowid AS __row` then numbers the
 * rows with nothing stored: `WITH ORDINALITY` kept the read on one thread (0.10–0.15 s more on
 * the 1M-row bench file), numbering after the read cost that back (docs/decisions/0006, 0007).
 * The placeholder makes the number the `rowid` itself, not `rowid + 1`: DuckDB plans a filter
 * or a top-N on `rowid` with the table's row ranges, but not one on an expression of it (the
 * last 60 rows of the bench file: 10 ms against 90 ms).
 */
function plainReadSql(storage: string, path: string, delimiter: string, columns: number, encoding: DuckEncoding): [string, string] {
  const names = Array.from({ length: columns + 1 }, (_, i) => rawColumn(i + 1));
  const options = csvOptions(names, delimiter, encoding, true);
  // A line break is never a whole unquoted field: empty fields read as '', padding stays NULL.
  options.push(`nullstr = ${str('\n')}`, `max_line_size = ${MAX_CELL_BYTES}`);
  // Empty cells back to NULL, as every other read stores them.
  const cells = names.slice(0, columns).map((n) => `nullif(${ident(n)}, '') AS ${ident(n)}`);
  return [
    `CREATE TABLE ${storage} AS SELECT ${names.map((n) => `CAST(NULL AS VARCHAR) AS ${ident(n)}`).join(', ')}`,
    `INSERT INTO ${storage} SELECT ${cells.join(', ')}, ${ident(names[columns]!)} FROM read_csv(${str(path)}, ${options.join(', ')})`,
  ];
}
