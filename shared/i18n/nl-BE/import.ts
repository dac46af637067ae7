/**
 * Strings of the importers (errors.import.*, import.* warnings).
 * Dutch (Flemish usage) is the reference: en/import.ts is typed against it.
 */
export const importer = {
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
} as const;
