import type { Catalogue } from '../catalogue';
import type { journal as nl } from '../nl-BE/journal';

/** English strings of the journal; typed against the Dutch reference. */
export const journal = {
  errors: {
    recovery: {
      damaged: 'This kept work is damaged (its checksum does not match) and cannot be opened. You can only remove it; your saved file has not been touched.',
      gone: 'This kept work is no longer there, or is already open in another window.',
    },
    project: {
      wipeNotAProject: 'Only a project file (.werkbank) can be wiped.',
    },
  },
  ui: {
    journal: {
      autosaved: 'Autosaved at {{time}}',
      autosavedHint: 'Unsaved work is kept every few seconds in your user folder (encrypted when the project is encrypted). After a crash the workbench offers it. Your project file changes only when you save.',
      openElsewhere: 'This project is also open in another workbench window. What you save in either overwrites the other: work in one window.',
      recovery: {
        title: 'Unsaved work found',
        intro: 'The workbench closed without this work being saved (for instance a crash or a flat battery). Your saved files have not been touched.',
        unnamed: 'New project (never saved)',
        encryptedName: 'Encrypted project',
        journaledAt: 'Kept on {{when}}',
        savedAt: 'Last saved on {{when}}',
        neverSaved: 'Never saved',
        damaged: 'Damaged: cannot be opened',
        open: 'Recover',
        discard: 'Remove',
        discardConfirm: 'Remove the kept work of {{name}} for good? The saved file stays as it is.',
        later: 'Later',
        passphrase: 'Passphrase of the encrypted project',
        opening: 'Recovering…',
        recovered: 'Recovered work: save it to keep it.',
      },
      wipe: {
        short: 'Wipe…',
        action: 'Wipe project from this computer…',
        title: 'Wipe project',
        intro: 'This wipes from this computer:',
        journal: "this project's autosaved work",
        temp: "the workbench's temporary files (read and staged files, downloads)",
        file: 'the project file {{file}}',
        fileChoose: 'Also wipe the project file itself…',
        noFile: 'the project file itself stays',
        ssd: 'On an SSD the operating system cannot guarantee that a deleted file is overwritten. Keep projects with pupil data encrypted.',
        confirm: 'Wipe',
        cancel: 'Cancel',
        done: 'The project has been wiped.',
      },
    },
  },
} as const satisfies Catalogue<typeof nl>;
