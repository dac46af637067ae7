import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { WerkbankError } from '../../../../../shared/api/errors';
import type { Delimiter, TextEncoding } from '../../../../../shared/model/source';
import { sniffDelimiter } from './sniff-delimiter';
import { foreignFileError, foreignKindOfHead } from '../../stage/foreign';
import { type IconvEncoding, wholeUtf8Length } from './text-scan';
import { MixedUtf8Transcoder, type Utf8Evidence, utf8Evidence } from './utf8-mixed';

/** How much of the file the sniffers read: encoding, delimiter and the binary check. */
export const HEAD_BYTES = 64 * 1024;

export interface SniffedText {
  encoding: TextEncoding;
  /** Bytes of the byte order mark to skip (0 when none). */
  bom: number;
  delimiter: Delimiter;
  /**
   * UTF-8 with bytes that are not (stray Windows-1252 pasted in): read by the mixed transcoder,
   * valid sequences as UTF-8 and the other bytes as Windows-1252.
   */
  mixedUtf8: boolean;
}

/**
 * The iconv-lite codec for an encoding that DuckDB cannot read itself (null for UTF-8).
 *
 * Windows-1252 and ISO-8859-1 agree on every byte except 0x80–0x9F: ISO-8859-1 has invisible
 * C1 control codes there, Windows-1252 the characters € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – —
 * ˜ ™ š › œ ž Ÿ. Files called "Latin-1" are in practice almost always Windows-1252 (browsers
 * decode the label that way too), so detection says windows-1252 and ISO-8859-1 is used only
 * when asked. Node's own TextDecoder('windows-1252') is not used: Node 20 maps 0x80–0x9F to
 * the C1 controls, i.e. decodes it as ISO-8859-1, losing €, curly quotes and dashes.
 */
export function iconvName(encoding: TextEncoding): IconvEncoding | null {
  switch (encoding) {
    case 'utf-8':
    case 'utf-8-bom':
      return null;
    case 'windows-1252':
      return 'win1252';
    case 'iso-8859-1':
      return 'latin1';
    case 'utf-16le':
      return 'utf16le';
    case 'utf-16be':
      return 'utf16be';
  }
}

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

/** UTF-16 without a byte order mark: ASCII-heavy text has a NUL in every other byte. */
function bomlessUtf16(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) evenZero++;
    if (head[2 * i + 1] === 0) oddZero++;
  }
  if (oddZero >= pairs * 0.6 && evenZero <= pairs * 0.02) return 'utf-16le';
  if (evenZero >= pairs * 0.6 && oddZero <= pairs * 0.02) return 'utf-16be';
  return null;
}

/** Decodes the head for sniffing (a cut-off last character is dropped). */
export function decodeHead(head: Uint8Array, encoding: TextEncoding, bom: number, mixedUtf8 = false): string {
  const body = head.subarray(bom);
  if (mixedUtf8) return new MixedUtf8Transcoder().write(body).utf8.toString('utf8');
  const codec = iconvName(encoding);
  if (codec === null) return new TextDecoder('utf-8').decode(body.subarray(0, wholeUtf8Length(body)));
  const even = codec.startsWith('utf16') ? body.subarray(0, body.length - (body.length % 2)) : body;
  return iconv.decode(Buffer.from(even.buffer, even.byteOffset, even.length), codec, { stripBOM: false });
}

/**
 * Share of characters that no text export contains: C0 control codes other than tab, line
 * breaks, form feed and vertical tab (Excel writes VT for a line break inside a cell in some
 * exports) and SUB (old DOS end-of-file), plus U+FFFD (undecodable input) and, for
 * Windows-1252, the five bytes it leaves undefined.
 */
function oddCharacterShare(text: string): number {
  if (text.length === 0) return 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0b && c !== 0x0c && c !== 0x1a) odd++;
    } else if (c === 0xfffd || c === 0x81 || c === 0x8d || c === 0x8f || c === 0x90 || c === 0x9d) {
      odd++;
    }
  }
  return odd / text.length;
}

/** Share of bytes above 0x7F. */
function highByteShare(bytes: Uint8Array): number {
  let high = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) high++;
  // A handful of bytes says nothing (`é;è` is fine).
  return high < 32 ? 0 : high / bytes.length;
}

/**
 * Valid multi-byte sequences at least as many as the bytes that are not: UTF-8 with stray
 * bytes. Text in a double-byte encoding (GBK, Shift-JIS) forms a valid UTF-8 pair only by
 * accident, among many invalid bytes.
 */
const mostlyUtf8 = (e: Utf8Evidence) => e.sequences > 0 && e.sequences >= e.invalid;

