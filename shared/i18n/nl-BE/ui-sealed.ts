/**
 * Strings of encrypted project files in the interface: the passphrase dialog when opening,
 * "Versleuteld opslaan…" and the marker next to the project name. Dutch (Flemish usage) is
 * the reference: en/ui-sealed.ts is typed against it. The engine's errors are in sealed.ts.
 */
export const uiSealed = {
  ui: {
    sealed: {
      marker: 'versleuteld',
      markerHint: 'Dit project wordt versleuteld bewaard: zonder het wachtwoord kan niemand het openen.',
      saveAction: 'Versleuteld opslaan…',
      open: {
        title: 'Versleuteld project openen',
        intro: '{{name}} is versleuteld. Geef het wachtwoord om het te openen.',
        label: 'Wachtwoord',
        submit: 'Openen',
        cancel: 'Annuleren',
        checking: 'Wachtwoord controleren…',
      },
      save: {
        title: 'Versleuteld opslaan',
        intro: 'Het project wordt versleuteld bewaard, ook bij elke volgende keer opslaan. Wie het bestand opent, heeft het wachtwoord nodig.',
        warning: 'Onthoud het wachtwoord goed: wie het vergeet, kan het project nooit meer openen. Een vergeten wachtwoord kan niet worden hersteld.',
        label: 'Wachtwoord',
        repeat: 'Wachtwoord herhalen',
        hint: 'Minstens {{min}} tekens.',
        tooShort: 'Het wachtwoord moet minstens {{min}} tekens lang zijn.',
        mismatch: 'De twee wachtwoorden zijn niet gelijk.',
        submit: 'Versleuteld opslaan',
        cancel: 'Annuleren',
      },
    },
  },
} as const;
