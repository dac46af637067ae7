import type { Catalogue } from '../catalogue';
import type { stageSheet as nl } from '../nl-BE/stage-sheet';

/**
 * Strings of spreadsheet staging (xlsx, ods, compound files): errors.import.sheet* and the
 * import.sheet* warnings.
 * English: the same keys as nl-BE/stage-sheet.ts (the type checker holds them equal).
 */
export const stageSheet = {
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
} satisfies Catalogue<typeof nl>;
