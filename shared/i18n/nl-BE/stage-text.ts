/**
 * Strings of staging delimited text and Parquet (electron/engine/import/formats/text/text.ts,
 * parquet.ts, index.ts). Shared import errors (`errors.import.empty`, `binaryFile`,
 * `fileNotFound`, `cannotRead`) live in import.ts.
 * Dutch (Flemish usage) is the reference: en/stage-text.ts is typed against it.
 */
export const stageText = {
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
} as const;
