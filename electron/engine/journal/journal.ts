import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { WerkbankError } from '../../../shared/api/errors';
import { ownerAlive, procStartOf, type RootOwner } from '../infra/temp-root';
import { nodeIo } from '../project/store';

/**
 * The journal (docs/decisions/0011-journal.md): the open project's work, kept in the user's data
 * folder — never beside the user's file — so that a crash, a `kill -9` or a lid closed on a flat
 * battery loses at most the last few seconds.
 *
 * A slot per open project, `<dir>/<slot>/`:
 *   meta.json        who owns the slot (pid and process start), which file it came from, whether
 *                    the snapshot holds work the file does not; the JSON followed by a line with
 *                    its own SHA-256, so a torn or altered file is detected and never half-read
 *   project.werkbank the last snapshot, exactly a project file (sealed when the project is
 *                    encrypted, so the journal never holds its pupil data in plain); its SHA-256
 *                    is in meta.json
 * Both are written through a flushed partial file and renamed, the snapshot first: the meta
 * only ever names a snapshot that is whole. The user's saved file is never written here.
 * A slot whose owner is gone and that holds unsaved work is offered at the next start.
 */

export const META = 'meta.json';
export const SNAPSHOT = 'project.werkbank';
const SLOT = /^[0-9a-f]{16}$/;
/** A meta file is a few hundred bytes; anything far larger is not ours. */
const META_MAX = 64 * 1024;

const Owner = z.object({ pid: z.number().int(), started: z.number(), procStart: z.string().nullable() });
export const SlotMeta = z.object({
  version: z.literal(1),
  owner: Owner,
  /** The file the project was opened from or saved to (its name; its path where the shell knows it). */
  fileName: z.string().nullable(),
  filePath: z.string().nullable(),
  /** SHA-256 of that file as it was opened or saved: tells the same project in another window. */
  fileHash: z.string().nullable(),
  /** The project's name; null for an encrypted project (the meta is not sealed). */
  name: z.string().nullable(),
  encrypted: z.boolean(),
  /** The snapshot holds work the saved file does not. */
  dirty: z.boolean(),
  journaledAt: z.string().nullable(),
  savedAt: z.string().nullable(),
  snapshotHash: z.string().nullable(),
});
export type SlotMeta = z.infer<typeof SlotMeta>;

/** What the journal tells about the file a project came from. */
export interface SlotFile {
  fileName: string | null;
  filePath: string | null;
  fileHash: string | null;
  name: string | null;
  encrypted: boolean;
}

/** A slot left by a run that ended without saving. */
export interface Recoverable {
  slotId: string;
  meta: SlotMeta | null;
  /** The meta or the snapshot fails its checksum: it can only be discarded. */
  damaged: boolean;
}

export interface JournalOptions {
  /** Whether an owner still runs (tests replace it). */
  isAlive?: (owner: RootOwner) => boolean;
  clock?: () => Date;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class Journal {
  private slot: string | null = null;
  private meta: SlotMeta | null = null;

  private constructor(
    readonly dir: string,
    private readonly isAlive: (owner: RootOwner) => boolean,
    private readonly clock: () => Date,
  ) {}

  static async open(dir: string, options: JournalOptions = {}): Promise<Journal> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    return new Journal(dir, options.isAlive ?? ownerAlive, options.clock ?? (() => new Date()));
  }

  /** This run's slot for the current project, if any. */
  get current(): string | null {
    return this.slot;
  }

  /**
   * A new current project: its own slot, owned by this process. The previous slot goes (its work
   * was saved, or the user chose to leave it).
   */
  async begin(file: SlotFile, dirty = false): Promise<void> {
    await this.end();
    const slot = randomBytes(8).toString('hex');
    await mkdir(join(this.dir, slot), { mode: 0o700 });
    this.slot = slot;
    await this.writeMeta({ version: 1, owner: thisOwner(), ...file, dirty, journaledAt: null, savedAt: null, snapshotHash: null });
  }

  /** The work a slot another run left holds, checked against its checksums; a damaged or running one is refused. */
  async peek(slotId: string): Promise<{ meta: SlotMeta; bytes: Uint8Array }> {
    if (slotId === this.slot) throw new WerkbankError('errors.recovery.gone');
    const found = await this.read(slotId);
    if (found.meta && this.isAlive(found.meta.owner)) throw new WerkbankError('errors.recovery.gone');
    if (found.damaged || !found.meta || !found.bytes) throw new WerkbankError('errors.recovery.damaged');
    return { meta: found.meta, bytes: found.bytes };
  }

  /**
   * Takes over a slot another run left (after `peek`, once its work opened): renamed to a new slot
   * of this run's, so that two runs never both take it; this run's previous slot goes.
   */
  async adopt(slotId: string, meta: SlotMeta): Promise<void> {
    const slot = randomBytes(8).toString('hex');
    try {
      await rename(join(this.dir, slotId), join(this.dir, slot));
    } catch {
      throw new WerkbankError('errors.recovery.gone');
    }
    await this.end();
    this.slot = slot;
    await this.writeMeta({ ...meta, owner: thisOwner() });
  }

  /** Writes a snapshot of the current project's work (`bytes`: a project file). */
  async write(bytes: Uint8Array, file: Pick<SlotFile, 'name' | 'encrypted'>): Promise<string> {
    if (!this.slot || !this.meta) throw new Error('journal: no current slot');
    const dir = join(this.dir, this.slot);
    await writeAtomic(join(dir, SNAPSHOT), bytes);
    const at = this.clock().toISOString();
    await this.writeMeta({ ...this.meta, ...file, dirty: true, journaledAt: at, snapshotHash: sha256(bytes) });
    return at;
  }

