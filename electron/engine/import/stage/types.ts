import type { Message } from '../../../../shared/model/message';
import type { Delimiter, FileFormat, ImportOptions, SheetInfo, TextEncoding } from '../../../../shared/model/source';
import type { ColumnInfo } from '../../../../shared/model/table';
import type { MergeRange } from './grid';

/**
 * The import pipeline has three stages, each in its own module:
 *
 *   stage    (stage/, formats/) file → a raw DuckDB table of text cells, as the file has them;
 *                            decoding, CSV dialect, xlsx/ods sheets, in a worker or in DuckDB,
 *                            with progress and cancel. Knows nothing of headers or types.
 *   analyse  (analyse/*.ts)  raw table + options → header row, columns, types, mappings,
 *                            rows left out, values not fitting: the preview and the plan.
 *   convert  (analyse/*.ts)  raw table + plan → the typed source table (one SQL statement).
 *
 * Big files never become JS objects row by row on the main thread: DuckDB reads text
 * files itself; spreadsheets are parsed in a worker thread that writes a temporary CSV.
 */

/**
 * The widest table the workbench imports. Excel allows 16,384 columns, but analysing each
 * column costs about 17 ms however few rows there are (measured: 2,000 columns took 34 s),
 * and no school export comes near this: wider files are refused with a message.
 */
export const MAX_IMPORT_COLUMNS = 1_024;

/**
 * The longest cell read, in bytes of text (a spreadsheet cell: in characters). Excel itself
 * holds at most 32,767 characters in a cell; a longer one is a damaged or hostile file, and
 * each megabyte of cell is held several times over while it is read and shown.
 */
export const MAX_CELL_BYTES = 2 ** 20;

export interface StageRequest {
  /** The file on disk (resolved from a FileRef by the caller). */
  path: string;
  /** The name the user knows the file by, for messages. */
  fileName: string;
  /** Only sheet, encoding and delimiter matter to staging; the rest is for analysis. */
  options: Pick<ImportOptions, 'sheet' | 'encoding' | 'delimiter'>;
}

export interface StageContext {
  /** Phase is a catalogue key under `jobs.phase.` (e.g. 'decoding', 'reading'); fraction 0…1 or null. */
  progress(phase: string, fraction: number | null): void;
  /** Aborted when the user cancels: stop, clean up, throw WerkbankError('errors.import.cancelled'). */
  signal: AbortSignal;
  /** A private folder for temporary files (deleted by the caller afterwards). */
  tempDir: string;
}

/**
 * Canonical text in the raw table, so analysis reads every format alike:
 * - text cells as in the file (not trimmed; CSV cells exactly as between the delimiters);
 * - spreadsheet numbers as JavaScript prints them (`23.5`, `1e-7`), flagged in `numericCells`;
 * - spreadsheet dates `yyyy-mm-dd`, date-times `yyyy-mm-dd hh:mm:ss`;
 * - booleans `TRUE` / `FALSE`; empty cells and error values NULL (errors reported in warnings).
 */
export interface StagedTable {
  /** DuckDB table: RAW_ROW (db/reserved.ts) BIGINT, then c1…cN VARCHAR. Fully empty rows may be absent. */
  table: string;
  /**
   * Set when `table` is a view over a table of its own (a plain text file, whose rows the view
   * numbers by `rowid`: formats/text/text-plain-read.ts): dropped with it.
   */
  storage?: string;
  columnCount: number;
  /** Rows in the raw table. */
  rowCount: number;
  format: FileFormat;
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  /** Spreadsheets: every sheet; the one staged in `sheet`. */
  sheets: SheetInfo[];
  sheet: string | null;
  /** Spreadsheets: merged ranges (0-based, inclusive). */
  merges: MergeRange[];
  /** Spreadsheets: 1-based rows and columns the sheet hides. */
  hiddenRows: number[];
  hiddenColumns: number[];
  /**
   * Spreadsheets: 1-based column indexes whose non-empty cells the file stored as numbers
   * (so `1.234` there is one point two three four, never a thousands dot).
   */
  numericColumns: number[];
  /** Parquet: the file's own typed columns; analysis then skips header detection and typing. */
  // Parquet layout (formats/parquet/parquet.ts): no header row, every row is data (__row = 1-based row in the file); c(i+1) is typedColumns[i], stored as db/sql.ts duckType(typedColumns[i].type) (BIGINT, DOUBLE, DATE, BOOLEAN or VARCHAR), not VARCHAR.
  typedColumns: ColumnInfo[] | null;
  /** What staging noticed (error cells, an unclosed quote, a ragged row …). */
  warnings: Message[];
}

/** Stages a file; implemented per format and dispatched in stage/index.ts. */
export type Stager = (request: StageRequest, context: StageContext, sql: SqlRunner) => Promise<StagedTable>;

/** The part of the engine's DuckDB session staging and analysis use. */
export interface SqlRunner {
  /** `options` (formats/text/text.ts, formats/parquet/parquet.ts): progress and cancel for a long statement. */
  run(sql: string, options?: RunOptions): Promise<void>;
  /** Rows as arrays of JS values (VARCHAR → string, BIGINT → number or bigint, NULL → null). */
  rows(sql: string): Promise<unknown[][]>;
}

/** Progress and cancel for one long statement (a CSV or Parquet read). */
export interface RunOptions {
  /** DuckDB's progress of the statement, 0…1 (null while unknown), about every 100 ms. */
  onProgress?: (fraction: number | null) => void;
  /** Aborting it interrupts the statement, which then rejects. */
  signal?: AbortSignal;
}
