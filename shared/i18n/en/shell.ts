import type { Catalogue } from '../catalogue';
import type { shell as nl } from '../nl-BE/shell';

/**
 * Strings of the desktop shell: the application menu (menu.*), native dialogs (dialog.*)
 * and `npm start` (start.*).
 * No imports other than `import type`: scripts/start.mjs loads this file on its own.
 * English: the same keys as nl-BE/shell.ts (the type checker holds them equal).
 */
export const shell = {
  menu: {
    file: 'File',
    newProject: 'New project',
    openProject: 'Open project…',
    recent: 'Recent projects',
    save: 'Save',
    saveAs: 'Save as…',
    importData: 'Import data…',
    saveView: 'Save view…',
    demo: 'View demo',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    dutch: 'Nederlands',
    english: 'English',
    reload: 'Reload',
    forceReload: 'Force reload',
    devTools: 'Developer tools',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
    help: 'Help',
    about: 'About Datateam Werkbank',
  },
  dialog: {
    importTitle: 'Import data',
    openProjectTitle: 'Open project',
    saveProjectTitle: 'Save project',
    openProfileTitle: 'Open import profile',
    saveProfileTitle: 'Export import profile',
    exportTableTitle: 'Export table',
    exportStoryTitle: 'Export story',
    saveImageTitle: 'Save image',
    filter: {
      spreadsheets: 'Spreadsheets and text files',
      project: 'Werkbank project',
      profile: 'Import profile',
      png: 'PNG image',
      csv: 'CSV file',
      xlsx: 'Excel workbook',
      pptx: 'PowerPoint presentation',
      pdf: 'PDF document',
      svg: 'SVG image',
    },
    startFailed: 'Datateam Werkbank could not start',
    startFailedDetail: 'The workbench could not be opened: {{detail}}',
  },
  start: {
    electronDownloading: 'Downloading Electron\'s program (once)…',
    electronMissing:
      'Electron\'s program is not available on this machine (the download failed; `npx install-electron` tries again); the workbench opens in your browser through the local host.',
    browserForced: 'WERKBANK_BROWSER=1: the workbench opens in your browser through the local host.',
    noDisplay: 'No display is available for a window; the workbench opens in your browser through the local host.',
    buildMissing: '{{file}} is missing: run `npm run build` first.',
  },
} satisfies Catalogue<typeof nl>;
