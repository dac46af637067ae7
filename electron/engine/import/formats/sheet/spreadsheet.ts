import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WerkbankError } from '../../../../../shared/api/errors';
import { ident, str } from '../../../db/sql';
import type { CsvPart } from './sheet-csv';
import { DEFAULT_SHEET_LIMITS, type SheetJob, type SheetJobResult, type SheetLimits } from './sheet-job';
import type { SheetWorkerMessage } from './sheet-worker';
import { RAW_ROW, rawColumn } from '../../../db/reserved';
import type { SqlRunner, StageContext, StagedTable, Stager, StageRequest } from '../../stage/types';

/**
 * Stage 1 for spreadsheets (xlsx/xlsm, ods; compound files are recognised and refused with
 * the right message): a worker thread parses the file, streaming the chosen sheet, into
 * temporary UTF-8 CSV parts of canonical cell text; DuckDB loads each part into the raw
 * table while the worker writes the next. The engine's thread only waits, relays progress
 * and can cancel by ending the worker.
 *
 * Progress: phase `reading`, 0…0.95 while the worker inflates the sheet (bytes inflated /
 * uncompressed size), then 1 when the last part is loaded.
 */

export interface SpreadsheetStagerSettings {
  limits?: Partial<SheetLimits>;
  /** The worker's heap limit; running out is reported as a file too large. */
  workerHeapMb?: number;
  /** Called with each worker started (tests watch it end). */
  onWorker?: (worker: Worker) => void;
  /** Size of the CSV parts DuckDB loads while the worker goes on (default 2 MiB). */
  partBytes?: number;
}

/** The share of the progress bar left for loading the last CSV part. */
const LOAD_SHARE = 0.05;
/** CSV part size: small enough that loading the last one is quick, large enough to load efficiently. */
const PART_BYTES = 2 * 2 ** 20;

export function createSpreadsheetStager(settings: SpreadsheetStagerSettings = {}): Stager {
  const limits: SheetLimits = { ...DEFAULT_SHEET_LIMITS, ...settings.limits };
  return (request, context, sql) => stage(request, context, sql, limits, settings);
}

/** The stager stage/index.ts calls for 'xlsx', 'ods' and OLE compound files. */
export const stageSpreadsheet: Stager = createSpreadsheetStager();

const cancelled = () => new WerkbankError('errors.import.cancelled');

async function stage(
  request: StageRequest,
  context: StageContext,
  sql: SqlRunner,
  limits: SheetLimits,
  settings: SpreadsheetStagerSettings,
): Promise<StagedTable> {
  if (context.signal.aborted) throw cancelled();
  const id = randomUUID().replace(/-/g, '').slice(0, 12);
  const csvPrefix = join(context.tempDir, `sheet-${id}`);
  const loader = new PartLoader(sql, `raw_sheet_${id}`);
  try {
    const job: SheetJob = {
      path: request.path,
      fileName: request.fileName,
      sheet: request.options.sheet,
      csvPrefix,
      partBytes: settings.partBytes ?? PART_BYTES,
      limits,
    };
    context.progress('reading', 0);
    const result = await runWorker(job, context, settings, loader);
    await loader.finish(result.columnCount);
    if (context.signal.aborted) throw cancelled();
    context.progress('reading', 1);
    return {
      table: loader.table,
      columnCount: result.columnCount,
      rowCount: result.rowCount,
      format: result.format,
      encoding: null,
      delimiter: null,
      sheets: result.sheets,
      sheet: result.sheet,
      merges: result.merges,
      hiddenRows: result.hiddenRows,
      hiddenColumns: result.hiddenColumns,
      numericColumns: result.numericColumns,
      typedColumns: null,
      warnings: result.warnings,
    };
  } catch (error) {
    await loader.discard();
    throw error;
  } finally {
    // Parts not loaded (an error, a cancel) are left by the worker; remove them all.
    const name = basename(csvPrefix);
    for (const file of readdirSync(context.tempDir)) {
      if (file.startsWith(`${name}-`)) rmSync(join(context.tempDir, file), { force: true });
    }
  }
}

