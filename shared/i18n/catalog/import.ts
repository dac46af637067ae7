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
        binaryFile:
          '{{file}} is geen tekstbestand en geen werkmap. De werkbank leest Excel-werkmappen (.xlsx), OpenDocument-rekenbladen (.ods), CSV- en tekstbestanden en Parquet: bewaar of exporteer de gegevens in een van die vormen.',
        foreign: {
          pdf: '{{file}} is een PDF. Een PDF bevat geen tabel die de werkbank kan lezen: vraag dezelfde gegevens aan als Excel- of CSV-bestand, of exporteer ze opnieuw uit het programma waar ze vandaan komen.',
          word: '{{file}} is een tekstdocument (Word of OpenDocument). Staat er een tabel in? Kopieer die naar Excel en bewaar ze als Excel-werkmap (.xlsx).',
          presentation: '{{file}} is een presentatie. Staat er een tabel in? Kopieer die naar Excel en bewaar ze als Excel-werkmap (.xlsx).',
          image: '{{file}} is een afbeelding. De werkbank leest geen foto\'s of scans van tabellen: vraag de gegevens aan als Excel- of CSV-bestand.',
          archive: '{{file}} is een gecomprimeerde map (zip of gelijkaardig). Pak ze eerst uit en importeer dan het Excel- of CSV-bestand dat erin zit.',
          program: '{{file}} is een programma, geen gegevensbestand. Importeer een Excel-werkmap, een CSV-bestand of een tekstbestand.',
        },
        headerRowOutOfRange: 'Rij {{row}} bestaat niet: het bestand heeft {{lastRow}} rijen.',
      },
    },
    import: {
      rowsLeftOut: '{{count}} rij(en) onder de gegevens lijken een totaal of opmerking en zijn weggelaten (rij {{rows}}).',
      missingTokens: 'Kolom "{{column}}": {{count}} cel(len) met "{{tokens}}" gelezen als ontbrekend.',
      valuesNotFitting:
        'Kolom "{{column}}": {{count}} waarde(n) passen niet bij de rest van de kolom en zijn als ontbrekend gelezen (rij {{rows}}; bv. {{values}}).',
      unclosedQuote: 'Een aanhalingsteken vanaf record {{row}} wordt nergens gesloten: controleer het einde van het bestand.',
      columnsRenamed: 'Kolomnamen aangevuld of uniek gemaakt: {{columns}}.',
      looksLikeFraction:
        'Kolom "{{column}}" bevat scores als "behaald/totaal" (bv. 34/50). Kies de omzetting naar score en maximum om ermee te rekenen.',
      dateTimesAsText:
        'Kolom "{{column}}" bevat datums met een tijdstip en is als tekst ingelezen. Kies het type datum om alleen de datum te houden.',
      hiddenRowsKept: '{{count}} verborgen rij(en) in het werkblad zijn wel ingelezen (rij {{rows}}).',
      badColumnRule: 'De kolomregel "{{pattern}}" is geen geldig zoekpatroon en werd overgeslagen.',
      columnNotFound: 'Kolom "{{column}}" uit de instellingen komt niet voor in dit bestand.',
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
        binaryFile:
          '{{file}} is neither a text file nor a workbook. The workbench reads Excel workbooks (.xlsx), OpenDocument spreadsheets (.ods), CSV and text files and Parquet: save or export the data in one of those forms.',
        foreign: {
          pdf: '{{file}} is a PDF. A PDF holds no table the workbench can read: ask for the same data as an Excel or CSV file, or export it again from the program it came from.',
          word: '{{file}} is a text document (Word or OpenDocument). Does it hold a table? Copy it to Excel and save it as an Excel workbook (.xlsx).',
          presentation: '{{file}} is a presentation. Does it hold a table? Copy it to Excel and save it as an Excel workbook (.xlsx).',
          image: '{{file}} is an image. The workbench does not read photos or scans of tables: ask for the data as an Excel or CSV file.',
          archive: '{{file}} is a compressed folder (zip or similar). Unpack it first, then import the Excel or CSV file inside.',
          program: '{{file}} is a program, not a data file. Import an Excel workbook, a CSV file or a text file.',
        },
        headerRowOutOfRange: 'Row {{row}} does not exist: the file has {{lastRow}} rows.',
      },
    },
    import: {
      rowsLeftOut: '{{count}} row(s) below the data look like a total or a note and were left out (row {{rows}}).',
      missingTokens: 'Column "{{column}}": {{count}} cell(s) with "{{tokens}}" read as missing.',
      valuesNotFitting:
        'Column "{{column}}": {{count}} value(s) do not fit the rest of the column and were read as missing (row {{rows}}; e.g. {{values}}).',
      unclosedQuote: 'A quotation mark from record {{row}} on is never closed: check the end of the file.',
      columnsRenamed: 'Column names completed or made unique: {{columns}}.',
      looksLikeFraction:
        'Column "{{column}}" holds scores as "obtained/total" (e.g. 34/50). Choose the conversion to score and maximum to calculate with them.',
      dateTimesAsText:
        'Column "{{column}}" holds dates with a time of day and was read as text. Choose the date type to keep only the date.',
      hiddenRowsKept: '{{count}} row(s) hidden in the sheet were imported all the same (row {{rows}}).',
      badColumnRule: 'The column rule "{{pattern}}" is not a valid pattern and was skipped.',
      columnNotFound: 'Column "{{column}}" from the settings does not occur in this file.',
    },
  },
} as const;
