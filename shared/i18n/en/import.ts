import type { Catalogue } from '../catalogue';
import type { importer as nl } from '../nl-BE/import';

/**
 * Strings of the importers (errors.import.*, import.* warnings).
 * English: the same keys as nl-BE/import.ts (the type checker holds them equal).
 */
export const importer = {
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
} satisfies Catalogue<typeof nl>;
