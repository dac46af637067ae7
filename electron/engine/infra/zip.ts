import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { createInflateRaw, crc32, inflateRawSync } from 'node:zlib';

/**
 * The one zip reader of the engine (docs/decisions/0003-zip-reading.md): xlsx and ods files
 * (import/formats/sheet/sheet-zip.ts) and `.werkbank` projects (project/store.ts), read from
 * disk by their central directory. fflate only writes zips.
 *
 * Written here rather than taken from fflate because a reader must (1) check every entry's
 * declared sizes against the zip-bomb limits BEFORE inflating anything, (2) stream one entry at
 * a time without holding the file, (3) refuse duplicate entries, and (4) inflate fast: on the
 * 50k × 25 benchmark sheet (46 MB of XML) Node's native zlib took 90 ms where fflate's
 * streaming Inflate took 360 ms (unzipSync 280 ms); opening a 91.5 MB project peaked at
 * 126 MB where unzipSync peaked at 261 MB.
 *
 * It knows nothing of spreadsheets or projects: it throws a `ZipError` of a plain kind, which
 * each caller turns into its own message.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** Uncompressed size as the central directory declares it. */
  size: number;
  localHeaderOffset: number;
}

export interface ZipLimits {
  /** Total uncompressed bytes of the entries read from one file. */
  maxTotalSize: number;
  /** Highest uncompressed : compressed ratio of an entry larger than `ratioFromSize`. */
  maxRatio: number;
  ratioFromSize: number;
  /** Uncompressed bytes of any one entry; no limit of its own when absent. */
  maxEntrySize?: number;
}

/**
 * - `damaged`: not a zip, truncated, inconsistent, or an entry that does not inflate to what
 *   the central directory declares (size, CRC);
 * - `tooLarge`: beyond the limits (declared, or found while inflating);
 * - `encrypted`: an entry carries the zip password flag;
 * - `duplicateEntry`: two entries of one name, or of names that differ only in case or in
 *   Unicode normalisation (`entry` names the second).
 */
export type ZipErrorKind = 'damaged' | 'tooLarge' | 'encrypted' | 'duplicateEntry';

