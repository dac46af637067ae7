import type { Catalogue } from '../catalogue';
import type { host as nl } from '../nl-BE/host';

/**
 * Strings of the browser host (electron/host): errors.host.*.
 * English: the same keys as nl-BE/host.ts (the type checker holds them equal).
 */
export const host = {
  errors: {
    host: {
      forbidden: 'Refused: this request does not come from the workbench itself.',
      notFound: 'Not found.',
      methodNotAllowed: 'This operation is not allowed here.',
      tooLarge: 'The file or command is too large.',
      unsupportedMediaType: 'This kind of data is not accepted here.',
      startFailed: 'The workbench could not start in the browser: {{detail}}',
      badPort: 'Invalid port: {{port}}. Give a number from 0 to 65535.',
    },
  },
} satisfies Catalogue<typeof nl>;
