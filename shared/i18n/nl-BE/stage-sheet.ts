/**
 * Strings of spreadsheet staging (xlsx, ods, compound files): errors.import.sheet* and the
 * import.sheet* warnings.
 * Dutch (Flemish usage) is the reference: en/stage-sheet.ts is typed against it.
 */
export const stageSheet = {
  errors: {
    import: {
      sheetDamaged:
        '{{file}} is onvolledig of beschadigd: het werd waarschijnlijk niet helemaal gedownload of gekopieerd. Vraag een nieuwe export aan of download het bestand opnieuw.',
      sheetTooLarge:
        '{{file}} wordt bij het uitpakken groter dan {{limitMb}} MB of is verdacht sterk samengedrukt, en wordt daarom niet geopend. Bewaar het werkblad dat je nodig hebt apart, in een kleiner bestand.',
      sheetPasswordProtected:
        '{{file}} is beveiligd met een wachtwoord. Open het in Excel, verwijder het wachtwoord (Bestand > Info > Werkmap beveiligen > Versleutelen met wachtwoord) en bewaar het opnieuw.',
      sheetTooManyCells:
        'Het werkblad "{{sheet}}" in {{file}} is te groot: meer dan {{limit}} cellen (al {{rows}} rijen × {{columns}} kolommen). Verwijder lege of overbodige rijen en kolommen, of bewaar alleen de nodige gegevens in een apart bestand.',
      sheetTooWide:
        'Het werkblad "{{sheet}}" in {{file}} heeft gegevens in {{columns}} kolommen; meer dan {{limit}} kolommen worden niet ingelezen. Verwijder de overbodige kolommen en bewaar het bestand opnieuw.',
      sheetXlsb:
        '{{file}} is een binaire Excel-werkmap (.xlsb). Open het in Excel en bewaar het als Excel-werkmap (.xlsx).',
      sheetCellTooLong:
        'Cel {{cell}} van werkblad "{{sheet}}" in {{file}} bevat meer dan {{maxMb}} MB tekst; Excel zelf bewaart hoogstens 32.767 tekens in een cel. Het bestand is beschadigd of niet door een rekenblad gemaakt: vraag een nieuwe export aan.',
      sheetDuplicateEntry:
        '{{file}} bevat het onderdeel "{{entry}}" meer dan eens (of nog eens met andere hoofdletters), zodat niet vast te stellen is welke versie geldt. Open het bestand in Excel en bewaar het opnieuw.',
    },
  },
  import: {
    sheetErrorCells: '{{count}} cel(len) met een Excel-foutwaarde (zoals #N/B of #DEEL/0!) gelezen als leeg: {{cells}}.',
  },
} as const;