  /** The project was saved to its file: the slot holds nothing the file does not, and its snapshot goes. */
  async saved(file: SlotFile): Promise<void> {
    if (!this.slot || !this.meta) return;
    await this.writeMeta({ ...this.meta, ...file, dirty: false, savedAt: this.clock().toISOString(), snapshotHash: null });
    await rm(join(this.dir, this.slot, SNAPSHOT), { force: true });
  }

  /** Removes this run's slot (a clean end: the user saved or chose to leave the work). */
  async end(): Promise<void> {
    const slot = this.slot;
    this.slot = null;
    this.meta = null;
    if (slot) await rm(join(this.dir, slot), { recursive: true, force: true });
  }

  /**
   * The slots other runs left: those with unsaved work (or damaged) are returned; the rest —
   * nothing unsaved, or a slot of a run that is still going — are kept or removed as fits.
   */
  async recoverable(): Promise<Recoverable[]> {
    const out: Recoverable[] = [];
    for (const slotId of await this.slots()) {
      if (slotId === this.slot) continue;
      const found = await this.read(slotId);
      if (found.meta && this.isAlive(found.meta.owner)) continue;
      if (!found.damaged && found.meta && !found.meta.dirty) {
        await rm(join(this.dir, slotId), { recursive: true, force: true });
        continue;
      }
      out.push({ slotId, meta: found.meta, damaged: found.damaged });
    }
    return out.sort((a, b) => (b.meta?.journaledAt ?? '').localeCompare(a.meta?.journaledAt ?? ''));
  }

  /** Removes a slot another run left (the user chose not to recover it). A slot of a running window is refused. */
  async discard(slotId: string): Promise<void> {
    if (!SLOT.test(slotId) || slotId === this.slot) throw new WerkbankError('errors.recovery.gone');
    const found = await this.read(slotId);
    if (found.meta && this.isAlive(found.meta.owner)) throw new WerkbankError('errors.recovery.gone');
    await rm(join(this.dir, slotId), { recursive: true, force: true });
  }

  /** Whether a running window (another process) has this file open: same path, or same bytes. */
  async openElsewhere(file: Pick<SlotFile, 'filePath' | 'fileHash'>): Promise<boolean> {
    if (file.filePath === null && file.fileHash === null) return false;
    for (const slotId of await this.slots()) {
      if (slotId === this.slot) continue;
      const { meta } = await this.read(slotId, false);
      if (!meta || meta.owner.pid === process.pid || !this.isAlive(meta.owner)) continue;
      if ((file.filePath !== null && meta.filePath === file.filePath) || (file.fileHash !== null && meta.fileHash === file.fileHash)) return true;
    }
    return false;
  }

  private async slots(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.filter((n) => SLOT.test(n));
  }

  /** A slot's meta and snapshot, each checked against its checksum; `withSnapshot` false reads the meta only. */
  private async read(slotId: string, withSnapshot = true): Promise<{ meta: SlotMeta | null; bytes: Uint8Array | null; damaged: boolean }> {
    if (!SLOT.test(slotId)) throw new WerkbankError('errors.recovery.gone');
    const dir = join(this.dir, slotId);
    const meta = await readMeta(join(dir, META));
    if (meta === 'absent') {
      if (!(await exists(dir))) throw new WerkbankError('errors.recovery.gone');
      // A slot is made and its meta written at once; one without is a run killed in between.
      return { meta: null, bytes: null, damaged: true };
    }
    if (meta === 'damaged') return { meta: null, bytes: null, damaged: true };
    if (!withSnapshot || meta.snapshotHash === null) return { meta, bytes: null, damaged: false };
    const bytes = await readFile(join(dir, SNAPSHOT)).catch(() => null);
    if (!bytes || sha256(bytes) !== meta.snapshotHash) return { meta, bytes: null, damaged: true };
    return { meta, bytes, damaged: false };
  }

  private async writeMeta(meta: SlotMeta): Promise<void> {
    const body = JSON.stringify(meta);
    await writeAtomic(join(this.dir, this.slot!, META), new TextEncoder().encode(`${body}\n${sha256(new TextEncoder().encode(body))}\n`));
    this.meta = meta;
  }
}

function thisOwner(): RootOwner {
  return { pid: process.pid, started: Date.now(), procStart: procStartOf(process.pid) };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The meta, or 'absent' (no file), or 'damaged' (cut short, altered, not ours). */
export async function readMeta(path: string): Promise<SlotMeta | 'absent' | 'damaged'> {
  let raw: Buffer;
  try {
    const info = await stat(path);
    if (info.size > META_MAX) return 'damaged';
    raw = await readFile(path);
  } catch {
    return 'absent';
  }
  const text = raw.toString('utf8');
  const match = /^(.*)\n([0-9a-f]{64})\n$/s.exec(text);
  if (!match || sha256(new TextEncoder().encode(match[1]!)) !== match[2]) return 'damaged';
  try {
    const parsed = SlotMeta.safeParse(JSON.parse(match[1]!));
    return parsed.success ? parsed.data : 'damaged';
  } catch {
    return 'damaged';
  }
}

/** Through a flushed partial file in the same folder, renamed over the target, the folder flushed (store.ts's `nodeIo`). */
async function writeAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const partial = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  await nodeIo.writeAndSync(partial, bytes);
  try {
    await nodeIo.rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  await nodeIo.syncDir(dirname(target));
}
