import type { Catalogue } from '../catalogue';
import type { uiEditing as nl } from '../nl-BE/ui-editing';

/**
 * Strings of editing the work: undo and redo (ui.editing.*), the question before unsaved work is
 * discarded (ui.discard.*) and the result table's column headers and new columns (ui.columns.*).
 * English: the same keys as nl-BE/ui-editing.ts (the type checker holds them equal).
 */
export const uiEditing = {
  ui: {
    editing: {
      undoSkipped_one: 'One earlier step could not come back: the data changed since.',
      undoSkipped_other: '{{count}} earlier steps could not come back: the data changed since.',
      sourceRemoved: 'Source “{{name}}” removed. This cannot be undone.',
    },
    discard: {
      title: 'Unsaved changes',
      new: 'The project “{{name}}” has changes that are not saved yet. Save them before starting a new project?',
      open: 'The project “{{name}}” has changes that are not saved yet. Save them before opening another project?',
      demo: 'The project “{{name}}” has changes that are not saved yet. Save them before opening the demo?',
      close: 'The project “{{name}}” has changes that are not saved yet. Save them before closing the workbench?',
      save: 'Save',
      discard: "Don't save",
      cancel: 'Cancel',
    },
    columns: {
      filter: 'Filter on {{name}} (Alt+↓)',
      missing: '{{formatted}} empty',
      header_zero: '{{name}}, no empty cells',
      header_one: '{{name}}, 1 empty cell',
      header_other: '{{name}}, {{formatted}} empty cells',
      range: 'From {{min}} to {{max}}',
      top: 'Most frequent: {{values}}',
      allEmpty: 'All cells are empty',
      added_one: 'New column: {{names}}',
      added_other: '{{count}} new columns: {{names}}',
    },
  },
} satisfies Catalogue<typeof nl>;
