/** Strings of the importers (errors.import.*, import.* warnings). Keep 'nl-BE' and 'en' with the same keys. */
export const importer = {
  'nl-BE': {
    errors: {
      import: {
        fileNotFound: 'Het bestand {{file}} werd niet gevonden.',
        cannotRead: 'Het bestand {{file}} kon niet gelezen worden ({{detail}}).',
        empty: 'Het bestand {{file}} is leeg.',
        emptySheet: 'Het werkblad "{{sheet}}" in {{file}} is leeg.',
        legacyXls:
          '{{file}} is een oud Excel-bestand (.xls) of een werkmap met wachtwoord. Open het in Excel en bewaar het als Excel-werkmap (.xlsx), zonder wachtwoord.',
        notASpreadsheet: '{{file}} is geen geldig Excel-bestand (.xlsx). Open het in Excel en bewaar het opnieuw als .xlsx.',
        unknownSheet: 'Er is geen werkblad "{{sheet}}". Beschikbare werkbladen: {{available}}.',
        utf16:
          '{{file}} is bewaard als "Unicode-tekst" (UTF-16). Bewaar het in Excel als "CSV UTF-8 (door komma\'s gescheiden)".',
        binaryFile: '{{file}} is geen tekstbestand en geen Excel-werkmap.',
        headerRowOutOfRange: 'Rij {{row}} bestaat niet: het bestand heeft {{lastRow}} rijen.',
      },
    },
    import: {
      rowsLeftOut: '{{count}} rij(en) onder de gegevens lijken een totaal of opmerking en zijn weggelaten (rij {{rows}}).',
      missingTokens: 'Kolom "{{column}}": {{count}} cel(len) met "{{tokens}}" gelezen als ontbrekend.',
      valuesNotFitting:
        'Kolom "{{column}}": {{count}} waarde(n) passen niet bij de rest van de kolom en zijn als ontbrekend gelezen (rij {{rows}}; bv. {{values}}).',
      errorCells: 'Kolom "{{column}}": {{count}} Excel-foutwaarde(n) gelezen als ontbrekend (rij {{rows}}).',
      unclosedQuote: 'Een aanhalingsteken vanaf record {{row}} wordt nergens gesloten: controleer het einde van het bestand.',
      columnsRenamed: 'Kolomnamen aangevuld of uniek gemaakt: {{columns}}.',
    },
  },
  en: {
    errors: {
      import: {
        fileNotFound: 'The file {{file}} was not found.',
        cannotRead: 'The file {{file}} could not be read ({{detail}}).',
        empty: 'The file {{file}} is empty.',
        emptySheet: 'The sheet "{{sheet}}" in {{file}} is empty.',
        legacyXls:
          '{{file}} is an old Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as an Excel workbook (.xlsx), without a password.',
        notASpreadsheet: '{{file}} is not a valid Excel file (.xlsx). Open it in Excel and save it again as .xlsx.',
        unknownSheet: 'There is no sheet "{{sheet}}". Available sheets: {{available}}.',
        utf16: '{{file}} was saved as "Unicode text" (UTF-16). Save it in Excel as "CSV UTF-8 (comma delimited)".',
        binaryFile: '{{file}} is neither a text file nor an Excel workbook.',
        headerRowOutOfRange: 'Row {{row}} does not exist: the file has {{lastRow}} rows.',
      },
    },
    import: {
      rowsLeftOut: '{{count}} row(s) below the data look like a total or a note and were left out (row {{rows}}).',
      missingTokens: 'Column "{{column}}": {{count}} cell(s) with "{{tokens}}" read as missing.',
      valuesNotFitting:
        'Column "{{column}}": {{count}} value(s) do not fit the rest of the column and were read as missing (row {{rows}}; e.g. {{values}}).',
      errorCells: 'Column "{{column}}": {{count}} Excel error value(s) read as missing (row {{rows}}).',
      unclosedQuote: 'A quotation mark from record {{row}} on is never closed: check the end of the file.',
      columnsRenamed: 'Column names completed or made unique: {{columns}}.',
    },
  },
} as const;
