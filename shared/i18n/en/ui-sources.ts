import type { Catalogue } from '../catalogue';
import type { uiSources as nl } from '../nl-BE/ui-sources';

/**
 * Strings of the sources panel, the result table, column types and refreshing a source.
 * Plural keys end in `_one` / `_other`.
 * English: the same keys as nl-BE/ui-sources.ts (the type checker holds them equal).
 */
export const uiSources = {
  ui: {
    sources: {
      title: 'Sources',
      import: 'Import data',
      empty: 'No sources yet. Import an Excel or CSV file, or drop it here.',
      drop: 'Drop files here to import them',
      dropActive: 'Release to import',
      rows_one: '{{formatted}} row',
      rows_other: '{{formatted}} rows',
      columns_one: '{{formatted}} column',
      columns_other: '{{formatted}} columns',
      useAsBase: 'Use as base',
      isBase: 'base of the table',
      remove: 'Remove source {{name}}',
      rename: 'Rename source {{name}}',
      renameField: 'New name for source {{name}}',
      renameSave: 'OK',
      renameCancel: 'Cancel',
      renamed: 'Source {{old}} is now called {{name}}.',
      refresh: 'Refresh',
      refreshLabel: 'Refresh source {{name}} from a new version of its file',
      warningsTitle: 'Notes on importing {{name}}',
      warningsCount_one: '{{count}} note',
      warningsCount_other: '{{count}} notes',
      dismissWarnings: 'Close notes',
    },
    table: {
      title: 'Result',
      rowCount_one: '{{formatted}} row',
      rowCount_other: '{{formatted}} rows',
      noRecipe: 'Choose a source on the left as the base to show the table.',
      noSources: 'Import data first.',
      yes: 'yes',
      no: 'no',
      loading: 'Loading…',
      noRows: 'No rows',
    },
    types: {
      text: 'text',
      integer: 'whole number',
      decimal: 'number',
      date: 'date',
      boolean: 'yes/no',
      identifier: 'number (id)',
      ordinal: 'level (ordered)',
    },
    refresh: {
      title: 'Refresh {{name}}',
      intro: 'The source is read again from {{file}} (was {{old}}), with the same settings. First you see what changes.',
      diffTitle: 'What changes',
      rows: 'Rows: {{before}} → {{after}}',
      rowsAdded_one: '{{n}} row is added',
      rowsAdded_other: '{{n}} rows are added',
      rowsRemoved_one: '{{n}} row disappears',
      rowsRemoved_other: '{{n}} rows disappear',
      columnsAdded: 'New columns: {{columns}}',
      columnsMissing: 'Missing columns: {{columns}}. Steps that use them will stop working.',
      typeChange: 'Column {{column}}: {{from}} → {{to}}',
      sameColumns: 'The same columns, with the same kinds of data.',
      confirm: 'Replace',
      confirmAnyway: 'Replace anyway',
      misfitsTitle: 'What will no longer fit',
      misfitRecipe: 'Recipe, step {{step}}:',
      misfitView: 'View "{{view}}", step {{step}}:',
      misfitChart: 'Chart of view "{{view}}":',
      misfitsHint:
        'If you replace anyway, the recipe stops at that step and the step says why; the table then shows what comes before it. Change the step afterwards, or cancel and give the column its old name when reading the file.',
      cancel: 'Cancel',
      cancelled: 'The refresh was cancelled. The source has not changed.',
      unchanged: 'The source has not changed.',
      done: 'Source {{name}} refreshed.',
    },
  },
} satisfies Catalogue<typeof nl>;
