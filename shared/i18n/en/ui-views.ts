import type { Catalogue } from '../catalogue';
import type { uiViews as nl } from '../nl-BE/ui-views';

/**
 * Strings of saved views, the save-view dialog and the chart. Plural keys end in `_one` / `_other`.
 * English: the same keys as nl-BE/ui-views.ts (the type checker holds them equal).
 */
export const uiViews = {
  ui: {
    views: {
      title: 'Saved views',
      empty: 'No saved views yet.',
      save: 'Save view',
      nothingToSave: 'There is no chart or analysis to save as a view yet.',
      remove: 'Delete view {{title}}',
    },
    viewDialog: {
      title: 'Save view',
      titleLabel: 'Title',
      titleHint: 'Let the title say what you see, e.g. "2B gained most in maths".',
      takeawayLabel: 'Message for the team',
      confirm: 'Save',
      cancel: 'Cancel',
      titleRequired: 'Give the view a title.',
    },
    chart: {
      title: 'Chart',
      groupBy: 'Group by',
      measure: 'Measure',
      countRows: 'Number of rows',
      aggregate: 'Calculation',
      mean: 'Mean',
      count: 'Number with a value',
      draw: 'Draw chart',
      empty: 'Choose what to group by and draw the chart.',
      yMean: 'Mean {{column}}',
      yCount: 'Number of rows',
      yCountOf: 'Number with {{column}}',
      emptyGroup: '(empty)',
      nLabel: 'n = {{n}}',
      captionTitle: 'Count per group',
      captionGroup: 'Group',
      captionN: 'n',
      captionValue: 'Value',
      smallGroups_one: 'Note: {{count}} group has fewer than 10. Read that result with care.',
      smallGroups_other: 'Note: {{count}} groups have fewer than 10. Read those results with care.',
      export: 'Export',
      exportPng: 'PNG',
      exportSvg: 'SVG',
      exported: 'Image saved as {{name}}.',
      altText: 'Bar chart: {{y}} by {{x}}.',
    },
  },
} satisfies Catalogue<typeof nl>;
