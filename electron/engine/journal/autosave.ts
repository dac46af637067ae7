import { readFile } from 'node:fs/promises';
import { relative, isAbsolute } from 'node:path';
import { deriveSealKey } from '../infra/sealed';
import type { TempRoot } from '../infra/temp-root';
import type { Project } from '../project/project';
import { projectBytes } from '../project/store';
import { Journal, sha256, type SlotFile } from './journal';

/** Quiet time after a change before the journal writes: a burst of edits costs one snapshot. */
export const AUTOSAVE_DELAY_MS = 1500;

export interface AutosaveOptions {
  appVersion: string;
  tempRoot: TempRoot;
  /** Runs a task in the engine's turn, so a snapshot never reads a project half-way through a change. */
  enqueue(task: () => Promise<void>): Promise<void>;
  /** The project open now. */
  project(): Project;
  delayMs?: number;
  /** Where a failed snapshot is told (stderr in the shells); the work goes on. */
  onError?(error: unknown): void;
}

/**
 * Keeps the journal (journal.ts) up to date with the open project: after every change, once the
 * user paused, a snapshot of the project in its own file format (sealed when encrypted).
 */
export class Autosave {
  private timer: NodeJS.Timeout | null = null;
  private written = -1;
  private closed = false;

  constructor(
    readonly journal: Journal,
    private readonly options: AutosaveOptions,
  ) {}

  /** After any call: when the project changed since the last snapshot, one is due after the quiet time. */
  changed(): void {
    const project = this.options.project();
    if (this.closed || !project.dirty || project.revision === this.written) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.options.enqueue(() => this.write()).catch((error: unknown) => this.options.onError?.(error));
    }, this.options.delayMs ?? AUTOSAVE_DELAY_MS);
    this.timer.unref?.();
  }

  /** Writes the snapshot now if one is due (call it in the engine's turn). */
  async write(): Promise<void> {
    const project = this.options.project();
    if (this.closed || !project.dirty || project.revision === this.written || this.journal.current === null) return;
    const revision = project.revision;
    if (project.passphrase !== null && project.sealKey === null) project.sealKey = await deriveSealKey(project.passphrase);
    const bytes = await projectBytes(project, { appVersion: this.options.appVersion, tempRoot: this.options.tempRoot, key: project.passphrase !== null ? project.sealKey : null });
    const encrypted = project.passphrase !== null;
    project.autosavedAt = await this.journal.write(bytes, { name: encrypted ? null : project.name, encrypted });
    this.written = revision;
  }

  /**
   * A new project is open (new, demo, opened, recovered): it gets its own slot, and is told when
   * another window has the same file open. `path` is the file's path when it is the user's own
   * (not an upload in the temp folder).
   */
  async began(project: Project, path: string | null, opts: { userPath: boolean; recovered?: boolean }): Promise<void> {
    this.cancelTimer();
    const file = await fileOf(project, path, opts.userPath);
    if (opts.recovered) {
      this.written = -1;
      return;
    }
    await this.journal.begin(file);
    this.written = project.revision;
    project.autosavedAt = null;
    project.openElsewhere = await this.journal.openElsewhere(file);
  }

  /** The project was saved to `path`: the journal holds nothing newer than the file. */
  async saved(project: Project, path: string, userPath: boolean): Promise<void> {
    this.cancelTimer();
    await this.journal.saved(await fileOf(project, path, userPath));
    this.written = project.revision;
    project.autosavedAt = null;
  }

  /** A clean end: the slot goes with the run (the user saved, or chose to leave the work). */
  async close(): Promise<void> {
    this.closed = true;
    this.cancelTimer();
    await this.journal.end();
  }

  private cancelTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}

async function fileOf(project: Project, path: string | null, userPath: boolean): Promise<SlotFile> {
  const encrypted = project.passphrase !== null;
  const fileHash = path === null ? null : sha256(await readFile(path).catch(() => new Uint8Array()));
  return { fileName: project.fileName, filePath: userPath ? path : null, fileHash, name: encrypted ? null : project.name, encrypted };
}

/** Whether `path` lies inside `dir` (an upload or a download in the engine's own temp folder). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}
