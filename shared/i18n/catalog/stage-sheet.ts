/**
 * Strings of spreadsheet staging (xlsx, ods, compound files): errors.import.sheet* and the
 * import.sheet* warnings. Keep 'nl-BE' and 'en' with the same keys (a test checks).
 */
export const stageSheet = {
  'nl-BE': {
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
  },
  en: {
    errors: {
      import: {
        sheetDamaged:
          '{{file}} is incomplete or damaged: it was probably not fully downloaded or copied. Ask for a new export or download the file again.',
        sheetTooLarge:
          '{{file}} unpacks to more than {{limitMb}} MB or is suspiciously highly compressed, so it is not opened. Save the sheet you need separately, in a smaller file.',
        sheetPasswordProtected:
          '{{file}} is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password) and save it again.',
        sheetTooManyCells:
          'The sheet "{{sheet}}" in {{file}} is too large: more than {{limit}} cells (already {{rows}} rows × {{columns}} columns). Delete empty or unneeded rows and columns, or save only the data you need in a separate file.',
        sheetTooWide:
          'The sheet "{{sheet}}" in {{file}} has data in {{columns}} columns; more than {{limit}} columns are not read. Delete the columns you do not need and save the file again.',
        sheetXlsb: '{{file}} is a binary Excel workbook (.xlsb). Open it in Excel and save it as an Excel workbook (.xlsx).',
        sheetCellTooLong:
          'Cell {{cell}} of sheet "{{sheet}}" in {{file}} holds more than {{maxMb}} MB of text; Excel itself keeps at most 32,767 characters in a cell. The file is damaged or was not made by a spreadsheet: ask for a new export.',
        sheetDuplicateEntry:
          '{{file}} holds the part "{{entry}}" more than once (or again with different capitals), so it cannot be told which version counts. Open the file in Excel and save it again.',
      },
    },
    import: {
      sheetErrorCells: '{{count}} cell(s) with an Excel error value (such as #N/A or #DIV/0!) read as empty: {{cells}}.',
    },
  },
} as const;
