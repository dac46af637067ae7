import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { WerkbankError } from '../../../shared/api/errors';

/** Reads a file's bytes, turning file-system failures into errors the user can act on. */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WerkbankError('errors.import.fileNotFound', { file: basename(path) });
    throw new WerkbankError('errors.import.cannotRead', {
      file: basename(path),
      detail: code ?? (err instanceof Error ? err.message : String(err)),
    });
  }
}
