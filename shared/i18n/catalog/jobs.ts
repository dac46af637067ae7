/**
 * Strings of the jobs area. Keep 'nl-BE' and 'en' with the same keys (a test checks).
 * `errors.import.cancelled`, which a cancelled job answers with, lives in stage-text.ts.
 */
export const jobs = {
  'nl-BE': {
    jobs: {
      state: {
        running: 'Bezig',
        done: 'Klaar',
        failed: 'Mislukt',
        cancelled: 'Geannuleerd',
        unknown: 'Onbekend',
      },
      /** What a long job is doing now (`JobProgress.phase`). */
      phase: {
        waiting: 'Wachten tot de vorige opdracht klaar is…',
        starting: 'Starten…',
        decoding: 'Tekst omzetten…',
        reading: 'Bestand lezen…',
        unzipping: 'Werkmap uitpakken…',
        parsing: 'Werkblad lezen…',
        loading: 'Gegevens inladen…',
        hashing: 'Bestand controleren…',
        analysing: 'Kolommen en types herkennen…',
        converting: 'Tabel aanmaken…',
        comparing: 'Vergelijken met de huidige bron…',
        replacing: 'Bron vervangen…',
        saving: 'Bewaren…',
      },
      cancel: 'Annuleren',
    },
    errors: {
      job: {
        busy: 'Er loopt al een opdracht met dit nummer. Wacht tot ze klaar is.',
      },
    },
  },
  en: {
    jobs: {
      state: {
        running: 'Running',
        done: 'Done',
        failed: 'Failed',
        cancelled: 'Cancelled',
        unknown: 'Unknown',
      },
      phase: {
        waiting: 'Waiting for the previous task to finish…',
        starting: 'Starting…',
        decoding: 'Converting the text…',
        reading: 'Reading the file…',
        unzipping: 'Unpacking the workbook…',
        parsing: 'Reading the sheet…',
        loading: 'Loading the data…',
        hashing: 'Checking the file…',
        analysing: 'Recognising columns and types…',
        converting: 'Creating the table…',
        comparing: 'Comparing with the current source…',
        replacing: 'Replacing the source…',
        saving: 'Saving…',
      },
      cancel: 'Cancel',
    },
    errors: {
      job: {
        busy: 'A task with this number is already running. Wait until it has finished.',
      },
    },
  },
} as const;
