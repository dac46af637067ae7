import type { Catalogue } from '../catalogue';
import type { jobs as nl } from '../nl-BE/jobs';

/**
 * Strings of the jobs area (jobs.*, errors.job.*).
 * `errors.import.cancelled`, which a cancelled job answers with, lives in stage-text.ts.
 * English: the same keys as nl-BE/jobs.ts (the type checker holds them equal).
 */
export const jobs = {
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
      exporting: 'Writing the table…',
      saving: 'Saving…',
    },
    cancel: 'Cancel',
  },
  errors: {
    job: {
      busy: 'A task with this number is already running. Wait until it has finished.',
    },
  },
} satisfies Catalogue<typeof nl>;
