import { message } from '../../../../shared/model/message';
import type { Delimiter, ImportOptions, TextEncoding } from '../../../../shared/model/source';
import type { CellGrid } from '../grid';
import { decodeText } from './decode';
import { parseCsv } from './parse-csv';
import { sniffDelimiter } from './sniff-delimiter';

export interface CsvGrid {
  grid: CellGrid;
  encoding: TextEncoding;
  delimiter: Delimiter;
}

/** Delimited text → grid of strings (one row per record). */
export function readCsvGrid(bytes: Uint8Array, fileName: string, options: ImportOptions = {}): CsvGrid {
  const { text, encoding } = decodeText(bytes, fileName, options.encoding);
  const delimiter = options.delimiter ?? sniffDelimiter(text);
  const { records, unclosedQuoteAt } = parseCsv(text, delimiter);
  const warnings = unclosedQuoteAt === null ? [] : [message('import.unclosedQuote', { row: unclosedQuoteAt })];
  return { grid: { rows: records, merges: [], errorCells: [], warnings }, encoding, delimiter };
}
