import { describe, expect, it } from 'vitest';
import { PivotStep } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { aggregatesFor, buildPivot, changePivot, draftOf, keyColumns, type PivotDraft, takeAll, valueName, withDistinct } from './pivotDraft';

const columns: ColumnInfo[] = [
  { name: 'Stamboeknummer', type: 'identifier' },
  { name: 'Klas', type: 'text' },
  { name: 'Afname', type: 'text' },
  { name: 'Week', type: 'integer' },
  { name: 'Score', type: 'decimal' },
  { name: 'Niveau', type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] },
];
const col = (name: string) => columns.find((c) => c.name === name)!;
const words = { yes: 'ja', no: 'nee' };

describe('the pivot editor’s values', () => {
  it('lists the values that occur after the ones already listed, sorted, empty ones left out', () => {
    // As the engine answers: most frequent first, with an empty value and blank text among them.
    const distinct = {
      values: [
        { value: 'M10', n: 40 },
        { value: null, n: 7 },
        { value: 'M2', n: 30 },
        { value: ' ', n: 2 },
        { value: 'januari', n: 12 },
        { value: 'M1', n: 5 },
      ],
      truncated: false,
    };
    const rows = withDistinct([], distinct, col('Afname'), 'nl-BE', words);
    // Text sorts alphabetically with numbers by size: M1, M2, M10 (not M1, M10, M2).
    expect(rows.map((r) => [r.value, r.n, r.chosen, r.name])).toEqual([
      ['januari', 12, false, 'januari'],
      ['M1', 5, false, 'M1'],
      ['M2', 30, false, 'M2'],
      ['M10', 40, false, 'M10'],
    ]);
    // A step being edited keeps its values first, in its order and with its names; a value that no longer occurs has 0 rows.
    const edited = withDistinct(
      [
        { value: 'M2', name: 'tweede', chosen: true, n: null },
        { value: 'oud', name: 'oud', chosen: true, n: null },
      ],
      distinct,
      col('Afname'),
      'nl-BE',
      words,
    );
    expect(edited.map((r) => [r.value, r.name, r.chosen, r.n])).toEqual([
      ['M2', 'tweede', true, 30],
      ['oud', 'oud', true, 0],
      ['januari', 'januari', false, 12],
      ['M1', 'M1', false, 5],
      ['M10', 'M10', false, 40],
    ]);
    // A list cut short cannot say that a value does not occur.
    expect(withDistinct([{ value: 'oud', name: 'oud', chosen: true, n: null }], { ...distinct, truncated: true }, col('Afname'), 'nl-BE', words)[0]!.n).toBeNull();
  });

  it('matches numbers by value and names them with the locale’s decimal sign', () => {
    const rows = withDistinct([{ value: '3', name: 'drie', chosen: true, n: null }], { values: [{ value: 12, n: 1 }, { value: 3, n: 4 }, { value: 2.5, n: 2 }], truncated: false }, col('Week'), 'nl-BE', words);
    expect(rows.map((r) => [r.value, r.name, r.n])).toEqual([
      ['3', 'drie', 4],
      [2.5, '2,5', 2],
      [12, '12', 1],
    ]);
    expect(valueName(2.5, 'en', words)).toBe('2.5');
    expect(valueName(true, 'nl-BE', words)).toBe('ja');
  });

  it('takes all values in sorted order: numbers by size, levels by rank', () => {
    const numbers = takeAll([10, 9, 100].map((value) => ({ value, name: String(value), chosen: false, n: 1 })), col('Week'), 'nl-BE');
    expect(numbers.map((r) => [r.value, r.chosen])).toEqual([
      [9, true],
      [10, true],
      [100, true],
    ]);
    const levels = takeAll(['A', 'E', 'C'].map((value) => ({ value, name: value, chosen: false, n: 1 })), col('Niveau'), 'nl-BE');
    expect(levels.map((r) => r.value)).toEqual(['E', 'C', 'A']);
  });
});

