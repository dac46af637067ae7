import type { Catalogue } from '../catalogue';
import type { uiApp as nl } from '../nl-BE/ui-app';

/**
 * Strings of the workbench frame: title, welcome, toolbar, language, dialogs, about, job
 * progress, and the renderer's own errors (errors.renderer.*). Plural keys end in `_one` / `_other`.
 * English: the same keys as nl-BE/ui-app.ts (the type checker holds them equal).
 */
export const uiApp = {
  ui: {
    app: { title: 'Datateam Werkbank' },
    welcome: {
      heading: 'Welcome to Datateam Werkbank',
      intro: 'Bring your export files together, join and filter them, and save what you find as a view for your team.',
      new: 'New project',
      open: 'Open project',
      demo: 'View demo',
      privacy: 'Everything stays on this computer: nothing is sent anywhere.',
    },
    toolbar: {
      label: 'Toolbar',
      new: 'New',
      open: 'Open',
      save: 'Save',
      undo: 'Undo',
      redo: 'Redo',
      language: 'Language',
      about: 'About',
      saved: 'Saved',
      unsaved: 'Unsaved changes',
      neverSaved: 'Never saved',
      savedAs: 'Saved as {{name}}',
      busy: 'Please wait…',
    },
    language: { nl: 'Nederlands', en: 'English' },
    dialog: { close: 'Close' },
    error: { title: 'Something went wrong', dismiss: 'Close' },
    about: {
      title: 'About Datateam Werkbank',
      version: 'Version {{version}}',
      shellElectron: 'Desktop window',
      shellBrowser: 'Browser window',
      privacy: 'All data stays on this computer. Nothing is sent anywhere.',
      licences: 'Open-source components ({{count}})',
      licencesIntro: 'The workbench is built with these packages; each comes under its own licence.',
      package: 'Package',
      packageVersion: 'Version',
      licence: 'Licence',
    },
    jobs: {
      working: 'Working…',
      cancelling: 'Stopping…',
      cancel: 'Stop',
    },
  },
  errors: {
    renderer: {
      unknown: 'Something went wrong ({{code}}).',
      export: 'The chart could not be saved as an image: {{detail}}',
      read: 'The file {{name}} could not be read.',
    },
  },
} satisfies Catalogue<typeof nl>;
