import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import type { FileRef } from '../../../shared/api/contract';
import { WerkbankError } from '../../../shared/api/errors';

/**
 * Opaque handles to files: the renderer only ever sees a `fileId` and a display name, so
 * paths never cross the process boundary. Uploaded bytes and download outputs live in a
 * private temporary directory that is removed with the registry.
 */
export class FileRegistry {
  private readonly entries = new Map<string, { path: string; name: string }>();
  /** One-shot downloads (a saved project, an exported profile) not yet handed over. */
  private readonly outputs = new Set<string>();

  private constructor(readonly tempDir: string) {}

  /** `rootDir`: the run's private temp root (infra/temp-root.ts); the registry takes a folder in it. */
  static async create(rootDir: string): Promise<FileRegistry> {
    const dir = await mkdtemp(join(rootDir, 'files-'));
    await chmod(dir, 0o700);
    return new FileRegistry(dir);
  }

  register(path: string, name?: string): FileRef {
    const fileId = randomUUID();
    const display = name ?? basename(path);
    this.entries.set(fileId, { path, name: display });
    return { fileId, name: display };
  }

  resolve(fileId: string): { path: string; name: string } {
    const entry = this.entries.get(fileId);
    if (!entry) throw new WerkbankError('errors.file.unknown');
    return { ...entry };
  }

  /** Writes uploaded bytes into the temp dir under a sanitised name and registers them. */
  async upload(name: string, data: Uint8Array): Promise<FileRef> {
    const safe = sanitizeFileName(name);
    const path = await this.freshPath(safe);
    await writeFile(path, data, { mode: 0o600 });
    return this.register(path, safe);
  }

  /** A fresh path in the temp dir for a file the engine will write (a download). */
  createOutput(name: string): FileRef {
    const safe = sanitizeFileName(name);
    // Its own sub-directory, so two downloads with one name never collide.
    const dir = join(this.tempDir, randomUUID());
    mkdirSync(dir, { mode: 0o700 });
    const ref = this.register(join(dir, safe), safe);
    this.outputs.add(ref.fileId);
    return ref;
  }

  /**
   * Deletes a download once it has been handed over, so copies of pupil data do not linger
   * in the temp dir. Anything that is not an output of this registry is left alone.
   */
  async releaseOutput(fileId: string): Promise<void> {
    if (!this.outputs.delete(fileId)) return;
    const entry = this.entries.get(fileId);
    this.entries.delete(fileId);
    if (entry) await rm(dirname(entry.path), { recursive: true, force: true });
  }

  /**
   * Removes every upload and download in the temp dir and forgets them (wiping a project); files
   * the shell registered from the user's own folders are kept registered and untouched.
   */
  async clearTemp(): Promise<void> {
    for (const [fileId, entry] of this.entries) if (entry.path.startsWith(this.tempDir + sep)) this.entries.delete(fileId);
    this.outputs.clear();
    for (const name of await readdir(this.tempDir)) await rm(join(this.tempDir, name), { recursive: true, force: true });
  }

  async dispose(): Promise<void> {
    this.entries.clear();
    this.outputs.clear();
    await rm(this.tempDir, { recursive: true, force: true });
  }

  private async freshPath(name: string): Promise<string> {
    const dir = join(this.tempDir, randomUUID());
    await mkdir(dir, { mode: 0o700 });
    return join(dir, name);
  }
}

/** UTF-8 bytes a name may take: Linux allows 255 per name; room is left for a partial file's suffix. */
const MAX_NAME_BYTES = 200;
const utf8Length = (text: string) => Buffer.byteLength(text, 'utf8');

/** The longest start of `text` (whole code points) within `bytes` of UTF-8. */
function cutToBytes(text: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const size = utf8Length(ch);
    if (used + size > bytes) break;
    out += ch;
    used += size;
  }
  return out;
}

/**
 * A file name safe on every platform: no directories, no characters Windows forbids, no
 * leading dots (hidden files, `..`), not empty, at most 200 bytes of UTF-8 (cut by whole code
 * points, the extension kept).
 */
export function sanitizeFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '');
  let safe = Array.from(base, (ch) => (ch < ' ' || ch === '\u007f' || '<>:"|?*'.includes(ch) ? '_' : ch))
    .join('')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(safe)) safe = `_${safe}`;
  if (utf8Length(safe) > MAX_NAME_BYTES) {
    const dot = safe.lastIndexOf('.');
    const ext = dot > 0 && safe.length - dot <= 10 ? cutToBytes(safe.slice(dot), 40) : '';
    safe = cutToBytes(safe.slice(0, dot > 0 && ext ? dot : safe.length), MAX_NAME_BYTES - utf8Length(ext)).replace(/[.\s]+$/, '') + ext;
  }
  return safe || 'file';
}
