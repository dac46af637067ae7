import { parentPort, workerData } from 'node:worker_threads';
import { WerkbankError } from '../../../../../shared/api/errors';
import type { CsvPart } from './sheet-csv';
import { runSheetJob, type SheetJob, type SheetJobResult } from './sheet-job';

/**
 * Worker thread entry of spreadsheet staging (spreadsheet.ts starts it): runs one
 * SheetJob from `workerData` and posts its progress and outcome. Bundled as
 * dist/electron/sheet-worker.mjs (scripts/build.mjs); run from source under tsx in development.
 */

export type SheetWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'part'; part: CsvPart }
  | { type: 'done'; result: SheetJobResult }
  | { type: 'error'; code: string; params: Record<string, string | number> }
  | { type: 'failed'; message: string };

const port = parentPort;
if (port) {
  const post = (message: SheetWorkerMessage) => port.postMessage(message);
  runSheetJob(workerData as SheetJob, {
    progress: (done, total) => post({ type: 'progress', done, total }),
    part: (part) => post({ type: 'part', part }),
  }).then(
    (result) => post({ type: 'done', result }),
    (error: unknown) => {
      if (error instanceof WerkbankError) post({ type: 'error', code: error.code, params: error.params });
      else post({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    },
  );
}
