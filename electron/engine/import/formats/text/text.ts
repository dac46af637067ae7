import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WerkbankError } from '../../../../../shared/api/errors';
import { message, type Message } from '../../../../../shared/model/message';
import type { Delimiter, TextEncoding } from '../../../../../shared/model/source';
import { ident, str } from '../../../db/sql';
import { readFileHead } from '../../stage/read-file';
import type { DecodeJob } from './decode-worker';
import { type DecodeOutcome, runDecodeWorker } from './text-worker';
import { duckdbDetail, stagingTableName, throwIfCancelled } from '../../stage/duckdb-read';
import type { ScanResult } from './text-scan';
import { csvOptions, type DuckEncoding, readablePath, scanBytes } from './text-duckdb';
import { plainStorage, readPlain } from './text-plain-read';
import { HEAD_BYTES, iconvName, sniffText } from './text-sniff';
import { RAW_ROW, rawColumn } from '../../../db/reserved';
import { MAX_CELL_BYTES, MAX_IMPORT_COLUMNS, type SqlRunner, type StageContext, type StagedTable, type Stager } from '../../stage/types';

/** Excel's column limit; a record with more fields is not a table anyone exported. */
export const MAX_TEXT_COLUMNS = MAX_IMPORT_COLUMNS;

/**
 * The longest record and field read. DuckDB holds a record whole, several times over: a
 * 200 MB line took 5 GB and became one column name of 210 million characters. No export a
 * school gets comes near these (Excel's own cell limit is 32,767 characters).
 */
export const MAX_RECORD_BYTES = 8 * 2 ** 20;
export const MAX_FIELD_BYTES = MAX_CELL_BYTES;

/** DuckDB's default `max_line_size`; longer records need the option raised. */
const DUCKDB_MAX_LINE = 2_097_152;

/**
 * Stage 1 for delimited text (`.csv`, `.tsv`, `.txt`):
 *
 * 1. the first 64 KB give encoding and delimiter, and refuse what is not text (text-sniff.ts);
 * 2. DuckDB's `read_csv` reads the text into `__row, c1…cN` VARCHAR, every cell as text, as
 *    many columns as the widest record (ragged rows padded with NULL), with progress and cancel;
 * 3. meanwhile the whole file is checked once. A plain file (text-plain.ts: no quote, no blank
 *    record, no lone CR, valid bytes; most exports) needs no more than native byte searches,
 *    and DuckDB's own read shows whether a record is wider than the head's or a line too long
 *    (`readPlain`, text-plain-read.ts: read in parallel, the staged table a view numbering the
 *    rows by `rowid`). Any other file is scanned by a worker thread (decode-worker.ts): it checks
 *    that UTF-8 is UTF-8, counts the fields of the widest record, notes blank records (DuckDB
 *    skips them, so their numbers are put back into `__row`) and, for a single-byte file, the
 *    bytes 0x80–0x9F. A plain check that fails part-way stops the lean read, which is dropped,
 *    and the file goes this way.
 *
 * DuckDB reads UTF-8 and, natively, ISO-8859-1 ("latin-1"), which is Windows-1252 wherever a
 * file has no byte in 0x80–0x9F. So a UTF-8 or single-byte file is read where it is, while the
 * worker scans it, with the shape guessed from the first 64 KB; in the rare case the scan
 * contradicts the guess (a wider record further on, a quoted line break, a byte 0x80–0x9F,
 * bytes that are not UTF-8 after all), that read is dropped and the file read again as the
 * scan says. A Windows-1252 file with bytes 0x80–0x9F (€, curly quotes, dashes) and UTF-16 are
 * first transcoded by the worker into a temporary UTF-8 file.
 *
 * A file that looked like UTF-8 in its first 64 KB but is not is read as Windows-1252, with a
 * warning (unless the user chose UTF-8). Nothing is left behind on failure or cancel.
 */
