/**
 * Dutch (Flemish) strings of exporting a chart as PNG or SVG with the safe choice: the dialog that
 * says what leaves the machine, the pseudonyms and the note in the picture.
 * Dutch is the reference: en/ui-export-privacy.ts is typed against it.
 */
export const uiExportPrivacy = {
  ui: {
    exportPrivacy: {
      title: 'Grafiek exporteren als {{format}}',
      intro: 'De afbeelding kan je doorsturen, afdrukken of in een verslag zetten. Kies wat erin mag staan; de veilige keuze staat al aan. Het scherm zelf verandert niet.',
      leaves: 'Wat deze computer verlaat',
      pupils_one: 'Deze grafiek toont {{count}} leerling afzonderlijk, met naam en resultaat.',
      pupils_other: 'Deze grafiek toont {{count}} leerlingen afzonderlijk, elk met naam en resultaat.',
      smallGroups_one: '{{count}} groep telt minder dan {{k}} leerlingen met een resultaat.',
      smallGroups_other: '{{count}} groepen tellen minder dan {{k}} leerlingen met een resultaat.',
      pseudonymise: 'Namen van leerlingen vervangen door vaste codes (LL-…, dezelfde in elke export)',
      suppress: 'Groepen met minder dan {{k}} leerlingen weglaten',
      namesShown: 'Opgelet: echte namen van leerlingen komen in de afbeelding.',
      smallShown: 'Opgelet: ook groepen met minder dan {{k}} leerlingen komen in de afbeelding.',
      unsafe: 'Resultaten van de Vlaamse toetsen mogen niet aan derden bezorgd worden, ook niet per groep. Deel deze afbeelding alleen binnen de school.',
      start: 'Exporteren als {{format}}',
      cancel: 'Annuleren',
      noteSuppressed_one: '{{count}} groep met minder dan {{k}} leerlingen niet getoond (privacy)',
      noteSuppressed_other: '{{count}} groepen met minder dan {{k}} leerlingen niet getoond (privacy)',
      notePseudonymised: 'Namen van leerlingen vervangen door vaste codes (privacy)',
    },
  },
} as const;
