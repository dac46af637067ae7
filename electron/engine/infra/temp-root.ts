import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { constants, tmpdir } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';

/**
 * One private temp folder per run (0700, under the OS temp dir): uploads, staged sheets, the
 * Parquet files of a save and DuckDB's spill files all live in it, so one `rm` removes every
 * copy of pupil data the run made. A run killed hard (kill -9, power loss) cannot clean up;
 * the next run does: it removes the roots whose owning process is gone, and the partial
 * `<target>.<hex>.tmp` files they had recorded beside files the user chose.
 */

export const ROOT_PREFIX = 'werkbank-run-';
/** Who owns a root: `{ pid, started, procStart }`. */
export const OWNER_FILE = 'owner.json';
/** One small file per atomic write in progress, holding the temp file's path. */
export const PENDING_DIR = 'pending';
/** The partial files `writeBeside` writes beside a target: `<target>.<12 hex>.tmp`. */
export const PARTIAL_NAME = /^.+\.[0-9a-f]{12}\.tmp$/;
/** A root without an owner file this old was never finished (the marker follows mkdtemp at once). */
const UNOWNED_GRACE_MS = 60_000;

/** Records temp files written outside the root, so a crash does not leave them behind. */
export interface PendingWrites {
  /** Call before creating `path`; the returned function forgets it (after rename or unlink). */
  trackPending(path: string): Promise<() => Promise<void>>;
}

export interface TempRoot extends PendingWrites {
  /** The root folder: give it (or a sub-folder) to whatever writes temporary files. */
  readonly dir: string;
  /** Removes the root and any partial file still recorded. */
  dispose(): Promise<void>;
  /** The same, synchronously: for `process.on('exit')` and signal handlers. */
  disposeSync(): void;
}

export interface RootOwner {
  pid: number;
  /** Milliseconds since the epoch, for people reading the file. */
  started: number;
  /** Linux: the process start time in /proc (clock ticks since boot); tells a reused pid apart. */
  procStart: string | null;
}

export interface TempRootOptions {
  /** Where roots live; the OS temp dir by default (tests pass their own). */
  base?: string;
  /** Whether the owner of a root still runs; `ownerAlive` by default. */
  isAlive?: (owner: RootOwner) => boolean;
}

/**
 * Writes `target` through a partial file beside it, `<target>.<12 hex>.tmp` (PARTIAL_NAME),
 * recorded in the run's root while it exists, then renamed over the target: a failure leaves
 * the target as it was and no partial file, a crash leaves one that the next start removes.
 */
export async function writeBeside(
  target: string,
  pending: PendingWrites,
  write: (partial: string) => Promise<void>,
  move: (from: string, to: string) => Promise<void> = rename,
): Promise<void> {
  const partial = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const forget = await pending.trackPending(partial);
  try {
    await write(partial);
    await move(partial, target);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  } finally {
    await forget();
  }
}

/** Creates this run's root, after removing the roots of earlier runs that ended without cleaning up. */
export async function createTempRoot(options: TempRootOptions = {}): Promise<TempRoot> {
  const base = options.base ?? tmpdir();
  await cleanStaleRoots(options);
  const dir = await mkdtemp(join(base, ROOT_PREFIX));
  const owner: RootOwner = { pid: process.pid, started: Date.now(), procStart: procStartOf(process.pid) };
  await writeFile(join(dir, OWNER_FILE), JSON.stringify(owner), { mode: 0o600 });
  await mkdir(join(dir, PENDING_DIR), { mode: 0o700 });
  let disposed = false;
  return {
    dir,
    async trackPending(path) {
      const record = join(dir, PENDING_DIR, `${randomBytes(8).toString('hex')}.path`);
      await writeFile(record, resolve(path), { mode: 0o600 });
      return () => rm(record, { force: true });
    },
    async dispose() {
      if (disposed) return;
      disposed = true;
      await removeRoot(dir);
    },
    disposeSync() {
      if (disposed) return;
      disposed = true;
      removeRootSync(dir);
    },
  };
}

/**
 * Removes the roots under `base` whose owner is gone, with the partial files they recorded.
 * A root of a live process is never touched, nor one of another user. Returns what it removed.
 */
export async function cleanStaleRoots(options: TempRootOptions = {}): Promise<string[]> {
  const base = options.base ?? tmpdir();
  const isAlive = options.isAlive ?? ownerAlive;
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(base);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (!name.startsWith(ROOT_PREFIX)) continue;
    const dir = join(base, name);
    try {
      const info = await lstat(dir);
      if (!info.isDirectory() || !ownedByUs(info.uid)) continue;
      const owner = await readOwner(dir);
      const stale = owner ? !isAlive(owner) : Date.now() - info.mtimeMs > UNOWNED_GRACE_MS;
      if (!stale) continue;
      await removeRoot(dir);
      removed.push(dir);
    } catch {
      // Another run may be removing the same root; whatever is left is tried again next start.
    }
  }
  return removed;
}