export const stageDelimitedText: Stager = async (request, context, sql) => {
  const { path, fileName: file } = request;
  throwIfCancelled(context);
  const { head, size } = await readFileHead(path, HEAD_BYTES);
  const sniffed = sniffText(head, size > head.length, file, request.options);
  const { delimiter } = sniffed;
  const warnings: Message[] = [];
  const temporary: string[] = [];
  const table = stagingTableName();
  let encoding: TextEncoding = sniffed.encoding;
  try {
    let plan: Plan = sniffed.mixedUtf8 ? { kind: 'transcode', skip: sniffed.bom, mixed: true } : planFor(encoding, sniffed.bom);
    if (plan.kind === 'direct') {
      const plain = await readPlain(sql, context, table, path, head, sniffed.bom, size > head.length, delimiter, plan.duckEncoding, temporary);
      if (plain !== null) {
        context.progress('reading', 1);
        return { ...stagedTable(table, plain.columns, plain.rows, encoding, delimiter, warnings), storage: plainStorage(table) };
      }
    }
    let scan: ScanResult;
    for (;;) {
      if (plan.kind === 'transcode') {
        const outPath = join(context.tempDir, `${table}.csv`);
        temporary.push(outPath);
        const transcode = { from: plan.mixed ? ('utf8-mixed' as const) : iconvName(encoding)!, outPath };
        const outcome = await runDecodeWorker({ path, skip: plan.skip, delimiter, singleByte: false, transcode }, size, context);
        checkScan(outcome.scan, file);
        if (plan.mixed && outcome.utf8.invalidBytes > 0) {
          warnings.push(
            message('import.textMixedEncoding', { count: outcome.utf8.invalidBytes, row: outcome.utf8.firstInvalidRecord ?? 1 }),
          );
        }
        const readable = await readablePath(outPath, context, temporary);
        await readCsv(sql, context, file, table, readable, delimiter, shapeOf(outcome.scan, 'utf-8'), 'utf-8');
        scan = outcome.scan;
        break;
      }
      const singleByte = plan.duckEncoding === 'latin-1';
      const headScan = scanBytes(head.subarray(sniffed.bom), delimiter, singleByte);
      if (headScan.highControlBytes > 0) {
        // DuckDB's latin-1 reader refuses bytes 0x80–0x9F, and the first 64 KB has some.
        plan = { kind: 'transcode', skip: sniffed.bom, mixed: false };
        continue;
      }
      if (headScan.maxFields > MAX_TEXT_COLUMNS || headScan.maxFieldBytes > MAX_FIELD_BYTES) checkScan(headScan, file);
      const readable = await readablePath(path, context, temporary);
      const guess = shapeOf(headScan, plan.duckEncoding);
      const job = { path, skip: sniffed.bom, delimiter, singleByte, transcode: null };
      const { outcome, read } = await readWhileScanning(sql, context, file, table, readable, delimiter, guess, plan.duckEncoding, job, size);
      scan = outcome.scan;
      if (read) break;
      if (outcome.invalidUtf8) {
        // Real UTF-8 further up: keep it, and read only the stray bytes as Windows-1252.
        if (outcome.utf8.sawMultibyte) {
          plan = { kind: 'transcode', skip: sniffed.bom, mixed: true };
          continue;
        }
        // Chosen by the user, or announced by a byte order mark: the file is wrong, not the guess.
        if (request.options.encoding || encoding === 'utf-8-bom') throw new WerkbankError('errors.import.textInvalidUtf8', { file });
        encoding = 'windows-1252';
        warnings.push(message('import.textEncodingGuessed', { encoding: 'Windows-1252' }));
        plan = planFor(encoding, 0);
        continue;
      }
      if (singleByte && scan.highControlBytes > 0) {
        plan = { kind: 'transcode', skip: sniffed.bom, mixed: false };
        continue;
      }
      checkScan(scan, file);
      // The guess was wrong about the shape: read again as the scan says.
      await readCsv(sql, context, file, table, readable, delimiter, shapeOf(scan, plan.duckEncoding), plan.duckEncoding);
      break;
    }
    // The direct read may have stood without a check of the whole file: the limits hold for every path.
    checkScan(scan, file);
    if (scan.unclosedQuoteAt !== null) warnings.push(message('import.textUnclosedQuote', { row: scan.unclosedQuoteAt }));
    const { cr, crlf, lf } = scan.lineEnds;
    if (cr > 0 && crlf + lf > 0) {
      // Mixed line ends (text pasted from elsewhere): each lone CR ends a row, which may split one.
      warnings.push(message('import.textLoneCr', { count: cr, row: scan.firstLoneCr ?? 1, usual: crlf >= lf ? 'CRLF' : 'LF' }));
    }
    throwIfCancelled(context);

    const columns = scan.maxFields;
    // One-column files keep their blank records as NULL rows (DuckDB's own rule); wider ones lose them.
    const blanks = columns > 1 ? scan.blankRecords : [];
    // Blank records after the last row (a file ending in empty lines) change no number.
    if (blanks.length > 0 && blanks[0]! - 1 < scan.records - blanks.length) {
      await renumber(sql, table, blanks, columns, context.tempDir);
    }
    const rowCount = await countRows(sql, table);
    if (rowCount !== scan.records - blanks.length) {
      // DuckDB and the worker read the records differently (an unusual quote or line break):
      // row numbers after the difference may be off. Say so rather than be silently wrong.
      warnings.push(message('import.textRowNumbersUncertain', { records: scan.records - blanks.length, rows: rowCount }));
    }
    context.progress('reading', 1);
    return stagedTable(table, columns, rowCount, encoding, delimiter, warnings);
  } catch (err) {
    for (const name of [table, renumberedName(table), plainStorage(table)]) await sql.run(`DROP TABLE IF EXISTS ${ident(name)}`).catch(() => undefined);
    if (context.signal.aborted) throw new WerkbankError('errors.import.cancelled');
    throw err;
  } finally {
    await Promise.all(temporary.map((p) => rm(p, { force: true })));
  }
};

