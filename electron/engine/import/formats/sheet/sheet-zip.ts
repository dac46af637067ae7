import { WerkbankError } from '../../../../../shared/api/errors';
import { ZipError, type ZipEntry, type ZipLimits, ZipReader } from '../../../infra/zip';

export type { ZipEntry, ZipLimits };

/**
 * The zip container of xlsx and ods files: the engine's one zip reader (infra/zip.ts), its
 * plain failures told as the importer's messages (`errors.import.sheet*`, naming the file).
 */
export class ZipFile {
  private constructor(
    private readonly zip: ZipReader,
    private readonly fileName: string,
    private readonly limits: ZipLimits,
  ) {}

  /** Opens a zip and reads its central directory; a truncated or damaged one is refused. */
  static open(path: string, fileName: string, limits: ZipLimits): ZipFile {
    try {
      return new ZipFile(ZipReader.open(path, limits), fileName, limits);
    } catch (error) {
      throw sheetError(error, fileName, limits);
    }
  }

  close(): void {
    this.zip.close();
  }

  has(name: string): boolean {
    return this.zip.has(name);
  }

  entry(name: string): ZipEntry | undefined {
    return this.zip.entry(name);
  }

  names(): string[] {
    return this.zip.names();
  }

  /** A whole (small) entry, inflated, size- and CRC-checked; null if absent. */
  readEntry(name: string): Buffer | null {
    try {
      return this.zip.readEntry(name);
    } catch (error) {
      throw sheetError(error, this.fileName, this.limits);
    }
  }

  /** Streams an entry's inflated bytes to `onChunk`; what `onChunk` throws passes through. */
  async streamEntry(name: string, onChunk: (chunk: Buffer) => void): Promise<void> {
    try {
      await this.zip.streamEntry(name, onChunk);
    } catch (error) {
      throw sheetError(error, this.fileName, this.limits);
    }
  }
}

/** A `ZipError` as the importer says it; anything else unchanged. */
function sheetError(error: unknown, file: string, limits: ZipLimits): unknown {
  if (!(error instanceof ZipError)) return error;
  switch (error.kind) {
    case 'tooLarge':
      return new WerkbankError('errors.import.sheetTooLarge', { file, limitMb: Math.round(limits.maxTotalSize / 2 ** 20) });
    case 'encrypted':
      return new WerkbankError('errors.import.sheetPasswordProtected', { file });
    case 'duplicateEntry':
      return new WerkbankError('errors.import.sheetDuplicateEntry', { file, entry: error.entry ?? '' });
    case 'damaged':
      return new WerkbankError('errors.import.sheetDamaged', { file });
  }
}
