/**
 * Strings of staging delimited text and Parquet (electron/engine/import/stage/text.ts,
 * parquet.ts, index.ts). Keep 'nl-BE' and 'en' with the same keys (a test checks).
 * Shared import errors (`errors.import.empty`, `binaryFile`, `fileNotFound`, `cannotRead`)
 * live in import.ts.
 */
export const stageText = {
  'nl-BE': {
    errors: {
      import: {
        cancelled: 'Het importeren is geannuleerd.',
        textInvalidUtf8:
          '{{file}} is niet in UTF-8 bewaard. Kies een andere tekenset (bijvoorbeeld Windows-1252) of bewaar het bestand in Excel als "CSV UTF-8".',
        textUnknownEncoding:
          'De tekenset van {{file}} is onbekend. Bewaar het bestand in Excel als "CSV UTF-8 (door komma\'s gescheiden)" en importeer het opnieuw.',
        textTooManyColumns:
          '{{file}} heeft een regel met {{columns}} velden; meer dan {{max}} kolommen kan de werkbank niet lezen. Is het scheidingsteken juist?',
        textUnreadable: '{{file}} kon niet als tekstbestand met kolommen gelezen worden ({{detail}}).',
        parquetInvalid: '{{file}} is geen leesbaar Parquet-bestand ({{detail}}).',
        textFieldTooLong:
          'Record {{row}} van {{file}} heeft een cel van {{sizeMb}} MB; de werkbank leest cellen tot {{maxMb}} MB. Is het scheidingsteken juist, of staat er een aanhalingsteken dat nergens gesloten wordt?',
        textRecordTooLong:
          'Record {{row}} van {{file}} is {{sizeMb}} MB lang; de werkbank leest regels tot {{maxMb}} MB. Is dit wel een tabel, en is het scheidingsteken juist?',
      },
    },
    import: {
      textEncodingGuessed:
        'Het bestand leek UTF-8, maar verderop staan tekens die dat niet zijn: het is gelezen als {{encoding}}. Controleer letters met accenten.',
      textUnclosedQuote: 'Een aanhalingsteken in record {{row}} wordt nergens gesloten: de rest van het bestand staat in één cel. Controleer het einde van het bestand.',
      textRowNumbersUncertain:
        'Het bestand heeft {{records}} records, maar er zijn er {{rows}} gelezen: de rijnummers in meldingen kunnen verschoven zijn. Controleer aanhalingstekens en regeleinden.',
      parquetColumnsAsText: 'Kolommen van een type dat de werkbank niet kent, zijn als tekst gelezen: {{columns}}.',
      textLoneCr:
        'Het bestand eindigt zijn regels met {{usual}}, maar {{count}} keer staat er een losse CR (eerst na record {{row}}): die is gelezen als het einde van een rij. Controleer de rijen rond record {{row}}: een rij kan in twee gesplitst zijn.',
      textMixedEncoding:
        'Het bestand is UTF-8, maar {{count}} bytes zijn dat niet (eerst in record {{row}}): die zijn gelezen als Windows-1252, de rest als UTF-8. Controleer letters met accenten in die rijen.',
    },
  },
  en: {
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
  },
} as const;