function stagedTable(table: string, columns: number, rows: number, encoding: TextEncoding, delimiter: Delimiter, warnings: Message[]): StagedTable {
  return {
    table,
    columnCount: columns,
    rowCount: rows,
    format: 'csv',
    encoding,
    delimiter,
    sheets: [],
    sheet: null,
    merges: [],
    hiddenRows: [],
    hiddenColumns: [],
    numericColumns: [],
    typedColumns: null,
    warnings,
  };
}

/**
 * How a file is read: where it is (by DuckDB's own decoder), or transcoded to UTF-8 first
 * (`mixed`: UTF-8 with stray single bytes, see utf8-mixed.ts).
 */
type Plan = { kind: 'direct'; duckEncoding: DuckEncoding } | { kind: 'transcode'; skip: number; mixed: boolean };

function planFor(encoding: TextEncoding, bom: number): Plan {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return { kind: 'direct', duckEncoding: 'utf-8' };
    case 'windows-1252':
    case 'iso-8859-1':
      return { kind: 'direct', duckEncoding: 'latin-1' };
    default:
      return { kind: 'transcode', skip: bom, mixed: false };
  }
}

/** What `read_csv` needs to know of the records. */
interface ReadShape {
  columns: number;
  /** DuckDB's parallel reader cannot pad ragged rows when a quoted field holds a line break. */
  parallel: boolean;
  /** `max_line_size` when a record is longer than DuckDB's default. */
  maxLine: number | null;
}

function shapeOf(scan: ScanResult, encoding: DuckEncoding): ReadShape {
  // A latin-1 byte may become two UTF-8 bytes in DuckDB's buffer.
  const line = scan.maxRecordBytes * (encoding === 'latin-1' ? 2 : 1) + 1024;
  return { columns: scan.maxFields, parallel: !scan.quotedLineBreak, maxLine: line > DUCKDB_MAX_LINE ? line : null };
}

