/**
 * Strings of the desktop shell: the application menu (menu.*), native dialogs (dialog.*)
 * and `npm start` (start.*).
 * No imports other than `import type`: scripts/start.mjs loads this file on its own.
 * Dutch (Flemish usage) is the reference: en/shell.ts is typed against it.
 */
export const shell = {
  menu: {
    file: 'Bestand',
    newProject: 'Nieuw project',
    openProject: 'Project openen…',
    recent: 'Recente projecten',
    save: 'Opslaan',
    saveAs: 'Opslaan als…',
    importData: 'Gegevens importeren…',
    demo: 'Demo bekijken',
    quit: 'Afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    dutch: 'Nederlands',
    english: 'English',
    reload: 'Opnieuw laden',
    forceReload: 'Geforceerd opnieuw laden',
    devTools: 'Ontwikkelaarshulpmiddelen',
    resetZoom: 'Werkelijke grootte',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    fullScreen: 'Volledig scherm',
    help: 'Help',
    about: 'Over Datateam Werkbank',
  },
  dialog: {
    importTitle: 'Gegevens importeren',
    openProjectTitle: 'Project openen',
    saveProjectTitle: 'Project opslaan',
    openProfileTitle: 'Importprofiel openen',
    saveProfileTitle: 'Importprofiel exporteren',
    saveImageTitle: 'Afbeelding opslaan',
    exportTableTitle: 'Tabel exporteren',
    exportStoryTitle: 'Verhaal exporteren',
    filter: {
      spreadsheets: 'Rekenbladen en tekstbestanden',
      project: 'Werkbank-project',
      profile: 'Importprofiel',
      png: 'PNG-afbeelding',
      svg: 'SVG-afbeelding',
      csv: 'CSV-bestand',
      xlsx: 'Excel-werkmap',
      pptx: 'PowerPoint-presentatie',
      pdf: 'PDF-document',
    },
    startFailed: 'Datateam Werkbank kon niet starten',
    startFailedDetail: 'De werkbank kon niet worden geopend: {{detail}}',
  },
  start: {
    electronDownloading: 'Het programma Electron wordt eenmalig gedownload…',
    electronMissing:
      'Het programma Electron is niet beschikbaar op deze machine (de download lukte niet; `npx install-electron` probeert opnieuw); de werkbank opent in je browser via de lokale host.',
    browserForced: 'WERKBANK_BROWSER=1: de werkbank opent in je browser via de lokale host.',
    noDisplay: 'Er is geen beeldscherm beschikbaar voor een venster; de werkbank opent via de lokale host in je browser.',
    buildMissing: '{{file}} ontbreekt: voer eerst `npm run build` uit.',
  },
} as const;
