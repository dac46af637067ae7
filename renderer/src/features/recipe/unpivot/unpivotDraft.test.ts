import { describe, expect, it } from 'vitest';
import { UnpivotStep } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { becomesText, buildUnpivot, draftOf, freeName, valueType } from './unpivotDraft';

const columns: ColumnInfo[] = [
  { name: 'Nr', type: 'identifier' },
  { name: 'Waarde', type: 'text' },
  { name: 'sept', type: 'integer' },
  { name: 'juni', type: 'decimal' },
  { name: 'Datum', type: 'date' },
  { name: 'Niveau jan', type: 'ordinal', levels: ['C', 'B', 'A'] },
  { name: 'Niveau jun', type: 'ordinal', levels: ['C', 'B', 'A'] },
  { name: 'Niveau oud', type: 'ordinal', levels: ['D', 'C'] },
];
const pick = (...names: string[]) => names.map((n) => columns.find((c) => c.name === n)!);
const words = { name: 'Kolom', value: 'Waarde' };

describe('the unpivot editor', () => {
  it('names the new columns in the user’s language, with a number where the table has that name', () => {
    expect(freeName('Kolom', ['Nr', 'kolom', 'Kolom 2'])).toBe('Kolom 3');
    // The table has a column "Waarde": the value column becomes "Waarde 2".
    expect(draftOf(null, columns, words)).toEqual({ columns: [], nameColumn: 'Kolom', valueColumn: 'Waarde 2', dropEmpty: false });
    const step = UnpivotStep.parse({ id: 'step1', kind: 'unpivot', columns: ['juni', 'sept'], nameColumn: 'Moment', valueColumn: 'Score' });
    expect(draftOf(step, columns, words)).toEqual({ columns: ['juni', 'sept'], nameColumn: 'Moment', valueColumn: 'Score', dropEmpty: false });
  });

  it('tells the values’ type as the engine will give it', () => {
    expect(valueType([])).toBeNull();
    expect(valueType(pick('sept'))).toBe('integer');
    expect(valueType(pick('sept', 'juni'))).toBe('decimal');
    expect(valueType(pick('Niveau jan', 'Niveau jun'))).toBe('ordinal');
    // Levels that differ, or numbers with dates: text, and the user is told.
    expect(valueType(pick('Niveau jan', 'Niveau oud'))).toBe('text');
    expect(becomesText(pick('sept', 'Datum'))).toBe(true);
    // Text with pupil numbers is text anyway: nothing to warn about.
    expect(valueType(pick('Nr', 'Waarde'))).toBe('text');
    expect(becomesText(pick('Nr', 'Waarde'))).toBe(false);
  });

  it('builds the step with the columns in the order they were ticked', () => {
    const built = buildUnpivot({ columns: ['juni', 'sept'], nameColumn: ' Moment ', valueColumn: 'Score', dropEmpty: true }, columns);
    expect(built).toEqual({ step: { kind: 'unpivot', columns: ['juni', 'sept'], nameColumn: 'Moment', valueColumn: 'Score', dropEmpty: true } });
    if (!('step' in built)) throw new Error('no step');
    expect(UnpivotStep.safeParse({ ...built.step, id: 'step1' }).success).toBe(true);
  });

  it('refuses no columns, a column gone, and names that clash with a kept column or each other', () => {
    expect(buildUnpivot({ columns: [], nameColumn: 'a', valueColumn: 'b', dropEmpty: false }, columns)).toEqual({
      problems: { columns: { code: 'ui.steps.problems.noKeys', params: {} }, nameColumn: null, valueColumn: null },
    });
    expect(buildUnpivot({ columns: ['weg'], nameColumn: 'a', valueColumn: 'b', dropEmpty: false }, columns)).toMatchObject({
      problems: { columns: { code: 'ui.steps.problems.columnGone', params: { column: 'weg' } } },
    });
    // "nr" is the kept column Nr; "sept" is no longer a column once it becomes rows, so it is free.
    expect(buildUnpivot({ columns: ['sept', 'juni'], nameColumn: 'nr', valueColumn: 'sept', dropEmpty: false }, columns)).toEqual({
      problems: { columns: null, nameColumn: { code: 'errors.recipe.duplicateColumnName', params: { name: 'nr' } }, valueColumn: null },
    });
    expect(buildUnpivot({ columns: ['sept'], nameColumn: 'Moment', valueColumn: 'MOMENT', dropEmpty: false }, columns)).toMatchObject({
      problems: { nameColumn: null, valueColumn: { code: 'errors.recipe.duplicateColumnName', params: { name: 'MOMENT' } } },
    });
    expect(buildUnpivot({ columns: ['sept'], nameColumn: '', valueColumn: '__x', dropEmpty: false }, columns)).toMatchObject({
      problems: { nameColumn: { code: 'errors.recipe.emptyColumnName' }, valueColumn: { code: 'errors.recipe.reservedColumnName' } },
    });
  });
});
