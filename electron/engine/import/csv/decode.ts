import iconv from 'iconv-lite';
import { WerkbankError } from '../../../../shared/api/errors';
import type { TextEncoding } from '../../../../shared/model/source';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const hasUtf8Bom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
const hasUtf16Bom = (b: Uint8Array) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/** NUL bytes do not occur in text exports; they mean a binary file (or UTF-16 without BOM). */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/**
 * Windows-1252 goes through iconv-lite: Node's TextDecoder('windows-1252') maps 0x80–0x9F
 * (€, curly quotes, dashes) wrongly, and those bytes are common in Excel's "CSV" exports.
 */
function decodeAs(bytes: Uint8Array, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') return iconv.decode(bytes, 'win1252');
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  return new TextDecoder('utf-8').decode(body);
}

/** UTF-8 with BOM, else UTF-8 if the bytes are valid UTF-8, else Windows-1252. */
export function decodeText(bytes: Uint8Array, fileName: string, override?: TextEncoding): DecodedText {
  if (hasUtf16Bom(bytes)) throw new WerkbankError('errors.import.utf16', { file: fileName });
  if (looksBinary(bytes)) throw new WerkbankError('errors.import.binaryFile', { file: fileName });
  if (override) return { text: decodeAs(bytes, override), encoding: override };
  if (hasUtf8Bom(bytes)) return { text: decodeAs(bytes, 'utf-8-bom'), encoding: 'utf-8-bom' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeAs(bytes, 'windows-1252'), encoding: 'windows-1252' };
  }
}