/**
 * Loads the worker's CSV parts into the raw table as they arrive, one after the other (the
 * session runs one statement at a time anyway): every cell VARCHAR, exactly as written, no
 * sniffing. A later part with wider rows adds the missing columns first.
 */
class PartLoader {
  private chain: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private created = false;
  private columns = 0;

  constructor(
    private readonly sql: SqlRunner,
    readonly table: string,
  ) {}

  add(part: CsvPart): void {
    this.chain = this.chain.then(async () => {
      try {
        if (this.failure === null && part.rows > 0) await this.load(part);
      } catch (error) {
        this.failure ??= error;
      } finally {
        rmSync(part.path, { force: true });
      }
    });
  }

  /** Waits for the parts in flight; the table then has exactly `columnCount` cell columns. */
  async finish(columnCount: number): Promise<void> {
    await this.chain;
    if (this.failure !== null) throw this.failure;
    await this.widen(columnCount);
  }

  /** After an error or a cancel: waits for the part being loaded, then drops the table. */
  async discard(): Promise<void> {
    this.failure ??= new Error('discarded');
    await this.chain;
    if (this.created) await this.sql.run(`DROP TABLE IF EXISTS ${ident(this.table)}`).catch(() => undefined);
  }

  private async widen(columns: number): Promise<void> {
    if (!this.created) {
      const defs = [`${ident(RAW_ROW)} BIGINT`];
      for (let c = 1; c <= columns; c++) defs.push(`${ident(rawColumn(c))} VARCHAR`);
      this.created = true;
      await this.sql.run(`CREATE TABLE ${ident(this.table)} (${defs.join(', ')})`);
    } else if (columns > this.columns) {
      const alter: string[] = [];
      for (let c = this.columns + 1; c <= columns; c++) {
        alter.push(`ALTER TABLE ${ident(this.table)} ADD COLUMN ${ident(rawColumn(c))} VARCHAR;`);
      }
      await this.sql.run(alter.join('\n'));
    }
    this.columns = Math.max(this.columns, columns);
  }

  /**
   * `parallel = false`: DuckDB's parallel scanner refuses `null_padding` as soon as a quoted
   * field holds a line break (a teacher's remark over two lines), and rows here are ragged.
   * A part is 2 MiB, so the single-threaded scanner costs nothing measurable (xlsx 50k × 25).
   */
  private async load(part: CsvPart): Promise<void> {
    await this.widen(part.columns);
    const spec = [`${str(RAW_ROW)}: 'BIGINT'`];
    for (let c = 1; c <= part.columns; c++) spec.push(`${str(rawColumn(c))}: 'VARCHAR'`);
    await this.sql.run(
      `INSERT INTO ${ident(this.table)} BY NAME SELECT * FROM read_csv(${str(part.path)}, ` +
        `columns = {${spec.join(', ')}}, header = false, auto_detect = false, delim = ',', quote = '"', ` +
        `escape = '"', new_line = '\\n', null_padding = true, parallel = false, allow_quoted_nulls = false, strict_mode = true, ` +
        `max_line_size = ${2 ** 30}, encoding = 'utf-8')`,
    );
  }
}