/**
 * Whether the process that wrote `owner` still runs. Where /proc tells the start time
 * (Linux), a live pid that started at another time is a reused pid: the owner is gone.
 * Elsewhere a live pid counts as the owner, so a root is never taken from a running app.
 */
export function ownerAlive(owner: RootOwner): boolean {
  // 0 and negative pids would signal a whole process group.
  if (!Number.isSafeInteger(owner.pid) || owner.pid <= 0) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else (so it is not our run, but keep it).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (owner.procStart === null) return true;
  const now = procStartOf(owner.pid);
  return now === null || now === owner.procStart;
}

/** Field 22 of /proc/<pid>/stat (start time after boot), or null where there is no /proc. */
export function procStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

/** The exit code of a process ended by `signal` (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP). */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + (constants.signals[signal] ?? 0);
}

/**
 * The signals that end a run: SIGINT (Ctrl+C), SIGTERM, and SIGHUP, which is also what
 * closing a console window on Windows sends.
 */
export const END_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Calls `listener` on each end signal instead of Node's default (dying without cleanup). */
export function onEndSignal(listener: (signal: NodeJS.Signals) => void): () => void {
  for (const signal of END_SIGNALS) process.on(signal, listener);
  return () => {
    for (const signal of END_SIGNALS) process.off(signal, listener);
  };
}

export interface RemoveOnExitOptions {
  /** Runs first on a signal (closing server and engine); exit code 0 when it succeeds in time. */
  stop?: () => Promise<void>;
  /** How long `stop` may take before the root is removed and the process exits anyway. */
  graceMs?: number;
  exit?: (code: number) => void;
}

/**
 * Removes `root` when the process ends: at exit (normal or `process.exit`) and on SIGINT,
 * SIGTERM and SIGHUP, which otherwise end Node without running exit handlers. A second signal,
 * or a `stop` that hangs, ends the process at once (the exit handler still removes the root).
 */
export function removeRootOnExit(root: TempRoot, options: RemoveOnExitOptions = {}): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const onExit = () => root.disposeSync();
  process.once('exit', onExit);
  let ending = false;
  const offSignals = onEndSignal((signal) => {
    const code = signalExitCode(signal);
    if (ending || !options.stop) {
      root.disposeSync();
      exit(code);
      return;
    }
    ending = true;
    const timer = setTimeout(() => {
      root.disposeSync();
      exit(code);
    }, options.graceMs ?? 3_000);
    options.stop().then(
      () => {
        clearTimeout(timer);
        root.disposeSync();
        exit(0);
      },
      () => {
        clearTimeout(timer);
        root.disposeSync();
        exit(code);
      },
    );
  });
  return () => {
    process.off('exit', onExit);
    offSignals();
  };
}

// ---- removal ---------------------------------------------------------------------------

async function readOwner(dir: string): Promise<RootOwner | null> {
  try {
    const raw: unknown = JSON.parse(await readFile(join(dir, OWNER_FILE), 'utf8'));
    const o = raw as Partial<RootOwner>;
    if (typeof o.pid !== 'number') return null;
    return { pid: o.pid, started: Number(o.started) || 0, procStart: typeof o.procStart === 'string' ? o.procStart : null };
  } catch {
    return null;
  }
}

async function removeRoot(dir: string): Promise<void> {
  for (const partial of partialsOf(dir)) await rm(partial, { force: true }).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
}

function removeRootSync(dir: string): void {
  for (const partial of partialsOf(dir)) {
    try {
      unlinkSync(partial);
    } catch {
      // Gone already, or renamed over its target.
    }
  }
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // Left for the next start's cleanup.
  }
}

/**
 * The recorded partial files that still exist and still look like ours: an absolute path,
 * our name pattern, a plain file (not a link) of this user. Anything else is left alone.
 */
function partialsOf(dir: string): string[] {
  const records = join(dir, PENDING_DIR);
  let names: string[];
  try {
    names = readdirSync(records);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    try {
      const path = readFileSync(join(records, name), 'utf8').trim();
      if (!isAbsolute(path) || !PARTIAL_NAME.test(basename(path))) continue;
      const info = lstatSync(path);
      if (info.isFile() && ownedByUs(info.uid)) out.push(path);
    } catch {
      // The write finished (renamed) or failed (unlinked): nothing to remove.
    }
  }
  return out;
}

function ownedByUs(uid: number): boolean {
  return !process.getuid || uid === process.getuid();
}
