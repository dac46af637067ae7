import type { Catalogue } from '../catalogue';
import type { engine as nl } from '../nl-BE/engine';

/**
 * Strings of the engine area: errors.project/name/file/recipe/source/view/refresh.* and engine.*.
 * English: the same keys as nl-BE/engine.ts (the type checker holds them equal).
 */
export const engine = {
  errors: {
    project: {
      notAProject: 'This file is not a Datateam Werkbank project.',
      corrupt: 'This project file is damaged and cannot be opened. Your current project was not changed.',
      newerVersion:
        'This project was saved by a newer version of the workbench (file version {{found}}; this version reads up to {{supported}}). Update the Datateam Werkbank to open it.',
      saveFailed: 'The project could not be saved ({{detail}}). The existing file was not changed.',
      duplicateEntry:
        'This project file holds "{{entry}}" more than once (or again with different capitals), so it cannot be told which version counts. It was not opened; your current project was not changed.',
    },
    name: {
      notClean:
        'The name "{{name}}" contains invisible or control characters (such as a tab, a line break, a NUL character or a character that reverses the writing direction). Type the name again without them.',
      tooLong: 'This name is {{length}} characters long; a name may have at most {{max}}. Choose a shorter name.',
    },
    file: {
      unknown: 'This file is no longer available. Please choose it again.',
    },
    recipe: {
      unknownColumn: 'The column "{{column}}" does not exist (any more) in this table.',
      unknownSource: 'The source "{{source}}" does not exist (any more) in this project.',
      runStoppedAtStep:
        'The recipe stops at step {{step}} ({{kind}}), which no longer fits the files: {{reason}} No result was written. Change the step, or give the column its old name in that source\'s import options in the recipe file, and run the recipe again.',
      runMissingSource: 'No file was given for the recipe\'s source "{{source}}".',
      keyCountMismatch: 'A join needs as many key columns on the left ({{left}}) as on the right ({{right}}).',
      badFilterValue: 'The value "{{value}}" does not fit the column "{{column}}".',
      stackMissingColumns:
        'The rows of "{{source}}" cannot go under the table: that source lacks the columns {{columns}}. Only sources with the same columns can be stacked.',
      stackExtraColumns:
        'The rows of "{{source}}" cannot go under the table: that source has columns the table does not have ({{columns}}). Only sources with the same columns can be stacked.',
      stackTypeDiffers:
        'The rows of "{{source}}" cannot go under the table: its column "{{column}}" has another type (e.g. text instead of numbers). Choose the same type when importing "{{source}}".',
      measureRequired: 'Choose a column to average.',
      measureNotNumeric:
        'The column "{{column}}" cannot be averaged: it holds no numbers, or levels (such as E…A) that are a ranking rather than a scale. Count the rows per group instead.',
      aggregateNotNumeric:
        'No mean, median, standard deviation or sum can be computed of the column "{{column}}": it holds no numbers, or levels (such as E…A) that are a ranking rather than a scale. Count the rows instead, or take the lowest or highest level.',
      valueDoesNotFit: 'The value "{{value}}" does not fit the column "{{column}}".',
      duplicateColumnName: 'The name "{{name}}" occurs more than once in the result (capitals do not count). Give every column a different name.',
      reservedColumnName: 'The name "{{name}}" starts with "__"; the workbench uses such names itself. Choose another name.',
      emptyColumnName: 'Every column needs a name.',
      pivotMeasureRequired: 'Choose the column whose values fill the cells.',
      pivotValueTwice: 'The value "{{value}}" of "{{column}}" is listed more than once.',
      columnChosenTwice: 'The column "{{column}}" is chosen more than once.',
    },
    source: {
      inUse: 'The source "{{source}}" is still used by the recipe or a saved view. Remove it there first.',
      unknown: 'This source does not exist (any more) in this project.',
      nameEmpty: 'A source needs a name.',
      nameTaken: 'There already is a source called "{{name}}" (capitals do not count). Choose another name.',
      renameBreaksRecipe:
        'The source "{{source}}" cannot be renamed "{{name}}": the recipe uses the column "{{column}}", which is named after the source. Change that step first.',
      renameBreaksView:
        'The source "{{source}}" cannot be renamed "{{name}}": the saved view "{{view}}" uses the column "{{column}}", which is named after the source. Change that view first.',
    },
    view: {
      unknown: 'This view does not exist (any more).',
    },
    refresh: {
      columnMissingInRecipe:
        'The new version of "{{source}}" no longer has a column "{{column}}", which the recipe still uses. The source was not replaced. When reading the file, choose which column should now be called "{{column}}" (give it that name), or first remove the step that uses "{{column}}" from the recipe.',
      columnMissingInView:
        'The new version of "{{source}}" no longer has a column "{{column}}", which the saved view "{{view}}" still uses. The source was not replaced. When reading the file, choose which column should now be called "{{column}}" (give it that name), or first delete or change that view.',
      recipeDoesNotFit:
        'The new version of "{{source}}" no longer fits the recipe or a saved view (column "{{column}}" has another type). The source was not replaced. When reading the file, choose the earlier type for "{{column}}", or first change the filter on that column.',
    },
  },
  engine: {
    joinMatchedNothing: 'No row found a partner in "{{source}}". Are the key columns right?',
    joinDuplicateKeys:
      'Some keys occur more than once ({{left}} on the left, {{right}} in "{{source}}"): such rows are multiplied.',
    joinEmptyKeys: 'Rows without a key ({{left}} on the left, {{right}} in "{{source}}") never find a partner.',
    filterMatchedNothing: 'The filter on "{{column}}" leaves no rows.',
    joinMultipliesRows:
      'The join with "{{source}}" on {{keys}} multiplies rows: {{repeated}} rows find more than one partner, so {{before}} rows become {{result}}. Does {{keys}} identify each row (like a pupil number, not a class)?',
    groupSkippedEmpty:
      '"{{name}}" was computed without the empty values of "{{column}}" (skipped: {{count}}); "{{n}}" counts all rows of each group.',
    pivotUnlisted:
      'Rows whose value of "{{column}}" is not in the list are left out: {{rows}} rows, {{values}} different values (e.g. {{examples}}).',
    pivotEmpty: 'Rows without a value in "{{column}}" are left out: {{rows}} rows.',
    pivotFirstDropped:
      'Cells with more than one row for the same value of "{{column}}": {{cells}}. Only the first row counts; choose "mean", "sum" or "count" to count them all.',
    unpivotAsText: 'The columns {{columns}} have different types: the values in "{{value}}" have become text.',
    runColumnRebound:
      'In the file for "{{source}}" the column is called "{{from}}"; the recipe calls it "{{to}}". It was read as "{{to}}" (the names differ only in case, accents or spaces).',
  },
} satisfies Catalogue<typeof nl>;
