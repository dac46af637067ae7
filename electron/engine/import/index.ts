import { basename } from 'node:path';
import { WerkbankError } from '../../../shared/api/errors';
import type { ImportOptions, InspectResult } from '../../../shared/model/source';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { type BuiltTable, buildTable } from './build-table';
import { readCsvGrid } from './csv/read-csv';
import { detectDecimalSeparator } from './decimal-separator';
import { detectFormat } from './detect-format';
import { type CellGrid, isEmptyRow } from './grid';
import { readFileBytes } from './read-file';
import { readXlsxGrid } from './xlsx/read-xlsx';

export interface ParsedTable {
  /** What was detected; also the JSON of `npm run cli -- inspect`. */
  inspect: InspectResult;
  /** Final unique, non-empty column names and their types. */
  columns: ColumnInfo[];
  /** Typed data rows: numbers, ISO `yyyy-mm-dd` dates, booleans, text; missing as null. */
  rows: Cell[][];
}

/** Reads a CSV or xlsx file into a typed table, detecting everything the options leave open. */
export async function readTable(path: string, options: ImportOptions = {}): Promise<ParsedTable> {
  const file = basename(path);
  const bytes = await readFileBytes(path);
  return parseTable(bytes, file, options);
}

/** What `readTable` would detect, without handing out the rows. */
export async function inspectFile(path: string, options: ImportOptions = {}): Promise<InspectResult> {
  return (await readTable(path, options)).inspect;
}

/** The same as `readTable` for bytes already in memory (uploads). */
export function parseTable(bytes: Uint8Array, file: string, options: ImportOptions = {}): ParsedTable {
  const format = detectFormat(bytes, file);
  if (format === 'xlsx') {
    const { grid, sheets, sheet } = readXlsxGrid(bytes, file, options.sheet);
    if (!hasContent(grid)) throw new WerkbankError('errors.import.emptySheet', { file, sheet });
    const decimal = detectDecimalSeparator(grid.rows, null);
    const table = buildTable(grid, options.headerRow, decimal);
    return finish(table, { file, format, encoding: null, delimiter: null, decimalSeparator: null, sheets, sheet });
  }
  const { grid, encoding, delimiter } = readCsvGrid(bytes, file, options);
  if (!hasContent(grid)) throw new WerkbankError('errors.import.empty', { file });
  const decimalSeparator = detectDecimalSeparator(grid.rows, delimiter);
  const table = buildTable(grid, options.headerRow, decimalSeparator);
  return finish(table, { file, format, encoding, delimiter, decimalSeparator, sheets: [], sheet: null });
}

function hasContent(grid: CellGrid): boolean {
  return grid.rows.some((row) => !isEmptyRow(row));
}

type Detected = Pick<InspectResult, 'file' | 'format' | 'encoding' | 'delimiter' | 'decimalSeparator' | 'sheets' | 'sheet'>;

function finish(table: BuiltTable, detected: Detected): ParsedTable {
  return {
    inspect: {
      ...detected,
      headerRow: table.headerRow,
      columns: table.columns,
      rowCount: table.rows.length,
      warnings: table.warnings,
    },
    columns: table.columns.map(({ name, type }) => ({ name, type })),
    rows: table.rows,
  };
}
