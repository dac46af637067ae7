import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname } from 'node:path';

/**
 * The projects opened or saved lately, newest first, kept in the user's data folder
 * (`recent.json`): the *Recente projecten* menu. Only paths the user chose (a dialog, the command
 * line, the OS) are kept; a file that is gone is left out when the list is read.
 */

export const MAX_RECENT = 8;

export interface RecentProject {
  path: string;
  name: string;
}

export class RecentProjects {
  private list: string[] = [];

  private constructor(private readonly file: string) {}

  static async load(file: string): Promise<RecentProjects> {
    const recent = new RecentProjects(file);
    try {
      const text = await readFile(file, 'utf8');
      const parsed: unknown = text.length > 100_000 ? [] : JSON.parse(text);
      if (Array.isArray(parsed)) recent.list = parsed.filter((p): p is string => typeof p === 'string' && p.length < 4096).slice(0, MAX_RECENT);
    } catch {
      // None yet, or not ours: start empty.
    }
    return recent;
  }

  /** The projects that still exist, newest first. */
  entries(): RecentProject[] {
    return this.list.filter((path) => existsSync(path)).map((path) => ({ path, name: basename(path) }));
  }

  /** Puts `path` first (once), keeps the newest MAX_RECENT, and writes the list whole. */
  async add(path: string): Promise<void> {
    this.list = [path, ...this.list.filter((p) => p !== path)].slice(0, MAX_RECENT);
    await mkdir(dirname(this.file), { recursive: true });
    const partial = `${this.file}.${process.pid}.tmp`;
    await writeFile(partial, JSON.stringify(this.list), { mode: 0o600 });
    await rename(partial, this.file);
  }
}
