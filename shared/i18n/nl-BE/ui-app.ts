/**
 * Strings of the workbench frame: title, welcome, toolbar, language, dialogs, about, job
 * progress, and the renderer's own errors (errors.renderer.*). Plural keys end in `_one` / `_other`.
 * Dutch (Flemish usage) is the reference: en/ui-app.ts is typed against it.
 */
export const uiApp = {
  ui: {
    app: { title: 'Datateam Werkbank' },
    welcome: {
      heading: 'Welkom bij de Datateam Werkbank',
      intro: 'Breng je exportbestanden samen, koppel en filter ze, en bewaar wat je vindt als weergave voor je team.',
      new: 'Nieuw project',
      open: 'Project openen',
      demo: 'Demo bekijken',
      privacy: 'Alles blijft op deze computer: er wordt niets verstuurd.',
    },
    toolbar: {
      label: 'Werkbalk',
      new: 'Nieuw',
      open: 'Openen',
      save: 'Opslaan',
      undo: 'Ongedaan maken',
      redo: 'Opnieuw',
      language: 'Taal',
      about: 'Over',
      saved: 'Bewaard',
      unsaved: 'Niet-bewaarde wijzigingen',
      neverSaved: 'Nog niet bewaard',
      savedAs: 'Bewaard als {{name}}',
      busy: 'Even geduld…',
    },
    language: { nl: 'Nederlands', en: 'English' },
    dialog: { close: 'Sluiten' },
    error: { title: 'Er ging iets mis', dismiss: 'Sluiten' },
    about: {
      title: 'Over Datateam Werkbank',
      version: 'Versie {{version}}',
      shellElectron: 'Desktopvenster',
      shellBrowser: 'Browservenster',
      privacy: 'Alle gegevens blijven op deze computer. Er wordt niets verstuurd.',
      licences: 'Open-sourceonderdelen ({{count}})',
      licencesIntro: 'De werkbank is gebouwd met deze pakketten; elk valt onder zijn eigen licentie.',
      package: 'Pakket',
      packageVersion: 'Versie',
      licence: 'Licentie',
    },
    jobs: {
      working: 'Bezig…',
      cancelling: 'Bezig met stoppen…',
      cancel: 'Stoppen',
    },
  },
  errors: {
    renderer: {
      unknown: 'Er ging iets mis ({{code}}).',
      export: 'De grafiek kon niet als afbeelding bewaard worden: {{detail}}',
      read: 'Het bestand {{name}} kon niet gelezen worden.',
    },
  },
} as const;
