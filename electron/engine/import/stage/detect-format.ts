import { WerkbankError } from '../../../../shared/api/errors';
import type { FileFormat } from '../../../../shared/model/source';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .xls, but also a password-protected .xlsx. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const SPREADSHEET_EXTENSIONS = /\.(xlsx|xlsm|xls)$/i;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Decides the format by content, not by extension: exports are often misnamed. */
export function detectFormat(bytes: Uint8Array, fileName: string): FileFormat {
  if (bytes.length === 0) throw new WerkbankError('errors.import.empty', { file: fileName });
  if (startsWith(bytes, OLE_MAGIC)) throw new WerkbankError('errors.import.legacyXls', { file: fileName });
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (SPREADSHEET_EXTENSIONS.test(fileName)) throw new WerkbankError('errors.import.notASpreadsheet', { file: fileName });
  return 'csv';
}

/** PAR1: a Parquet file starts (and ends) with it. */
const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31];
const PARQUET_EXTENSION = /\.parquet$/i;
const SHEET_EXTENSIONS = /\.(xlsx|xlsm|xls|ods)$/i;

/** How stage 1 reads a file: which stager (stage/index.ts) it goes to. */
export type StageKind = 'text' | 'parquet' | 'spreadsheet';

/**
 * Decides by content, from the file's first bytes: Parquet by its magic number, zip (xlsx,
 * ods) and OLE compound files (legacy xls, password-protected workbooks) go to the spreadsheet
 * stager, which tells them apart; everything else is delimited text. A file named like a
 * spreadsheet or Parquet file that is neither is refused rather than read as text.
 */
export function detectStageKind(head: Uint8Array, fileName: string): StageKind {
  if (head.length === 0) throw new WerkbankError('errors.import.empty', { file: fileName });
  if (startsWith(head, PARQUET_MAGIC)) return 'parquet';
  if (startsWith(head, ZIP_MAGIC) || startsWith(head, OLE_MAGIC)) return 'spreadsheet';
  if (SHEET_EXTENSIONS.test(fileName)) throw new WerkbankError('errors.import.notASpreadsheet', { file: fileName });
  if (PARQUET_EXTENSION.test(fileName)) {
    throw new WerkbankError('errors.import.parquetInvalid', { file: fileName, detail: 'PAR1' });
  }
  return 'text';
}
