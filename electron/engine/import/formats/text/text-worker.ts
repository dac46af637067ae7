import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { WerkbankError } from '../../../../../shared/api/errors';
import type { DecodeJob, DecodeMessage, Utf8Outcome } from './decode-worker';
import type { ScanResult } from './text-scan';
import type { StageContext } from '../../stage/types';

export interface DecodeOutcome {
  scan: ScanResult;
  /** The bytes are not UTF-8 after all (only when not transcoding); `scan` is then partial. */
  invalidUtf8: boolean;
  utf8: Utf8Outcome;
}

/** How long a worker may take to notice the cancel flag before it is terminated. */
const CANCEL_GRACE_MS = 2000;

/**
 * The worker's script. The esbuild bundles (dist/electron/main.cjs, host.mjs, cli.mjs) have
 * `decode-worker.cjs` beside them (scripts/build.mjs builds it, self-contained). From the
 * TypeScript sources (vitest, tsx) the .ts file runs through tsx's CommonJS loader: Node 20
 * ignores `--import tsx` for a worker's entry module in a `"type": "module"` package.
 */
function startWorker(job: DecodeJob): Worker {
  const bundled = fileURLToPath(new URL('./decode-worker.cjs', import.meta.url));
  // Electron reads workers from app.asar too, but an unpacked copy is preferred where there is one.
  for (const candidate of [bundled.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'), bundled]) {
    if (existsSync(candidate)) return new Worker(candidate, { workerData: job });
  }
  const source = fileURLToPath(new URL('./decode-worker.ts', import.meta.url));
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const code = `require(${JSON.stringify(tsx)}).require(${JSON.stringify(source)}, ${JSON.stringify(source)});`;
  return new Worker(code, { eval: true, workerData: job });
}

/**
 * Runs the decode worker over a file: checks UTF-8 (`transcode` null) or transcodes to
 * `transcode.outPath`, scanning records either way. Reports `progress('decoding', …)` and
 * honours `context.signal`: cancelling throws `errors.import.cancelled` once the worker
 * has stopped and removed its output.
 */
export function runDecodeWorker(
  job: Omit<DecodeJob, 'cancel' | 'kind'>,
  size: number,
  context: StageContext,
): Promise<DecodeOutcome> {
  const file = basename(job.path);
  if (context.signal.aborted) return Promise.reject(new WerkbankError('errors.import.cancelled'));
  const cancel = new SharedArrayBuffer(4);
  const worker = startWorker({ ...job, kind: 'werkbank-decode', cancel });
  context.progress('decoding', 0);
  return new Promise<DecodeOutcome>((resolve, reject) => {
    let settled = false;
    let grace: ReturnType<typeof setTimeout> | undefined;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      context.signal.removeEventListener('abort', onAbort);
      clearTimeout(grace);
      fn();
      void worker.terminate();
    };
    const onAbort = () => {
      Atomics.store(new Int32Array(cancel), 0, 1);
      grace = setTimeout(() => settle(() => reject(new WerkbankError('errors.import.cancelled'))), CANCEL_GRACE_MS);
    };
    context.signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: DecodeMessage) => {
      switch (message.kind) {
        case 'progress':
          if (!settled) context.progress('decoding', size > 0 ? Math.min(1, message.done / size) : null);
          break;
        case 'done':
          settle(() => {
            context.progress('decoding', 1);
            resolve({ scan: message.scan, invalidUtf8: message.invalidUtf8, utf8: message.utf8 });
          });
          break;
        case 'cancelled':
          settle(() => reject(new WerkbankError('errors.import.cancelled')));
          break;
        case 'failed':
          settle(() =>
            reject(
              message.code === 'ENOENT'
                ? new WerkbankError('errors.import.fileNotFound', { file })
                : new WerkbankError('errors.import.cannotRead', { file, detail: message.code ?? message.message }),
            ),
          );
          break;
      }
    });
    worker.on('error', (err) => settle(() => reject(err)));
    worker.on('exit', (code) => settle(() => reject(new Error(`decode worker stopped (exit code ${code})`))));
  });
}
