import type { Catalogue } from '../catalogue';
import type { common as nl } from '../nl-BE/common';

/**
 * Errors every layer may raise. Keys are `errors.*`; values use i18next `{{param}}` interpolation.
 * English: the same keys as nl-BE/common.ts (the type checker holds them equal).
 */
export const common = {
  errors: {
    internal: 'Something unexpected went wrong ({{detail}}). Your project was not changed.',
    unknownChannel: 'Unknown command: {{channel}}.',
    invalidRequest: 'Invalid command ({{channel}}): {{detail}}.',
    network: 'The workbench does not answer. Is the workbench window still open?',
    unauthorized: 'No access: open the workbench through the address shown at start-up.',
    responseTooLarge:
      'The answer to {{channel}} would be {{sizeMb}} MB, more than the {{maxMb}} MB the workbench passes on at once. Choose fewer rows or columns. Nothing was changed.',
  },
} satisfies Catalogue<typeof nl>;