/** The records as read with `used` are the records as the scan found them. */
function fits(actual: ReadShape, used: ReadShape): boolean {
  return (
    actual.columns === used.columns &&
    (actual.parallel || !used.parallel) &&
    (actual.maxLine ?? DUCKDB_MAX_LINE) <= (used.maxLine ?? DUCKDB_MAX_LINE)
  );
}

/** Runs the read; a DuckDB failure that is not a cancel becomes `errors.import.textUnreadable`. */
async function readCsv(
  sql: SqlRunner,
  context: StageContext,
  file: string,
  table: string,
  path: string,
  delimiter: string,
  shape: ReadShape,
  encoding: DuckEncoding,
  progress: (fraction: number | null) => void = (fraction) => context.progress('reading', fraction),
  signal: AbortSignal = context.signal,
): Promise<void> {
  try {
    await sql.run(readCsvSql(table, path, delimiter, shape, encoding), { onProgress: progress, signal });
  } catch (err) {
    throwIfCancelled(context);
    throw new WerkbankError('errors.import.textUnreadable', { file, detail: duckdbDetail(err) });
  }
}

/**
 * DuckDB reads the file with the shape guessed from its head while the worker scans all of
 * it; `read` tells whether the table stands (the scan confirmed the guess). Otherwise the
 * read is stopped and its table dropped, and the scan says what to do instead. Progress is
 * the slower of the two.
 */
async function readWhileScanning(
  sql: SqlRunner,
  context: StageContext,
  file: string,
  table: string,
  path: string,
  delimiter: string,
  guess: ReadShape,
  encoding: DuckEncoding,
  job: Omit<DecodeJob, 'cancel' | 'kind'>,
  size: number,
): Promise<{ outcome: DecodeOutcome; read: boolean }> {
  const stop = new AbortController();
  const signal = AbortSignal.any([context.signal, stop.signal]);
  const fractions: [number | null, number | null] = [0, null];
  const report = (index: 0 | 1, fraction: number | null) => {
    fractions[index] = fraction;
    const known = fractions.filter((f): f is number => f !== null);
    context.progress('reading', known.length ? Math.min(...known) : null);
  };
  const reading = readCsv(sql, context, file, table, path, delimiter, guess, encoding, (f) => report(1, f), signal).then(
    () => null,
    (err: unknown) => err,
  );
  let outcome: DecodeOutcome;
  try {
    outcome = await runDecodeWorker(job, size, { ...context, progress: (_phase, f) => report(0, f) });
  } catch (err) {
    stop.abort();
    await reading;
    throw err;
  }
  const scan = outcome.scan;
  const confirmed =
    !outcome.invalidUtf8 &&
    scan.nulBytes === 0 &&
    !(encoding === 'latin-1' && scan.highControlBytes > 0) &&
    fits(shapeOf(scan, encoding), guess);
  if (!confirmed) {
    stop.abort();
    await reading;
    await sql.run(`DROP TABLE IF EXISTS ${ident(table)}`);
    return { outcome, read: false };
  }
  const failed = await reading;
  if (failed) throw failed;
  return { outcome, read: true };
}

/** Refuses what the whole-file scan shows is not a table of text. */
function checkScan(scan: ScanResult, file: string): void {
  if (scan.nulBytes > 0) throw new WerkbankError('errors.import.binaryFile', { file });
  if (scan.records === scan.blankRecords.length) throw new WerkbankError('errors.import.empty', { file });
  if (scan.maxFields > MAX_TEXT_COLUMNS) {
    throw new WerkbankError('errors.import.textTooManyColumns', { file, columns: scan.maxFields, max: MAX_TEXT_COLUMNS });
  }
  const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  const limits = [
    ['errors.import.textFieldTooLong', scan.maxFieldBytes, MAX_FIELD_BYTES, scan.longestFieldRecord],
    ['errors.import.textRecordTooLong', scan.maxRecordBytes, MAX_RECORD_BYTES, scan.longestRecord],
  ] as const;
  for (const [code, size, max, row] of limits) {
    if (size > max) throw new WerkbankError(code, { file, row, sizeMb: mb(size), maxMb: mb(max) });
  }
}

