import type { Catalogue } from '../catalogue';
import type { sealed as nl } from '../nl-BE/sealed';

/** English strings of sealed (encrypted) files; typed against the Dutch reference. */
export const sealed = {
  errors: {
    project: {
      needsPassphrase: 'This project is encrypted. Enter its passphrase to open it.',
    },
    sealed: {
      emptyPassphrase: 'Enter a passphrase.',
      notSealed: 'This file is not encrypted.',
      wrongPassphrase: 'The passphrase is wrong (or the file\'s header was altered). Nothing was opened or changed.',
      damaged: 'This encrypted file is damaged or was altered and cannot be opened. Nothing was opened or changed.',
      newerVersion: 'This encrypted file comes from a newer version of the workbench (version {{found}}; this version knows {{supported}}).',
    },
  },
} satisfies Catalogue<typeof nl>;