/**
 * More than this share of bytes above 0x7F: not a Western single-byte text. Dutch and French
 * text in Windows-1252 stays far below it (é, ë, ç are one byte among many).
 */
const MAX_HIGH_SHARE = 0.3;

/** More than this share of odd characters in the head: not text in this encoding. */
const MAX_ODD_SHARE = 0.01;

/**
 * Detects encoding and delimiter from the file's first bytes (at most HEAD_BYTES; `truncated`
 * when the file goes on), and refuses what is not delimited text. Detection: a byte order mark
 * (UTF-8, UTF-16 LE/BE; UTF-32 is refused), else UTF-16 by its NUL pattern, else UTF-8 when
 * the bytes are valid UTF-8, else Windows-1252. The options override encoding and delimiter.
 */
export function sniffText(
  head: Uint8Array,
  truncated: boolean,
  fileName: string,
  options: { encoding?: TextEncoding; delimiter?: Delimiter },
): SniffedText {
  const file = fileName;
  if (head.length === 0) throw new WerkbankError('errors.import.empty', { file });
  if (startsWith(head, [0x00, 0x00, 0xfe, 0xff]) || startsWith(head, [0xff, 0xfe, 0x00, 0x00])) {
    throw new WerkbankError('errors.import.textUnknownEncoding', { file });
  }
  let detected: TextEncoding;
  let bom = 0;
  let mixedUtf8 = false;
  const whole = (b: Uint8Array) => b.subarray(0, truncated ? wholeUtf8Length(b) : b.length);
  if (startsWith(head, [0xef, 0xbb, 0xbf])) [detected, bom] = ['utf-8-bom', 3];
  else if (startsWith(head, [0xff, 0xfe])) [detected, bom] = ['utf-16le', 2];
  else if (startsWith(head, [0xfe, 0xff])) [detected, bom] = ['utf-16be', 2];
  else {
    const utf16 = bomlessUtf16(head);
    if (utf16) detected = utf16;
    else {
      // A PDF, image or archive may show no NUL byte in its first 64 KB: known by its signature.
      const foreign = foreignKindOfHead(head);
      if (foreign) throw foreignFileError(foreign, file);
      if (head.includes(0)) throw new WerkbankError('errors.import.binaryFile', { file });
      // Invalid bytes beside valid multi-byte sequences: UTF-8 with stray bytes, not Windows-1252.
      if (isUtf8(whole(head))) detected = 'utf-8';
      else if (mostlyUtf8(utf8Evidence(head))) [detected, mixedUtf8] = ['utf-8', true];
      else detected = 'windows-1252';
    }
  }
  const encoding = options.encoding ?? detected;
  // A byte order mark is skipped only when it belongs to the encoding read.
  const family = (e: TextEncoding) => (e === 'utf-8-bom' ? 'utf-8' : e);
  if (family(encoding) !== family(detected)) bom = 0;

  if (family(encoding) !== 'utf-8') mixedUtf8 = false;
  if (family(encoding) === 'utf-8') {
    // UTF-8 chosen by the user or announced by a byte order mark, and yet not UTF-8: stray
    // bytes beside real UTF-8 are read as Windows-1252; a file without any UTF-8 is refused.
    const body = head.subarray(bom);
    mixedUtf8 = !isUtf8(whole(body));
    if (mixedUtf8 && utf8Evidence(body).sequences === 0) throw new WerkbankError('errors.import.textInvalidUtf8', { file });
  } else if (!options.encoding && detected === 'windows-1252' && highByteShare(head) > MAX_HIGH_SHARE) {
    // Western text has a few accented letters; this many bytes above 0x7F is another script's
    // encoding (Shift-JIS, GBK, KOI8 …), which would read as nonsense.
    throw new WerkbankError('errors.import.textUnknownEncoding', { file });
  }
  const text = decodeHead(head, encoding, bom, mixedUtf8);
  if (text.includes('\0')) throw new WerkbankError('errors.import.binaryFile', { file });
  if (oddCharacterShare(text) > MAX_ODD_SHARE) {
    throw new WerkbankError(
      encoding.startsWith('utf-16') ? 'errors.import.textUnknownEncoding' : 'errors.import.binaryFile',
      { file },
    );
  }
  const delimiter = options.delimiter ?? sniffDelimiter(text, truncated);
  // Nothing but blanks, delimiters and quotes: no cell has content.
  if (!truncated && [...text].every((c) => c === delimiter || c === '"' || /[\s\uFEFF]/.test(c))) {
    throw new WerkbankError('errors.import.empty', { file });
  }
  return { encoding, bom, delimiter, mixedUtf8 };
}