/**
 * The `read_csv` call. Everything is given, nothing sniffed: `all_varchar` keeps every cell
 * as text (` 2023054` keeps its space, `0045` its zeros); `null_padding` pads short records;
 * `strict_mode=false` takes sloppy quoting as Excel does; `columns` is as wide as the widest
 * record, so nothing is cut off. `WITH ORDINALITY` numbers rows in file order; it keeps the read
 * on one thread, but this read is only for files that are not plain, which blank records
 * (renumbered) and quoted line breaks (read on one thread anyway) make the rarer ones.
 */
function readCsvSql(table: string, path: string, delimiter: string, shape: ReadShape, encoding: DuckEncoding): string {
  const names = Array.from({ length: shape.columns }, (_, i) => rawColumn(i + 1));
  const options = csvOptions(names, delimiter, encoding, shape.parallel);
  if (shape.maxLine !== null) options.push(`max_line_size = ${shape.maxLine}`);
  return (
    `CREATE TABLE ${ident(table)} AS SELECT ordinality AS ${ident(RAW_ROW)}, ${names.map(ident).join(', ')} ` +
    `FROM read_csv(${str(path)}, ${options.join(', ')}) WITH ORDINALITY`
  );
}

/**
 * Gives rows their record numbers back after DuckDB skipped blank records: the j-th blank
 * record comes after `b_j - j` non-blank ones, so a row numbered k by DuckDB moves up by the
 * number of blanks with `b_j - j < k` (an ASOF join on the blanks' running count). The steps
 * go to DuckDB as a small CSV file, not as SQL text: a file of two million alternating blank
 * lines made a VALUES list that took 32 s and 3 GB to parse.
 */
async function renumber(sql: SqlRunner, table: string, blanks: number[], columns: number, tempDir: string): Promise<void> {
  const steps = new Map<number, number>();
  blanks.forEach((b, index) => steps.set(b - (index + 1), index + 1));
  const stepsPath = join(tempDir, `${table}-blanks.csv`);
  const lines: string[] = [];
  for (const [before, count] of steps) lines.push(`${before},${count}\n`);
  await writeFile(stepsPath, lines.join(''));
  const names = Array.from({ length: columns }, (_, i) => `r.${ident(rawColumn(i + 1))}`).join(', ');
  const renumbered = renumberedName(table);
  const row = ident(RAW_ROW);
  try {
    // The temp folder is the run's own (like the spreadsheet parts read from it).
    const blanksSql =
      `SELECT * FROM read_csv(${str(stepsPath)}, header = false, auto_detect = false, delim = ',', ` +
      `columns = {'before': 'BIGINT', 'blanks': 'BIGINT'})`;
    await sql.run(
      `CREATE TABLE ${ident(renumbered)} AS SELECT r.${row} + coalesce(g.blanks, 0) AS ${row}, ${names} ` +
        `FROM ${ident(table)} r ASOF LEFT JOIN (${blanksSql}) g ON r.${row} > g.before ORDER BY 1`,
    );
  } finally {
    await rm(stepsPath, { force: true });
  }
  await sql.run(`DROP TABLE ${ident(table)}`);
  await sql.run(`ALTER TABLE ${ident(renumbered)} RENAME TO ${ident(table)}`);
}

const renumberedName = (table: string) => `${table}_n`;

async function countRows(sql: SqlRunner, table: string): Promise<number> {
  const [[count]] = (await sql.rows(`SELECT count(*) FROM ${ident(table)}`)) as [[number | bigint]];
  return Number(count);
}
