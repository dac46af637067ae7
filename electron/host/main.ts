import { formatMessage, toLocale } from '../../shared/i18n';
import { WerkbankError } from '../../shared/api/errors';
import { createEngine } from '../engine/api';
import { createTempRoot, removeRootOnExit } from '../engine/infra/temp-root';
import { launch } from './launch';

/** Entry of the browser host (bundled to dist/electron/host.mjs). */
async function main(): Promise<void> {
  // The run's private temp root, made first: stale roots of crashed runs go, and from here
  // on SIGINT, SIGTERM and SIGHUP (a closed console window on Windows) close the host and
  // remove the root instead of killing the process with pupil data left behind.
  const root = await createTempRoot();
  let stop = async (): Promise<void> => undefined; // a signal during start: nothing to close yet
  removeRootOnExit(root, { stop: () => stop() });
  const host = await launch({ argv: process.argv.slice(2), moduleUrl: import.meta.url, tempRoot: root, createEngine });
  stop = () => host.stop();
}

main().catch((error: unknown) => {
  const locale = toLocale(process.env.LC_ALL ?? process.env.LANG);
  const text =
    error instanceof WerkbankError
      ? formatMessage(error.toMessage(), locale)
      : formatMessage({ code: 'errors.host.startFailed', params: { detail: String((error as Error)?.message ?? error) } }, locale);
  process.stderr.write(text + '\n');
  process.exit(1);
});
