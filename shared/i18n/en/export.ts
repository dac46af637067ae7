import type { Catalogue } from '../catalogue';
import type { exporting as nl } from '../nl-BE/export';

/**
 * Strings of exporting the result table (ui.export.*, errors.export.*).
 * Plural keys end in `_one` / `_other`.
 * English: the same keys as nl-BE/export.ts (the type checker holds them equal).
 */
export const exporting = {
  ui: {
    export: {
      open: 'Export',
      title: 'Export the table',
      intro_one: 'The table as the steps make it now: {{formatted}} row, {{columns}} columns.',
      intro_other: 'The table as the steps make it now: {{formatted}} rows, {{columns}} columns.',
      format: 'File format',
      csvFlemish: 'CSV for Excel in Belgium (; and decimal comma)',
      csvInternational: 'International CSV (, and decimal point)',
      xlsx: 'Excel workbook (.xlsx) with numbers and dates as real values',
      pupilLevelTitle: 'Data per pupil',
      pupilLevel:
        'This table has one row per pupil. Pupil data is personal data (GDPR): keep the file only in a secure place of the school and do not share it with third parties. Results of the Flemish central tests may not be passed on to third parties.',
      pupilLevelConfirm: 'I understand: export anyway',
      start: 'Export',
      cancel: 'Cancel',
      done_one: 'Exported to {{name}}: {{formatted}} row.',
      done_other: 'Exported to {{name}}: {{formatted}} rows.',
      cut_one: '{{count}} text cell was longer than Excel allows (32,767 characters) and was cut.',
      cut_other: '{{count}} text cells were longer than Excel allows (32,767 characters) and were cut.',
      copy: 'Copy',
      copied_one: '{{formatted}} row copied (with column names), ready to paste.',
      copied_other: '{{formatted}} rows copied (with column names), ready to paste.',
      copyNothing: 'Select rows in the table first (click, Shift+click or Ctrl+click).',
      pupilLevelWhat_one: 'What the file holds: {{formatted}} row with these columns: {{columns}}.',
      pupilLevelWhat_other: 'What the file holds: {{formatted}} rows (one per pupil) with these columns: {{columns}}.',
      groupedTitle: 'Grouped table',
      suppress: 'Leave out groups with fewer than {{k}} pupils (their figures stay empty, a column says "< {{k}}")',
      suppressOff: 'Small groups go into the file: with a few pupils per group, their results can be recognised.',
      pupilCodeColumn: 'Pupil code',
      pseudonymise: 'Replace names and numbers with a pupil code',
      pseudonymiseHint: 'The ticked columns are left out; a first column "Pupil code" gives each pupil a fixed code of this project (the same in every export, also after the sources are refreshed).',
      pseudonymiseColumns: 'Columns that make a pupil recognisable',
      pseudonymiseNone: 'Tick at least one column, or turn the pupil code off.',
      suppressedColumn: 'Suppressed (n < {{k}})',
      suppressedMark: '< {{k}}',
      suppressedDone_one: '{{count}} group with fewer than {{k}} pupils was left empty.',
      suppressedDone_other: '{{count}} groups with fewer than {{k}} pupils were left empty.',
    },
  },
  errors: {
    export: {
      unknownColumn: 'The column "{{column}}" is not in the table.',
      noIdentifyingColumns: 'Choose at least one column that makes a pupil recognisable.',
      nothingToExport: 'There is no table to export yet. Import a file first.',
      tooManyRowsForXlsx: 'The table has {{rows}} rows; an Excel sheet holds at most {{max}}. Export as CSV, or filter or group first.',
    },
  },
} satisfies Catalogue<typeof nl>;
