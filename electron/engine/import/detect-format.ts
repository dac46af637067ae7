import { WerkbankError } from '../../../shared/api/errors';
import type { FileFormat } from '../../../shared/model/source';

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
