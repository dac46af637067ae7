import type { Catalogue } from '../catalogue';
import type { stageText as nl } from '../nl-BE/stage-text';

/**
 * Strings of staging delimited text and Parquet (electron/engine/import/formats/text/text.ts,
 * parquet.ts, index.ts). Shared import errors (`errors.import.empty`, `binaryFile`,
 * `fileNotFound`, `cannotRead`) live in import.ts.
 * English: the same keys as nl-BE/stage-text.ts (the type checker holds them equal).
 */
export const stageText = {
  errors: {
    import: {
      cancelled: 'The import was cancelled.',
      textInvalidUtf8:
        '{{file}} is not saved as UTF-8. Choose another encoding (for example Windows-1252) or save the file in Excel as "CSV UTF-8".',
      textUnknownEncoding:
        'The encoding of {{file}} is unknown. Save the file in Excel as "CSV UTF-8 (comma delimited)" and import it again.',
      textTooManyColumns:
        '{{file}} has a line with {{columns}} fields; the workbench cannot read more than {{max}} columns. Is the delimiter right?',
      textUnreadable: '{{file}} could not be read as a delimited text file ({{detail}}).',
      parquetInvalid: '{{file}} is not a readable Parquet file ({{detail}}).',
      textFieldTooLong:
        'Record {{row}} of {{file}} has a cell of {{sizeMb}} MB; the workbench reads cells up to {{maxMb}} MB. Is the delimiter right, or is there a quotation mark that is never closed?',
      textRecordTooLong:
        'Record {{row}} of {{file}} is {{sizeMb}} MB long; the workbench reads lines up to {{maxMb}} MB. Is this a table, and is the delimiter right?',
    },
  },
  import: {
    textEncodingGuessed:
      'The file looked like UTF-8, but further on it has characters that are not: it was read as {{encoding}}. Check accented letters.',
    textUnclosedQuote:
      'A quotation mark in record {{row}} is never closed: the rest of the file is in one cell. Check the end of the file.',
    textRowNumbersUncertain:
      'The file has {{records}} records, but {{rows}} were read: row numbers in messages may be shifted. Check quotation marks and line breaks.',
    parquetColumnsAsText: 'Columns of a type the workbench does not know were read as text: {{columns}}.',
    textLoneCr:
      'The file ends its lines with {{usual}}, but {{count}} times there is a lone CR (first after record {{row}}): it was read as the end of a row. Check the rows around record {{row}}: a row may have been split in two.',
    textMixedEncoding:
      'The file is UTF-8, but {{count}} bytes are not (first in record {{row}}): they were read as Windows-1252, the rest as UTF-8. Check accented letters in those rows.',
  },
} satisfies Catalogue<typeof nl>;