describe('the pivot editor’s fields', () => {
  it('proposes one row per pupil with the last number in the cells, and reads a step back', () => {
    expect(draftOf(null, columns)).toEqual({ keys: ['Stamboeknummer'], column: '', values: [], aggregate: 'first', measure: 'Score' });
    // Without a pupil number column: no key; a pupil number read as a number is not taken for the measure.
    const numbered: ColumnInfo[] = [{ name: 'Nr', type: 'integer' }, { name: 'Afname', type: 'text' }, { name: 'Score', type: 'integer' }, { name: 'Niveau', type: 'text' }];
    expect(draftOf(null, numbered)).toMatchObject({ keys: [], measure: 'Score' });
    const step = PivotStep.parse({ id: 'step1', kind: 'pivot', keys: ['Klas'], column: 'Afname', values: [{ value: 'M1', name: 'begin' }], aggregate: 'count' });
    expect(draftOf(step, columns)).toEqual({ keys: ['Klas'], column: 'Afname', values: [{ value: 'M1', name: 'begin', chosen: true, n: null }], aggregate: 'count', measure: '' });
  });

  it('offers mean and sum for a number column only, and lets them go for another measure', () => {
    expect(aggregatesFor(col('Score'))).toEqual(['first', 'mean', 'sum', 'count']);
    expect(aggregatesFor(col('Niveau'))).toEqual(['first', 'count']);
    const draft: PivotDraft = { keys: ['Stamboeknummer', 'Klas'], column: 'Afname', values: [{ value: 'M1', name: 'M1', chosen: true, n: 3 }], aggregate: 'mean', measure: 'Score' };
    expect(changePivot(draft, { measure: 'Niveau' }, columns)).toMatchObject({ aggregate: 'first', measure: 'Niveau' });
    // Counting keeps its aggregate whatever the (unused) measure.
    expect(changePivot({ ...draft, aggregate: 'count' }, { measure: 'Niveau' }, columns).aggregate).toBe('count');
    // Another pivot column: other values; a key that becomes the pivot column is no key any more.
    expect(changePivot(draft, { column: 'Klas' }, columns)).toMatchObject({ column: 'Klas', values: [], keys: ['Stamboeknummer'] });
    expect(keyColumns(draft, columns).map((c) => c.name)).toEqual(['Stamboeknummer', 'Klas', 'Week', 'Niveau']);
    expect(keyColumns({ ...draft, aggregate: 'count' }, columns).map((c) => c.name)).toContain('Score');
  });

  it('builds the step from the values taken, in the list’s order, with trimmed names', () => {
    const draft: PivotDraft = {
      keys: ['Stamboeknummer'],
      column: 'Afname',
      values: [
        { value: 'juni', name: ' eind ', chosen: true, n: 3 },
        { value: 'maart', name: 'maart', chosen: false, n: 1 },
        { value: 'januari', name: 'begin', chosen: true, n: 3 },
      ],
      aggregate: 'sum',
      measure: 'Score',
    };
    const built = buildPivot(draft, columns);
    expect(built).toEqual({
      step: {
        kind: 'pivot',
        keys: ['Stamboeknummer'],
        column: 'Afname',
        values: [
          { value: 'juni', name: 'eind' },
          { value: 'januari', name: 'begin' },
        ],
        aggregate: 'sum',
        measure: 'Score',
      },
    });
    // Counting needs no measure: the step has none.
    const counted = buildPivot({ ...draft, aggregate: 'count' }, columns);
    expect('step' in counted && counted.step.measure).toBeNull();
    // The step is one the recipe accepts.
    if (!('step' in built)) throw new Error('no step');
    expect(PivotStep.safeParse({ ...built.step, id: 'step1' }).success).toBe(true);
  });

  it('says what keeps a draft from being a step', () => {
    const none: PivotDraft = { keys: [], column: '', values: [], aggregate: 'first', measure: '' };
    expect(buildPivot(none, columns)).toEqual({
      problems: { keys: null, column: { code: 'ui.steps.pivot.noColumn', params: {} }, values: null, names: [], measure: { code: 'errors.recipe.pivotMeasureRequired', params: {} } },
    });
    const draft: PivotDraft = {
      keys: ['Klas'],
      column: 'Afname',
      values: [
        { value: 'januari', name: 'klas', chosen: true, n: 1 },
        { value: 'juni', name: '  ', chosen: true, n: 1 },
        { value: 'maart', name: 'Klas', chosen: false, n: 1 },
        { value: 'mei', name: 'x', chosen: true, n: 1 },
        { value: 'x', name: 'X', chosen: true, n: 1 },
      ],
      aggregate: 'mean',
      measure: 'Niveau',
    };
    const built = buildPivot(draft, columns);
    expect(built).toMatchObject({
      problems: {
        keys: null,
        column: null,
        values: null,
        // A name taken by a key (without regard to case), an empty one, a name taken by an earlier value; a value not taken has none.
        names: [
          { code: 'errors.recipe.duplicateColumnName', params: { name: 'klas' } },
          { code: 'errors.recipe.emptyColumnName' },
          null,
          null,
          { code: 'errors.recipe.duplicateColumnName', params: { name: 'X' } },
        ],
        measure: { code: 'errors.recipe.aggregateNotNumeric', params: { column: 'Niveau' } },
      },
    });
    const nothingTaken = buildPivot({ ...draft, values: draft.values.map((v) => ({ ...v, chosen: false })), aggregate: 'first' }, columns);
    expect(nothingTaken).toMatchObject({ problems: { values: { code: 'ui.steps.pivot.noValues' }, measure: null } });
    const gone = buildPivot({ ...draft, keys: ['Weg'], column: 'Oud', aggregate: 'count' }, columns);
    expect(gone).toMatchObject({ problems: { keys: { params: { column: 'Weg' } }, column: { code: 'ui.steps.problems.columnGone', params: { column: 'Oud' } } } });
  });
});
