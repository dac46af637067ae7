import iconv from 'iconv-lite';

/**
 * UTF-8 with stray single bytes: a file saved as UTF-8 into which a few Windows-1252 bytes
 * were pasted (a name typed in an old program, a line appended by a script). Reading the
 * whole file as Windows-1252 turns every valid `é` into `Ã©`; refusing it loses the file.
 * Instead each valid UTF-8 sequence is kept and each byte that is not part of one is read
 * as Windows-1252, and the caller warns with the count and the first row.
 *
 * A linear byte loop with the sequence rules of the Unicode standard (table 3-7: no overlong
 * forms, no surrogates, nothing above U+10FFFF). A sequence cut off by the end of a chunk is
 * kept back for the next one.
 */

/** Windows-1252 bytes 0x80–0xFF as UTF-8, from iconv-lite's own table (as the 1252 transcoder). */
const SINGLE: Buffer[] = Array.from({ length: 128 }, (_, i) => Buffer.from(iconv.decode(Buffer.of(0x80 + i), 'win1252'), 'utf8'));

/**
 * Length of the valid UTF-8 sequence starting at `i` (1–4), 0 when the bytes there are not
 * one, or -1 when the sequence is valid so far but runs past `end` (cut off).
 */
function sequenceAt(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i]!;
  if (b < 0x80) return 1;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    else if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    else if (b === 0xf4) hi = 0x8f;
  } else return 0;
  for (let k = 1; k <= need; k++) {
    if (i + k >= end) return -1;
    const c = bytes[i + k]!;
    if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return 0;
  }
  return need + 1;
}

export interface Utf8Evidence {
  /** Valid multi-byte sequences (characters beyond ASCII written as UTF-8). */
  sequences: number;
  /** Bytes that are not part of a valid sequence. */
  invalid: number;
}

/** Counts valid multi-byte sequences and invalid bytes; a sequence cut off at the end counts as neither. */
export function utf8Evidence(bytes: Uint8Array): Utf8Evidence {
  let sequences = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = sequenceAt(bytes, i, bytes.length);
    if (length === -1) break;
    if (length === 0) {
      invalid++;
      i++;
    } else {
      sequences++;
      i += length;
    }
  }
  return { sequences, invalid };
}

/** Streams bytes to UTF-8: valid UTF-8 as it is, every other byte as its Windows-1252 character. */
export class MixedUtf8Transcoder {
  /** Bytes read as Windows-1252 so far. */
  invalid = 0;
  private carry: Uint8Array = new Uint8Array(0);
  private out = Buffer.alloc(0);

  /**
   * The chunk as UTF-8, and the offset in that output of the first byte read as
   * Windows-1252 in this chunk (null when none), so the caller can tell its record.
   */
  write(chunk: Uint8Array): { utf8: Buffer; firstInvalidAt: number | null } {
    return this.convert(this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk, false);
  }

  /** The rest: a sequence cut off by the end of the file is read byte by byte. */
  end(): { utf8: Buffer; firstInvalidAt: number | null } {
    return this.convert(this.carry, true);
  }

  private convert(bytes: Uint8Array, last: boolean): { utf8: Buffer; firstInvalidAt: number | null } {
    // At most three output bytes per input byte (a Windows-1252 byte such as € is three).
    if (this.out.length < bytes.length * 3) this.out = Buffer.allocUnsafe(bytes.length * 3);
    const out = this.out;
    let o = 0;
    let firstInvalidAt: number | null = null;
    let i = 0;
    const n = bytes.length;
    while (i < n) {
      const b = bytes[i]!;
      if (b < 0x80) {
        out[o++] = b;
        i++;
        continue;
      }
      let length = sequenceAt(bytes, i, n);
      if (length === -1) {
        if (!last) break; // cut off: wait for the next chunk
        length = 0;
      }
      if (length === 0) {
        firstInvalidAt ??= o;
        this.invalid++;
        const single = SINGLE[b - 0x80]!;
        for (let k = 0; k < single.length; k++) out[o++] = single[k]!;
        i++;
      } else {
        for (let k = 0; k < length; k++) out[o++] = bytes[i + k]!;
        i += length;
      }
    }
    this.carry = i < n ? Uint8Array.from(bytes.subarray(i)) : new Uint8Array(0);
    return { utf8: out.subarray(0, o), firstInvalidAt };
  }
}
