import { formatMessage, toLocale } from '../../shared/i18n';
import { WerkbankError } from '../../shared/api/errors';
import { createEngine } from '../engine/api';
import { launch } from './launch';

/** Entry of the browser host (bundled to dist/electron/host.mjs). */
async function main(): Promise<void> {
  const host = await launch({ argv: process.argv.slice(2), moduleUrl: import.meta.url, createEngine });
  const shutdown = () => {
    host.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
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