/** Runs the sheet job in a worker thread; on abort the worker is ended at once. */
function runWorker(
  job: SheetJob,
  context: StageContext,
  settings: SpreadsheetStagerSettings,
  loader: PartLoader,
): Promise<SheetJobResult> {
  return new Promise<SheetJobResult>((resolve, reject) => {
    const worker = startWorker(job, settings.workerHeapMb ?? 768);
    settings.onWorker?.(worker);
    let settled = false;
    // Settles only once the worker has ended, so it never writes to a CSV being deleted.
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      context.signal.removeEventListener('abort', onAbort);
      void worker.terminate().then(outcome, outcome);
    };
    const onAbort = () => finish(() => reject(cancelled()));
    context.signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: SheetWorkerMessage) => {
      if (settled) return;
      if (message.type === 'progress') {
        context.progress('reading', (1 - LOAD_SHARE) * Math.min(1, message.done / Math.max(1, message.total)));
      } else if (message.type === 'part') loader.add(message.part);
      else if (message.type === 'done') finish(() => resolve(message.result));
      else if (message.type === 'error') finish(() => reject(new WerkbankError(message.code, message.params)));
      else finish(() => reject(new Error(`sheet worker: ${message.message}`)));
    });
    worker.on('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new WerkbankError('errors.import.sheetTooLarge', {
                file: job.fileName,
                limitMb: Math.round(job.limits.maxTotalSize / 2 ** 20),
              })
            : error,
        ),
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new Error(`sheet worker stopped (exit code ${code})`))));
  });
}

/**
 * The worker script: the bundled `sheet-worker.mjs` beside the running bundle
 * (dist/electron/, also when that is inside app.asar — Electron reads workers from asar,
 * though an unpacked copy is preferred). Running from source (vitest, `tsx` scripts), the
 * TypeScript worker is bundled with esbuild (a dev dependency, like tsx) the way
 * scripts/build.mjs does, into the temporary folder. Node 20 does not pass `--import tsx`
 * on to worker threads; registering tsx inside the worker instead worked but cost about a
 * second per worker (compiling every module through the loader thread), against 0.05 s
 * for the bundle.
 */
function startWorker(job: SheetJob, heapMb: number): Worker {
  const options = { workerData: job, resourceLimits: { maxOldGenerationSizeMb: heapMb } };
  const bundled = fileURLToPath(new URL('./sheet-worker.mjs', import.meta.url));
  for (const candidate of [bundled.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'), bundled]) {
    if (existsSync(candidate)) return new Worker(candidate, options);
  }
  const source = fileURLToPath(new URL('./sheet-worker.ts', import.meta.url));
  if (!existsSync(source)) throw new Error(`sheet worker not found beside ${bundled}`);
  return new Worker(bundleFromSource(source), options);
}

let devBundlePath: string | undefined;

/**
 * The worker source bundled into the temporary folder, named by a hash of the bundle: every
 * process running the same source shares one file, and nothing is left per process.
 */
function bundleFromSource(source: string): string {
  if (devBundlePath !== undefined) return devBundlePath;
  // Through createRequire, so that bundling this file never pulls esbuild in.
  const esbuild = createRequire(import.meta.url)('esbuild') as typeof import('esbuild');
  const { outputFiles } = esbuild.buildSync({
    entryPoints: [source],
    outfile: 'sheet-worker.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    write: false,
  });
  const code = outputFiles[0].contents;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  // A folder of this user's only (0700), and a file that is used only when its bytes are the
  // ones just built: code is never run from a file someone else could have planted in /tmp.
  const dir = join(tmpdir(), `werkbank-dev-${process.getuid?.() ?? 'user'}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if ((statSync(dir).mode & 0o077) !== 0 || (process.getuid && statSync(dir).uid !== process.getuid())) {
    throw new Error(`unsafe folder for the development worker bundle: ${dir}`);
  }
  const path = join(dir, `sheet-worker-${hash}.mjs`);
  if (existsSync(path) && !Buffer.from(readFileSync(path)).equals(Buffer.from(code))) rmSync(path, { force: true });
  if (!existsSync(path)) {
    const partial = `${path}.${process.pid}.${randomUUID().slice(0, 8)}`;
    writeFileSync(partial, code);
    try {
      renameSync(partial, path); // atomic: another process may be writing the same file
    } catch (error) {
      rmSync(partial, { force: true });
      if (!existsSync(path)) throw error;
    }
  }
  devBundlePath = path;
  return path;
}
