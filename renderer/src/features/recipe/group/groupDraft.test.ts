import { describe, expect, it } from 'vitest';
import { GroupStep } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { type AggregateDraft, buildGroup, changeAggregate, columnsFor, draftOf, type NameWords, newAggregate, opsFor, proposedName } from './groupDraft';

const columns: ColumnInfo[] = [
  { name: 'Klas', type: 'text' },
  { name: 'Score', type: 'decimal' },
  { name: 'Niveau', type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] },
  { name: 'Geboortedatum', type: 'date' },
];
const words: NameWords = { fn: (fn) => ({ count: 'aantal rijen', mean: 'gemiddelde', countDistinct: 'aantal verschillende' })[fn as string] ?? fn, share: (c, op, v) => `aandeel ${c} ${op} ${v}` };

describe('the group editor’s figures', () => {
  it('offers number columns only for mean, median, SD and sum', () => {
    expect(columnsFor('mean', columns).map((c) => c.name)).toEqual(['Score']);
    expect(columnsFor('sum', columns).map((c) => c.name)).toEqual(['Score']);
    expect(columnsFor('max', columns)).toHaveLength(4);
    expect(opsFor('text')).toEqual(['eq', 'neq', 'isEmpty', 'notEmpty']);
    expect(opsFor('ordinal')).toContain('gte');
  });

  it('proposes a name that follows the figure until the user types one', () => {
    const start = newAggregate(columns, words);
    expect(start).toMatchObject({ fn: 'mean', column: 'Score', name: 'gemiddelde Score', named: false });
    const distinct = changeAggregate(start, { fn: 'countDistinct', column: 'Klas' }, columns, words);
    expect(distinct.name).toBe('aantal verschillende Klas');
    const own = changeAggregate(distinct, { name: 'klassen' }, columns, words);
    expect(changeAggregate(own, { column: 'Niveau' }, columns, words)).toMatchObject({ name: 'klassen', named: true });
    // Emptying the name gives the proposal back.
    expect(changeAggregate(own, { name: '' }, columns, words)).toMatchObject({ name: 'aantal verschillende Klas', named: false });
    expect(proposedName({ ...start, fn: 'count' }, words)).toBe('aantal rijen');
  });

  it('moves a figure to a column it can read', () => {
    const onText: AggregateDraft = { fn: 'countValues', column: 'Klas', name: '', named: false, op: 'eq', value: '' };
    expect(changeAggregate(onText, { fn: 'median' }, columns, words).column).toBe('Score');
    const share = changeAggregate(onText, { fn: 'share', op: 'gte' }, columns, words);
    expect(share.op).toBe('eq'); // text: equal or not, no order
  });

  it('builds a valid step with typed values, and reads it back', () => {
    const draft = {
      keys: ['Klas'],
      countName: 'n',
      aggregates: [
        { fn: 'mean', column: 'Score', name: 'gemiddelde Score', named: false, op: 'eq', value: '' },
        { fn: 'count', column: '', name: 'rijen', named: true, op: 'eq', value: '' },
        { fn: 'share', column: 'Score', name: 'geslaagd', named: true, op: 'gte', value: '20,5' },
        { fn: 'share', column: 'Niveau', name: 'A of B', named: true, op: 'in', value: 'A; B' },
        { fn: 'share', column: 'Klas', name: 'zonder klas', named: true, op: 'isEmpty', value: '' },
      ] as AggregateDraft[],
    };
    const built = buildGroup(draft, columns, 'nl-BE');
    if (!('step' in built)) throw new Error(JSON.stringify(built.problems));
    expect(built.step.aggregates).toEqual([
      { fn: 'mean', column: 'Score', name: 'gemiddelde Score' },
      { fn: 'count', name: 'rijen' },
      { fn: 'share', name: 'geslaagd', condition: { op: 'gte', column: 'Score', value: 20.5 } },
      { fn: 'share', name: 'A of B', condition: { op: 'in', column: 'Niveau', values: ['A', 'B'] } },
      { fn: 'share', name: 'zonder klas', condition: { op: 'isEmpty', column: 'Klas' } },
    ]);
    const step = GroupStep.parse({ ...built.step, id: 'step1' });
    const back = draftOf(step, 'nl-BE');
    expect(back.aggregates.map((a) => [a.fn, a.column, a.op, a.value, a.name])).toEqual([
      ['mean', 'Score', 'eq', '', 'gemiddelde Score'],
      ['count', '', 'eq', '', 'rijen'],
      ['share', 'Score', 'gte', '20,5', 'geslaagd'],
      ['share', 'Niveau', 'in', 'A; B', 'A of B'],
      ['share', 'Klas', 'isEmpty', '', 'zonder klas'],
    ]);
    expect(back.aggregates.every((a) => a.named)).toBe(true);
    expect(buildGroup(back, columns, 'nl-BE')).toEqual(built);
  });

  it('says what keeps a draft from being a step', () => {
    const built = buildGroup(
      {
        keys: ['Klas'],
        countName: 'N',
        aggregates: [
          { fn: 'mean', column: 'Score', name: 'n', named: true, op: 'eq', value: '' },
          { fn: 'share', column: 'Score', name: 'x', named: true, op: 'gt', value: 'veel' },
          { fn: 'max', column: 'Weg', name: 'klas', named: true, op: 'eq', value: '' },
        ],
      },
      columns,
      'nl-BE',
    );
    expect('problems' in built && built.problems).toEqual({
      countName: null,
      aggregates: [
        { name: { code: 'errors.recipe.duplicateColumnName', params: { name: 'n' } }, value: null, column: null },
        { name: null, value: { code: 'ui.steps.problems.notNumber', params: { value: 'veel' } }, column: null },
        { name: { code: 'errors.recipe.duplicateColumnName', params: { name: 'klas' } }, value: null, column: { code: 'ui.steps.problems.columnGone', params: { column: 'Weg' } } },
      ],
    });
  });
});
