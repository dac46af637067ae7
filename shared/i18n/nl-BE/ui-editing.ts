/**
 * Strings of editing the work: undo and redo (ui.editing.*), the question before unsaved work is
 * discarded (ui.discard.*) and the result table's column headers and new columns (ui.columns.*).
 * Plural keys end in `_one` / `_other` (`_zero` where nothing is worth its own sentence).
 * Dutch (Flemish usage) is the reference: en/ui-editing.ts is typed against it.
 */
export const uiEditing = {
  ui: {
    editing: {
      undoSkipped_one: 'Eén eerdere stap kon niet terugkomen: de gegevens zijn intussen veranderd.',
      undoSkipped_other: '{{count}} eerdere stappen konden niet terugkomen: de gegevens zijn intussen veranderd.',
      sourceRemoved: 'Bron “{{name}}” verwijderd. Dit kan niet ongedaan gemaakt worden.',
    },
    discard: {
      title: 'Niet-bewaarde wijzigingen',
      new: 'Het project “{{name}}” heeft wijzigingen die nog niet bewaard zijn. Wil je ze bewaren voor je een nieuw project begint?',
      open: 'Het project “{{name}}” heeft wijzigingen die nog niet bewaard zijn. Wil je ze bewaren voor je een ander project opent?',
      demo: 'Het project “{{name}}” heeft wijzigingen die nog niet bewaard zijn. Wil je ze bewaren voor je de demo opent?',
      close: 'Het project “{{name}}” heeft wijzigingen die nog niet bewaard zijn. Wil je ze bewaren voor je de werkbank sluit?',
      save: 'Opslaan',
      discard: 'Niet opslaan',
      cancel: 'Annuleren',
    },
    columns: {
      filter: 'Filter op {{name}} (Alt+↓)',
      missing: '{{formatted}} leeg',
      header_zero: '{{name}}, geen lege cellen',
      header_one: '{{name}}, 1 lege cel',
      header_other: '{{name}}, {{formatted}} lege cellen',
      range: 'Van {{min}} tot {{max}}',
      top: 'Meest voorkomend: {{values}}',
      allEmpty: 'Alle cellen zijn leeg',
      added_one: 'Nieuwe kolom: {{names}}',
      added_other: '{{count}} nieuwe kolommen: {{names}}',
    },
  },
} as const;
