import { open, readFile, rename, rm, mkdtemp, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { WerkbankError } from '../../../shared/api/errors';
import { cleanName } from '../../../shared/model/names';
import { PROJECT_FORMAT_VERSION, ProjectManifest } from '../../../shared/model/project';
import type { SourceInfo } from '../../../shared/model/source';
import { ROW_ORDER_COLUMN } from '../db/reserved';
import type { Session } from '../db/session';
import { ident, str } from '../db/sql';
import { type PendingWrites, type TempRoot, writeBeside } from '../infra/temp-root';
import { ZipError, type ZipLimits, ZipReader } from '../infra/zip';
import { Project } from './project';
import { deriveSealKey, isSealed, SEALED_MAGIC, type SealKey, sealWith, unsealKeeping } from '../infra/sealed';
import { decodeRows, encodeRows } from './table-rows';

/**
 * The `.werkbank` file: a zip holding `manifest.json` (sources, recipe, views, import profiles) and one
 * Parquet file per source under `tables/`. Saving is atomic; opening loads into fresh
 * tables and hands back a new Project only when everything loaded.
 */

export const APP_NAME = 'Datateam Werkbank';
const MANIFEST = 'manifest.json';
const tablePath = (sourceId: string) => `tables/${sourceId}.parquet`;
const rowsPath = (sourceId: string) => `tables/${sourceId}.rows`;

export interface SaveOptions {
  appVersion: string;
  /** The run's private temp root: the Parquet files are written in it before zipping. */
  tempRoot: TempRoot;
  io?: AtomicIo;
  /** Save encrypted under this passphrase (else as the project was opened: sealed or not). */
  passphrase?: string;
}

export async function saveProject(ws: Project, target: string, options: SaveOptions): Promise<void> {
  // An encrypted project (infra/sealed.ts): the file holds the sealed zip only.
  const passphrase = options.passphrase ?? ws.passphrase;
  try {
    const key = passphrase ? await deriveSealKey(passphrase) : null;
    const bytes = await projectBytes(ws, { appVersion: options.appVersion, tempRoot: options.tempRoot, key });
    await writeFileAtomic(target, bytes, options.tempRoot, options.io);
    ws.passphrase = passphrase ?? null;
    ws.sealKey = key;
  } catch (error) {
    if (error instanceof WerkbankError) throw error;
    throw new WerkbankError('errors.project.saveFailed', { detail: errorCode(error) });
  }
  ws.dirty = false;
  ws.fileName = basename(target);
}

/** An encrypted project's tables as rows, by table name (kept in memory only, never on disk). */
const encodedRows = new WeakMap<Project, Map<string, Uint8Array>>();

/**
 * The project as the bytes of a `.werkbank` file. Plain: a zip of the manifest and a Parquet file
 * per table (written by DuckDB into the run's temp root, read back, removed). Sealed under `key`:
 * the tables as rows (table-rows.ts) built in memory and the zip sealed, so that no plain copy of
 * an encrypted project's pupil data is ever written to disk.
 */
export async function projectBytes(ws: Project, { appVersion, tempRoot, key }: { appVersion: string; tempRoot: TempRoot; key: SealKey | null }): Promise<Uint8Array> {
  const entries: Zippable = {};
  if (key) {
    // A table never changes under its name (a refresh makes a new one): its rows are encoded once.
    const cache = encodedRows.get(ws) ?? new Map<string, Uint8Array>();
    const kept = new Map<string, Uint8Array>();
    for (const source of ws.sources) {
      const table = ws.tableName(source.id);
      const rows = cache.get(table) ?? (await encodeRows(ws.session, table, source));
      kept.set(table, rows);
      entries[rowsPath(source.id)] = rows;
    }
    encodedRows.set(ws, kept);
  } else {
    const work = await mkdtemp(join(tempRoot.dir, 'save-'));
    try {
      for (const source of ws.sources) {
        const file = join(work, `${source.id}.parquet`);
        await ws.session.run(`COPY (SELECT * FROM ${ident(ws.tableName(source.id))}) TO ${str(file)} (FORMAT parquet)`);
        // Parquet is compressed already; storing it saves time for nothing lost.
        entries[tablePath(source.id)] = [await readFile(file), { level: 0 }];
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  const manifest: ProjectManifest = {
    formatVersion: PROJECT_FORMAT_VERSION,
    app: `${APP_NAME} ${appVersion}`,
    name: ws.name,
    savedAt: new Date().toISOString(),
    sources: ws.sources,
    recipe: ws.recipe,
    views: ws.views,
    profiles: ws.profiles,
    stories: ws.stories,
    exports: ws.exports,
    rok: ws.rok,
    privacy: ws.privacy,
  };
  entries[MANIFEST] = strToU8(JSON.stringify(manifest, null, 2));
  if (!key) return zipSync(entries);
  // Rows compress well; the sealed file cannot be compressed after encryption.
  for (const [name, value] of Object.entries(entries)) if (name !== MANIFEST) entries[name] = [value as Uint8Array, { level: 1 }];
  return sealWith(zipSync(entries), key);
}

/**
 * Reads a `.werkbank` file into a new Project: the manifest whole, each table streamed from the
 * zip into the work folder (never the whole file in memory). `file` is the file's path, or its
 * bytes (tests build projects in memory): written to the work folder first, so that one reader
 * reads both. On any failure the tables loaded so far are dropped and the caller's current
 * project is left exactly as it was.
 */
export async function openProject(
  session: Session,
  file: string | Uint8Array,
  fileName: string,
  tempDir: string,
  passphrase: string | null = null,
  /** A key derived before from this passphrase (the journal's files share one). */
  known: SealKey | null = null,
): Promise<Project> {
  const work = await mkdtemp(join(tempDir, 'open-'));
  try {
    // A sealed project is decrypted (whole, authenticated) in memory before anything of it is read.
    const bytes = typeof file === 'string' ? await sealedBytes(file) : isSealed(file) ? file : null;
    let archive: Archive;
    let key: SealKey | null = null;
    if (bytes !== null) {
      if (passphrase === null) throw new WerkbankError('errors.project.needsPassphrase');
      const opened = await unsealKeeping(bytes, passphrase, known);
      key = opened.key;
      archive = memoryArchive(opened.plain);
    } else {
      let path = file;
      if (typeof path !== 'string') {
        path = join(work, 'project.werkbank');
        await writeFile(path, file);
      }
      archive = zipArchive(openZip(path), work);
    }
    try {
      const manifest = archive.manifest();
      const ws = new Project(session, manifest.name);
      try {
        for (const source of manifest.sources) await archive.load(ws, source);
        // A recipe or view must read sources the file holds. A step that no longer fits its
        // table (saved after a refresh) is kept: its report says why, as before saving.
        if (manifest.recipe) ws.compileAsFar(manifest.recipe);
        for (const view of manifest.views) ws.compileAsFar(view.recipe);
        ws.recipe = manifest.recipe;
        ws.views = manifest.views;
        // Files saved before profiles existed have none: the schema defaults them to [].
        ws.profiles = manifest.profiles;
        // Files of format 1 have none of these: the schema defaults them.
        ws.stories = manifest.stories;
        ws.exports = manifest.exports;
        ws.rok = manifest.rok;
        // A file without a pseudonym key keeps the one the project was made with; it is saved with it.
        ws.privacy = { k: manifest.privacy.k, key: manifest.privacy.key ?? ws.privacy.key };
        ws.fileName = basename(fileName);
        ws.passphrase = bytes !== null ? passphrase : null;
        ws.sealKey = key;
        ws.dirty = false;
        return ws;
      } catch (error) {
        await ws.dispose();
        if (error instanceof WerkbankError && error.code.startsWith('errors.project.')) throw error;
        throw new WerkbankError('errors.project.corrupt');
      }
    } finally {
      archive.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** What a project file holds, read one way or the other. */
interface Archive {
  manifest(): ProjectManifest;
  load(ws: Project, source: SourceInfo): Promise<void>;
  close(): void;
}

/** A plain file: the zip read from its path, each table streamed into the work folder as Parquet. */
function zipArchive(zip: ZipReader, work: string): Archive {
  return {
    manifest() {
      // Exactly our name: the reader would also find it under other capitals.
      if (zip.entry(MANIFEST)?.name !== MANIFEST) throw new WerkbankError('errors.project.notAProject');
      try {
        return parseManifest(zip.readEntry(MANIFEST)!);
      } catch (error) {
        throw projectError(error, 'errors.project.corrupt');
      }
    },
    load: (ws, source) => loadTable(ws, zip, source, work),
    close: () => zip.close(),
  };
}

/** A sealed file's zip, decrypted in memory: its tables are rows (table-rows.ts), never written out. */
function memoryArchive(plain: Uint8Array): Archive {
  let entries: Record<string, Uint8Array>;
  let total = 0;
  try {
    entries = unzipSync(plain, {
      filter: (f) => {
        if (!SEALED_ENTRY.test(f.name)) return false;
        total += f.originalSize;
        if (f.originalSize > PROJECT_LIMITS.maxEntryBytes || total > PROJECT_LIMITS.maxTotalBytes) throw new WerkbankError('errors.project.corrupt');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof WerkbankError) throw error;
    throw new WerkbankError('errors.project.notAProject');
  }
  return {
    manifest() {
      const raw = entries[MANIFEST];
      if (!raw) throw new WerkbankError('errors.project.notAProject');
      return parseManifest(raw);
    },
    async load(ws, source) {
      const rows = entries[rowsPath(source.id)];
      if (!rows) throw new WerkbankError('errors.project.corrupt');
      await ws.attachSource(source, (name) => decodeRows(ws.session, name, source, rows));
    },
    close() {
      entries = {};
    },
  };
}

/** The file's bytes when it is sealed (its first bytes say so), else null: a plain zip is streamed from its path. */
async function sealedBytes(path: string): Promise<Uint8Array | null> {
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const head = Buffer.alloc(SEALED_MAGIC.length);
    await handle.read(head, 0, head.length, 0);
    if (!isSealed(head)) return null;
    const { size } = await handle.stat();
    if (size > PROJECT_LIMITS.maxTotalBytes) throw new WerkbankError('errors.project.corrupt');
    return await readFile(path);
  } finally {
    await handle.close();
  }
}

/**
 * Limits on what a project file may unpack to: a crafted file must not exhaust memory or
 * disk. Parquet is compressed already, so a real project never comes near the ratio limit.
 */
export const PROJECT_LIMITS = { maxEntryBytes: 1 << 30, maxTotalBytes: 2 ** 31, maxRatio: 100, ratioFloorBytes: 16 << 20 };
const ZIP_LIMITS: ZipLimits = {
  maxEntrySize: PROJECT_LIMITS.maxEntryBytes,
  maxTotalSize: PROJECT_LIMITS.maxTotalBytes,
  maxRatio: PROJECT_LIMITS.maxRatio,
  ratioFromSize: PROJECT_LIMITS.ratioFloorBytes,
};
/** Our own entries: the manifest and a table per source id (SOURCE_ID). */
const ENTRY = /^(manifest\.json|tables\/s[1-9][0-9]{0,8}\.parquet)$/;
/** The entries of a sealed project: its tables are rows. */
const SEALED_ENTRY = /^(manifest\.json|tables\/s[1-9][0-9]{0,8}\.rows)$/;

/**
 * Opens the zip (the reader refuses two entries whose names differ only in case or
 * normalisation: the user could not tell which one is read) and checks the declared sizes of
 * all our own entries before anything is inflated. Anything else in the zip is ignored.
 */
function openZip(path: string): ZipReader {
  let zip: ZipReader;
  try {
    zip = ZipReader.open(path, ZIP_LIMITS);
  } catch (error) {
    // Not a zip at all, or cut short: not something the workbench wrote.
    throw projectError(error, 'errors.project.notAProject');
  }
  try {
    for (const name of zip.names()) if (ENTRY.test(name)) zip.reserve(zip.entry(name)!);
  } catch (error) {
    zip.close();
    throw projectError(error, 'errors.project.corrupt');
  }
  return zip;
}

/** A `ZipError` as a project message (`damaged` as given: where it happened decides); anything else unchanged. */
function projectError(error: unknown, damaged: 'errors.project.notAProject' | 'errors.project.corrupt'): unknown {
  if (!(error instanceof ZipError)) return error;
  if (error.kind === 'duplicateEntry') return new WerkbankError('errors.project.duplicateEntry', { entry: cleanName(error.entry ?? '') });
  if (error.kind === 'tooLarge') return new WerkbankError('errors.project.corrupt');
  // `damaged`, or an entry with a zip password: the workbench writes neither.
  return new WerkbankError(damaged);
}

function parseManifest(raw: Uint8Array): ProjectManifest {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(raw));
  } catch {
    throw new WerkbankError('errors.project.corrupt');
  }
  // The version is checked before the schema: a newer file may well not fit today's schema.
  const version = z.object({ formatVersion: z.number() }).safeParse(json);
  if (version.success && version.data.formatVersion > PROJECT_FORMAT_VERSION) {
    throw new WerkbankError('errors.project.newerVersion', {
      found: version.data.formatVersion,
      supported: PROJECT_FORMAT_VERSION,
    });
  }
  const parsed = ProjectManifest.safeParse(json);
  if (!parsed.success) throw new WerkbankError('errors.project.corrupt');
  return parsed.data;
}

async function loadTable(ws: Project, zip: ZipReader, source: SourceInfo, work: string): Promise<void> {
  // The manifest schema held the id to SOURCE_ID, so it is safe in a file name.
  const entry = tablePath(source.id);
  // Exactly our name: the reader would also find it under other capitals.
  if (zip.entry(entry)?.name !== entry) throw new WerkbankError('errors.project.corrupt');
  const file = join(work, `${source.id}.parquet`);
  const out = await open(file, 'wx', 0o600);
  try {
    await zip.streamEntry(entry, async (chunk) => {
      for (let at = 0; at < chunk.length; ) at += (await out.write(chunk, at)).bytesWritten;
    });
  } catch (error) {
    throw projectError(error, 'errors.project.corrupt');
  } finally {
    await out.close();
  }
  // The project picks the table's name; a table that does not check out is dropped again.
  await ws.attachSource(source, async (name) => {
    const table = ident(name);
    await ws.session.run(`CREATE TABLE ${table} AS SELECT * FROM read_parquet(${str(file)})`);
    // The table must hold exactly the manifest's columns (plus the row order) and row count.
    const count = await ws.session.query(`SELECT count(*) FROM ${table}`);
    const columns = await ws.session.query(`SELECT * FROM ${table} LIMIT 0`);
    const expected = [...source.columns.map((c) => c.name), ROW_ORDER_COLUMN];
    if (Number(count.rows[0]![0]) !== source.rowCount || JSON.stringify(columns.columns) !== JSON.stringify(expected)) {
      throw new WerkbankError('errors.project.corrupt');
    }
  });
}

// ---- atomic write ----------------------------------------------------------------------

/** The file operations of an atomic write, replaceable in tests to inject failures. */
export interface AtomicIo {
  /** Writes the whole file and flushes it to disk. */
  writeAndSync(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  /** Flushes a directory entry change; a no-op where the platform cannot. */
  syncDir(dir: string): Promise<void>;
}

export const nodeIo: AtomicIo = {
  async writeAndSync(path, data) {
    const handle = await open(path, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename,
  async syncDir(dir) {
    try {
      const handle = await open(dir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Windows cannot open or fsync a directory; the rename is still atomic there.
    }
  },
};

/**
 * Writes the file through a flushed partial file beside it (writeBeside: recorded in the run's
 * temp root, so a crash leaves nothing the next start does not remove), renames it over the
 * target and flushes the directory. A failure leaves the target as it was.
 */
export async function writeFileAtomic(target: string, data: Uint8Array, pending: PendingWrites, io: AtomicIo = nodeIo): Promise<void> {
  await writeBeside(target, pending, (partial) => io.writeAndSync(partial, data), io.rename);
  await io.syncDir(dirname(target));
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
