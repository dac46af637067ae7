/**
 * Strings of exporting the result table (ui.export.*, errors.export.*).
 * Plural keys end in `_one` / `_other`.
 * Dutch (Flemish usage) is the reference: en/export.ts is typed against it.
 */
export const exporting = {
  ui: {
    export: {
      open: 'Exporteren',
      title: 'Tabel exporteren',
      intro_one: 'De tabel zoals ze nu in de stappen staat: {{formatted}} rij, {{columns}} kolommen.',
      intro_other: 'De tabel zoals ze nu in de stappen staat: {{formatted}} rijen, {{columns}} kolommen.',
      format: 'Bestandsformaat',
      csvFlemish: 'CSV voor Excel in België (; en decimale komma)',
      csvInternational: 'CSV internationaal (, en decimaal punt)',
      xlsx: 'Excel-werkmap (.xlsx) met getallen en datums als echte waarden',
      pupilLevelTitle: 'Gegevens per leerling',
      pupilLevel:
        'Deze tabel heeft een rij per leerling. Leerlinggegevens zijn persoonsgegevens (AVG): bewaar het bestand enkel op een beveiligde plek van de school en deel het niet met derden. Resultaten van de Vlaamse toetsen mogen niet aan derden worden bezorgd.',
      pupilLevelConfirm: 'Ik begrijp het: toch exporteren',
      start: 'Exporteren',
      cancel: 'Annuleren',
      done_one: 'Geëxporteerd naar {{name}}: {{formatted}} rij.',
      done_other: 'Geëxporteerd naar {{name}}: {{formatted}} rijen.',
      cut_one: '{{count}} tekstcel was langer dan Excel toelaat (32.767 tekens) en is ingekort.',
      cut_other: '{{count}} tekstcellen waren langer dan Excel toelaat (32.767 tekens) en zijn ingekort.',
      copy: 'Kopiëren',
      copied_one: '{{formatted}} rij gekopieerd (met kolomnamen), klaar om te plakken.',
      copied_other: '{{formatted}} rijen gekopieerd (met kolomnamen), klaar om te plakken.',
      copyNothing: 'Selecteer eerst rijen in de tabel (klik, Shift+klik of Ctrl+klik).',
      pupilLevelWhat_one: 'Wat het bestand bevat: {{formatted}} rij met deze kolommen: {{columns}}.',
      pupilLevelWhat_other: 'Wat het bestand bevat: {{formatted}} rijen (één per leerling) met deze kolommen: {{columns}}.',
      groupedTitle: 'Gegroepeerde tabel',
      suppress: 'Groepen met minder dan {{k}} leerlingen weglaten (hun cijfers blijven leeg, een kolom zegt "< {{k}}")',
      suppressOff: 'Kleine groepen gaan mee naar het bestand: met een paar leerlingen per groep zijn hun resultaten te herkennen.',
      pupilCodeColumn: 'Leerlingcode',
      pseudonymise: 'Namen en nummers vervangen door een leerlingcode',
      pseudonymiseHint: 'De aangevinkte kolommen gaan niet mee; een eerste kolom "Leerlingcode" geeft elke leerling een vaste code van dit project (dezelfde in elke export, ook na het vernieuwen van de bronnen).',
      pseudonymiseColumns: 'Kolommen die een leerling herkenbaar maken',
      pseudonymiseNone: 'Vink minstens één kolom aan, of zet de leerlingcode uit.',
      suppressedColumn: 'Onderdrukt (n < {{k}})',
      suppressedMark: '< {{k}}',
      suppressedDone_one: '{{count}} groep met minder dan {{k}} leerlingen is leeg gelaten.',
      suppressedDone_other: '{{count}} groepen met minder dan {{k}} leerlingen zijn leeg gelaten.',
    },
  },
  errors: {
    export: {
      unknownColumn: 'De kolom "{{column}}" staat niet in de tabel.',
      noIdentifyingColumns: 'Kies minstens één kolom die een leerling herkenbaar maakt.',
      nothingToExport: 'Er is nog geen tabel om te exporteren. Importeer eerst een bestand.',
      tooManyRowsForXlsx: 'De tabel heeft {{rows}} rijen; een Excel-werkblad kan er hoogstens {{max}} bevatten. Exporteer als CSV, of filter of groepeer eerst.',
    },
  },
} as const;
