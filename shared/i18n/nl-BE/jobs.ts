/**
 * Strings of the jobs area (jobs.*, errors.job.*).
 * `errors.import.cancelled`, which a cancelled job answers with, lives in stage-text.ts.
 * Dutch (Flemish usage) is the reference: en/jobs.ts is typed against it.
 */
export const jobs = {
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
      exporting: 'Tabel wegschrijven…',
    },
    cancel: 'Annuleren',
  },
  errors: {
    job: {
      busy: 'Er loopt al een opdracht met dit nummer. Wacht tot ze klaar is.',
    },
  },
} as const;
