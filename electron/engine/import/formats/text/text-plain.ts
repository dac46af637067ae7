/**
 * Whether a delimited text is "plain": a file DuckDB's `read_csv` reads exactly as the record
 * scanner (text-scan.ts) would, so that no JavaScript pass over every byte is needed. Plain is:
 *
 * - no quote byte: a record is a line and a field the text between two delimiters, so no
 *   quoted line break, no unclosed quote, and field counts are delimiters + 1;
 * - no NUL byte; UTF-8 that is valid UTF-8, or a single-byte file without a byte 0x80–0x9F
 *   (DuckDB's latin-1 reader refuses those);
 * - every CR followed by an LF (no lone CR to warn about; LF and CRLF may mix);
 * - no blank record (DuckDB skips them, and their numbers would have to be put back): no
 *   line break at the start, no LF followed by a line break.
 *
 * Everything else the scanner finds is checked by DuckDB itself while it reads (see text.ts
 * `readPlain`): the widest record by one column more than the head's widest, which must stay
 * empty, and the cell limit by `max_line_size`. The tests here are native (`indexOf`, `isUtf8`):
 * the 43 MB bench file in 55–65 ms, beside DuckDB's read (a third of it one `indexOf` per
 * CRLF), where the scanner's byte loop takes 0.13–0.17 s in a worker that has to start first.
 */
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import { WerkbankError } from '../../../../../shared/api/errors';
import { wholeUtf8Length } from './text-scan';

/** Why a file is not plain (for tests and measurements; the caller only needs "not plain"). */
export type NotPlain = 'quote' | 'nul' | 'encoding' | 'lone-cr' | 'blank-record';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BLANK_LF = Buffer.from('\n\n');
const BLANK_CRLF = Buffer.from('\n\r\n');
const EMPTY = new Uint8Array(0);

/** Feed `push` the bytes after the byte order mark in order (any chunk sizes), then `finish` once. */
export class PlainCheck {
  private started = false;
  /** UTF-8: the bytes of a sequence cut off at the end of the previous chunk. */
  private carry: Uint8Array = EMPTY;
  /** The last two bytes so far: a blank record may straddle two chunks. */
  private tail: Uint8Array = EMPTY;
  private pendingCr = false;
  private failed: NotPlain | null = null;

  /** `singleByte`: Windows-1252/ISO-8859-1 read by DuckDB's latin-1 reader, else UTF-8. */
  constructor(private readonly singleByte: boolean) {}

  /** Why the bytes so far are not plain, or null. */
  get reason(): NotPlain | null {
    return this.failed;
  }

  /** Returns false (and stops looking) as soon as the bytes so far are not plain. */
  push(chunk: Uint8Array): boolean {
    if (this.failed !== null) return false;
    if (chunk.length === 0) return true;
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    this.failed = this.check(bytes);
    return this.failed === null;
  }

  /** Whether the whole file is plain (an empty file is not: the scanner's path refuses it). */
  finish(): boolean {
    if (this.failed === null) {
      if (!this.started) this.failed = 'blank-record';
      else if (this.carry.length > 0) this.failed = 'encoding';
      else if (this.pendingCr) this.failed = 'lone-cr';
    }
    return this.failed === null;
  }

  private check(bytes: Buffer): NotPlain | null {
    if (!this.started) {
      this.started = true;
      if (bytes[0] === LF || bytes[0] === CR) return 'blank-record';
    }
    if (bytes.indexOf(QUOTE) !== -1) return 'quote';
    if (bytes.indexOf(0) !== -1) return 'nul';
    if (this.singleByte) {
      for (let b = 0x80; b <= 0x9f; b++) if (bytes.indexOf(b) !== -1) return 'encoding';
    } else {
      const joined = this.carry.length > 0 ? Buffer.concat([this.carry, bytes]) : bytes;
      const whole = wholeUtf8Length(joined);
      if (!isUtf8(joined.subarray(0, whole))) return 'encoding';
      this.carry = Uint8Array.from(joined.subarray(whole));
    }
    // A CR cut off at the end of the previous chunk needs an LF first here.
    if (this.pendingCr && bytes[0] !== LF) return 'lone-cr';
    this.pendingCr = false;
    const firstCr = bytes.indexOf(CR);
    for (let i = firstCr; i !== -1; i = bytes.indexOf(CR, i + 2)) {
      if (i + 1 === bytes.length) this.pendingCr = true;
      else if (bytes[i + 1] !== LF) return 'lone-cr';
    }
    // A blank record is an LF followed by a line break (lone CRs are excluded above).
    if (bytes.indexOf(BLANK_LF) !== -1 || (firstCr !== -1 && bytes.indexOf(BLANK_CRLF) !== -1)) return 'blank-record';
    const seam = Buffer.concat([this.tail, bytes.subarray(0, 2)]);
    if (this.tail.length > 0 && (seam.indexOf(BLANK_LF) !== -1 || seam.indexOf(BLANK_CRLF) !== -1)) return 'blank-record';
    this.tail = Uint8Array.from(bytes.length >= 2 ? bytes.subarray(bytes.length - 2) : Buffer.concat([this.tail, bytes]).subarray(-2));
    return null;
  }
}

/** Bytes read per step: the check is native, so a step takes a few milliseconds. */
const CHUNK = 4 << 20;

/**
 * Reads the file from `skip` in 4 MB steps (one buffer, reused) and checks that it is plain;
 * null when it is, else the first reason found (it stops there). Honours `signal` between
 * steps with `errors.import.cancelled`.
 */
export async function plainFileCheck(
  path: string,
  skip: number,
  singleByte: boolean,
  signal: AbortSignal,
  onProgress: (fraction: number) => void = () => {},
): Promise<NotPlain | null> {
  const check = new PlainCheck(singleByte);
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (let position = skip; ; ) {
      if (signal.aborted) throw new WerkbankError('errors.import.cancelled');
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      if (!check.push(buffer.subarray(0, bytesRead))) return check.reason;
      onProgress(size > 0 ? Math.min(1, position / size) : 1);
    }
  } finally {
    await handle.close();
  }
  return check.finish() ? null : check.reason;
}
