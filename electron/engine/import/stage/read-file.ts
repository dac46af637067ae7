import { type FileHandle, open, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { WerkbankError } from '../../../../shared/api/errors';

/** Reads a file's bytes, turning file-system failures into errors the user can act on. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    throw fileError(path, err);
  }
}

export interface FileHead {
  /** The first bytes of the file (at most the number asked for). */
  head: Uint8Array;
  /** The file's size in bytes. */
  size: number;
}

/** Reads the first `maxBytes` of a file and its size, with the same errors as `readFileBytes`. */
export async function readFileHead(path: string, maxBytes: number): Promise<FileHead> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(maxBytes, size));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { head: buffer.subarray(0, filled), size };
  } catch (err) {
    throw fileError(path, err);
  } finally {
    await handle?.close();
  }
}

function fileError(path: string, err: unknown): WerkbankError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new WerkbankError('errors.import.fileNotFound', { file: basename(path) });
  return new WerkbankError('errors.import.cannotRead', {
    file: basename(path),
    detail: code ?? (err instanceof Error ? err.message : String(err)),
  });
}
