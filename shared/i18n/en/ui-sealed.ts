import type { Catalogue } from '../catalogue';
import type { uiSealed as nl } from '../nl-BE/ui-sealed';

/** English strings of encrypted project files in the interface; typed against the Dutch reference. */
export const uiSealed = {
  ui: {
    sealed: {
      marker: 'encrypted',
      markerHint: 'This project is saved encrypted: without the passphrase nobody can open it.',
      saveAction: 'Save encrypted…',
      open: {
        title: 'Open encrypted project',
        intro: '{{name}} is encrypted. Enter its passphrase to open it.',
        label: 'Passphrase',
        submit: 'Open',
        cancel: 'Cancel',
        checking: 'Checking the passphrase…',
      },
      save: {
        title: 'Save encrypted',
        intro: 'The project is saved encrypted, and on every later save too. Whoever opens the file needs the passphrase.',
        warning: 'Remember the passphrase well: whoever forgets it can never open the project again. A forgotten passphrase cannot be recovered.',
        label: 'Passphrase',
        repeat: 'Repeat the passphrase',
        hint: 'At least {{min}} characters.',
        tooShort: 'The passphrase must be at least {{min}} characters long.',
        mismatch: 'The two passphrases are not the same.',
        submit: 'Save encrypted',
        cancel: 'Cancel',
      },
    },
  },
} satisfies Catalogue<typeof nl>;