export class ZipError extends Error {
  constructor(
    readonly kind: ZipErrorKind,
    readonly entry?: string,
  ) {
    super(entry === undefined ? `zip: ${kind}` : `zip: ${kind} (${entry})`);
    this.name = 'ZipError';
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 1 << 20;
const MAX_WHOLE_ENTRY = 64 * 2 ** 20;

/** Names that differ only in case or Unicode normalisation are one name to a user, and to Excel. */
const fold = (name: string) => name.normalize('NFC').toLowerCase();

export class ZipReader {
  private readonly entries = new Map<string, ZipEntry>();
  /** By folded name: relationships sometimes differ in case from the zip (Excel does not mind). */
  private readonly folded = new Map<string, ZipEntry>();
  /** Entries counted towards the total already: each counts once, however often it is read. */
  private readonly reserved = new Set<ZipEntry>();
  /** Uncompressed bytes reserved by `reserve` so far. */
  private used = 0;

  private constructor(
    private readonly path: string,
    private readonly fd: number,
    readonly fileSize: number,
    private readonly limits: ZipLimits,
  ) {}

  /**
   * Opens a zip and reads its central directory; a truncated or damaged one is refused
   * (`ZipError`). A file that cannot be opened throws the file system's own error.
   */
  static open(path: string, limits: ZipLimits): ZipReader {
    const fd = openSync(path, 'r');
    try {
      const zip = new ZipReader(path, fd, fstatSync(fd).size, limits);
      zip.readCentralDirectory();
      return zip;
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name) ?? this.folded.get(fold(name));
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Bytes of the file at `offset` (fewer at the end). */
  read(offset: number, length: number): Uint8Array {
    const n = Math.max(0, Math.min(length, this.fileSize - offset));
    const buf = Buffer.alloc(n);
    let done = 0;
    while (done < n) {
      const got = readSync(this.fd, buf, done, n - done, offset + done);
      if (got === 0) break;
      done += got;
    }
    return done === n ? buf : buf.subarray(0, done);
  }

  /**
   * Checks an entry's declared sizes against the limits before it is inflated and counts it
   * (once) towards the file's total: a zip bomb is refused from the central directory alone.
   * Reading an entry reserves it; a caller may reserve entries ahead to refuse a file early.
   */
  reserve(entry: ZipEntry): void {
    const { maxTotalSize, maxRatio, ratioFromSize, maxEntrySize } = this.limits;
    if (maxEntrySize !== undefined && entry.size > maxEntrySize) throw new ZipError('tooLarge', entry.name);
    if (entry.size > ratioFromSize && entry.size > maxRatio * Math.max(1, entry.compressedSize)) {
      throw new ZipError('tooLarge', entry.name);
    }
    if (this.reserved.has(entry)) return;
    this.reserved.add(entry);
    this.used += entry.size;
    if (this.used > maxTotalSize) throw new ZipError('tooLarge', entry.name);
  }

  /** A whole (small) entry, inflated, size- and CRC-checked; null if absent. */
  readEntry(name: string): Buffer | null {
    const entry = this.entry(name);
    if (!entry) return null;
    // Entries read whole (workbook, styles, relationships, a project's manifest) are kilobytes in any real file.
    if (entry.size > MAX_WHOLE_ENTRY) throw new ZipError('tooLarge', entry.name);
    this.reserve(entry);
    const raw = this.read(this.dataOffset(entry), entry.compressedSize);
    if (raw.length < entry.compressedSize) throw new ZipError('damaged', entry.name);
    let out: Buffer;
    if (entry.method === 0) out = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    else {
      try {
        // Never more than declared: a lying central directory cannot make this allocate more.
        out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
      } catch (error) {
        throw new ZipError((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'tooLarge' : 'damaged', entry.name);
      }
    }
    if (out.length !== entry.size || crc32(out) !== entry.crc) throw new ZipError('damaged', entry.name);
    return out;
  }

  /**
   * Streams an entry's inflated bytes to `onChunk`, checking while inflating that it never
   * grows beyond its declared size (a lying central directory), and its CRC at the end. When
   * `onChunk` returns a promise (a write to disk), the next chunk waits for it. What `onChunk`
   * throws passes through unchanged.
   */
  async streamEntry(name: string, onChunk: (chunk: Buffer) => void | Promise<void>): Promise<void> {
    const entry = this.entry(name);
    if (!entry) throw new ZipError('damaged', name);
    this.reserve(entry);
    const start = this.dataOffset(entry);
    if (start + entry.compressedSize > this.fileSize) throw new ZipError('damaged', entry.name);
    // Its own descriptor: a stream given ours would close it when destroyed.
    const input = createReadStream(this.path, {
      start,
      end: start + entry.compressedSize - 1,
      highWaterMark: CHUNK,
    });
    if (entry.compressedSize === 0) input.destroy();
    const source = entry.method === 0 ? input : input.pipe(createInflateRaw({ chunkSize: 256 * 1024 }));
    if (source !== input) input.on('error', (error) => source.destroy(error));
    let size = 0;
    let crc = 0;
    try {
      if (entry.compressedSize > 0) {
        for await (const chunk of source as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > entry.size) throw new ZipError('tooLarge', entry.name);
          crc = crc32(chunk, crc);
          const waiting = onChunk(chunk);
          if (waiting) await waiting;
        }
      }
    } catch (error) {
      // zlib: "unexpected end of file", "invalid block type" …
      if (!(error instanceof ZipError) && (error as { code?: unknown }).code?.toString().startsWith('Z_')) {
        throw new ZipError('damaged', entry.name);
      }
      throw error;
    } finally {
      input.destroy();
      if (source !== input) source.destroy();
    }
    if (size !== entry.size || crc !== entry.crc) throw new ZipError('damaged', entry.name);
  }

  private dataOffset(entry: ZipEntry): number {
    const header = this.read(entry.localHeaderOffset, 30);
    if (header.length < 30) throw new ZipError('damaged', entry.name);
    const view = new DataView(header.buffer, header.byteOffset, 30);
    if (view.getUint32(0, true) !== LOCAL) throw new ZipError('damaged', entry.name);
    return entry.localHeaderOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  }

  private readCentralDirectory(): void {
    const damaged = () => new ZipError('damaged');
    // The end record sits in the last 22 bytes plus an optional comment of up to 64 KiB.
    const tailLength = Math.min(this.fileSize, 22 + 0xffff);
    const tailStart = this.fileSize - tailLength;
    const tail = this.read(tailStart, tailLength);
    const tv = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tv.getUint32(i, true) === EOCD && i + 22 + tv.getUint16(i + 20, true) <= tail.length) {
        at = i;
        break;
      }
    }
    if (at === -1) throw damaged(); // a truncated download or copy
    let count = tv.getUint16(at + 10, true);
    let cdSize = tv.getUint32(at + 12, true);
    let cdOffset = tv.getUint32(at + 16, true);
    const eocdOffset = tailStart + at;
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const locator = this.read(eocdOffset - 20, 20);
      if (locator.length < 20) throw damaged();
      const lv = new DataView(locator.buffer, locator.byteOffset, 20);
      if (lv.getUint32(0, true) !== ZIP64_LOCATOR) throw damaged();
      const record = this.read(Number(lv.getBigUint64(8, true)), 56);
      if (record.length < 56) throw damaged();
      const rv = new DataView(record.buffer, record.byteOffset, 56);
      if (rv.getUint32(0, true) !== ZIP64_EOCD) throw damaged();
      count = Number(rv.getBigUint64(32, true));
      cdSize = Number(rv.getBigUint64(40, true));
      cdOffset = Number(rv.getBigUint64(48, true));
    }
    if (cdOffset + cdSize > eocdOffset) throw damaged();
    const cd = this.read(cdOffset, cdSize);
    const v = new DataView(cd.buffer, cd.byteOffset, cd.byteLength);
    const utf8 = new TextDecoder('utf-8');
    let p = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > cd.length || v.getUint32(p, true) !== CENTRAL) throw damaged();
      const nameLength = v.getUint16(p + 28, true);
      const extraLength = v.getUint16(p + 30, true);
      const commentLength = v.getUint16(p + 32, true);
      if (p + 46 + nameLength + extraLength + commentLength > cd.length) throw damaged();
      const entry: ZipEntry = {
        name: utf8.decode(cd.subarray(p + 46, p + 46 + nameLength)).replace(/\\/g, '/'),
        flags: v.getUint16(p + 8, true),
        method: v.getUint16(p + 10, true),
        crc: v.getUint32(p + 16, true),
        compressedSize: v.getUint32(p + 20, true),
        size: v.getUint32(p + 24, true),
        localHeaderOffset: v.getUint32(p + 42, true),
      };
      this.readZip64Extra(cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
      if (entry.flags & 1) throw new ZipError('encrypted', entry.name);
      if (entry.method !== 0 && entry.method !== 8) throw new ZipError('damaged', entry.name);
      if (entry.localHeaderOffset + 30 + entry.compressedSize > this.fileSize) throw new ZipError('damaged', entry.name);
      if (entry.method === 0 && entry.size !== entry.compressedSize) throw new ZipError('damaged', entry.name);
      // Two entries of one name (or of names that differ only in case or normalisation) leave
      // no way to tell which one the program that wrote it meant: refuse, never pick.
      const key = fold(entry.name);
      if (this.folded.has(key)) throw new ZipError('duplicateEntry', entry.name);
      this.entries.set(entry.name, entry);
      this.folded.set(key, entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** Sizes and offset of 0xFFFFFFFF mean "see the zip64 extra field", in this order. */
  private readZip64Extra(extra: Uint8Array, entry: ZipEntry): void {
    const v = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
    for (let p = 0; p + 4 <= extra.length; ) {
      const id = v.getUint16(p, true);
      const length = v.getUint16(p + 2, true);
      if (id === 1) {
        let q = p + 4;
        const next = () => {
          if (q + 8 > p + 4 + length || q + 8 > extra.length) throw new ZipError('damaged', entry.name);
          const value = Number(v.getBigUint64(q, true));
          q += 8;
          return value;
        };
        if (entry.size === 0xffffffff) entry.size = next();
        if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
        if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
        return;
      }
      p += 4 + length;
    }
  }
}
