import { describe, expect, it } from 'vitest';
import { type FilterCondition, FilterStep } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { buildCondition, buildFilter, type ConditionDraft, draftOf, emptyDraft, inLevelOrder, needsValue, opsFor, sortDistinct, valueInputFor } from './filterOps';

const SCORE: ColumnInfo = { name: 'Score', type: 'decimal' };
const draft = (column: string, op: ConditionDraft['op'], more: Partial<ConditionDraft> = {}): ConditionDraft => ({ ...emptyDraft(column), op, ...more });

describe('filter building', () => {
  it('offers conditions that fit the column type', () => {
    expect(opsFor('decimal')).toEqual(expect.arrayContaining(['gte', 'between', 'in']));
    expect(opsFor('date')).toContain('between');
    expect(opsFor('text')).not.toContain('gt');
    expect(opsFor('text')).not.toContain('between');
    expect(opsFor('text')).toEqual(expect.arrayContaining(['contains', 'startsWith', 'in', 'notIn']));
    expect(opsFor('boolean')).toEqual(['eq', 'neq', 'isEmpty', 'notEmpty']);
    expect(needsValue('isEmpty')).toBe(false);
    expect(needsValue('eq')).toBe(true);
  });

  it('picks text values from the distinct list, types them for "contains" and "starts with", ticks several for a list', () => {
    expect(valueInputFor('text', 'eq')).toBe('distinct');
    expect(valueInputFor('text', 'contains')).toBe('text');
    expect(valueInputFor('text', 'startsWith')).toBe('text');
    expect(valueInputFor('identifier', 'eq')).toBe('text');
    expect(valueInputFor('integer', 'in')).toBe('list');
    expect(valueInputFor('date', 'between')).toBe('range');
    expect(valueInputFor('decimal', 'isEmpty')).toBe('none');
  });

  it('stores numbers as numbers, read in the locale', () => {
    const condition = buildCondition(SCORE, draft('Score', 'gte', { value: '23,5' }), 'nl-BE');
    expect(condition).toEqual({ column: 'Score', op: 'gte', value: 23.5 });
    expect(buildCondition(SCORE, draft('Score', 'gte', { value: 'veel' }), 'nl-BE')).toBeNull();
  });

  it('stores booleans, dates and text in their own type', () => {
    const value = (column: ColumnInfo, op: ConditionDraft['op'], raw: string) => {
      const c = buildCondition(column, draft(column.name, op, { value: raw }), 'nl-BE');
      return c && 'value' in c ? c.value : null;
    };
    expect(value({ name: 'Rem', type: 'boolean' }, 'eq', 'true')).toBe(true);
    expect(buildCondition({ name: 'Rem', type: 'boolean' }, draft('Rem', 'eq'), 'nl-BE')).toBeNull();
    expect(value({ name: 'Datum', type: 'date' }, 'lt', '2026-05-28')).toBe('2026-05-28');
    expect(buildCondition({ name: 'Datum', type: 'date' }, draft('Datum', 'lt', { value: '28/05/2026' }), 'nl-BE')).toBeNull();
    expect(value({ name: 'Klas', type: 'text' }, 'eq', '2A')).toBe('2A');
    expect(buildCondition({ name: 'Klas', type: 'text' }, draft('Klas', 'startsWith'), 'nl-BE')).toBeNull();
  });

  it('needs no value to test for empty cells', () => {
    expect(buildCondition(SCORE, draft('Score', 'isEmpty', { value: 'x' }), 'nl-BE')).toEqual({ column: 'Score', op: 'isEmpty' });
  });

  it('builds value lists with the empty cell, and ranges with an open end', () => {
    expect(buildCondition({ name: 'Klas', type: 'text' }, draft('Klas', 'notIn', { values: ['2A', null] }), 'nl-BE')).toEqual({ column: 'Klas', op: 'notIn', values: ['2A', null] });
    expect(buildCondition({ name: 'Klas', type: 'text' }, draft('Klas', 'in'), 'nl-BE')).toBeNull();
    expect(buildCondition(SCORE, draft('Score', 'between', { min: '10', max: '' }), 'nl-BE')).toEqual({ column: 'Score', op: 'between', min: 10, max: null });
    expect(buildCondition(SCORE, draft('Score', 'between', { min: '', max: '12,5' }), 'nl-BE')).toEqual({ column: 'Score', op: 'between', min: null, max: 12.5 });
    expect(buildCondition(SCORE, draft('Score', 'between'), 'nl-BE')).toBeNull();
    expect(buildCondition(SCORE, draft('Score', 'between', { min: 'x', max: '3' }), 'nl-BE')).toBeNull();
    expect(buildCondition({ name: 'Datum', type: 'date' }, draft('Datum', 'between', { min: '2025-09-01', max: '2026-06-30' }), 'nl-BE')).toEqual({
      column: 'Datum',
      op: 'between',
      min: '2025-09-01',
      max: '2026-06-30',
    });
  });

  it('combines conditions with AND or OR into one valid step, or says which do not fit', () => {
    const columns: ColumnInfo[] = [{ name: 'Klas', type: 'text' }, SCORE];
    const built = buildFilter(columns, [draft('Klas', 'in', { values: ['2A', '2B'] }), draft('Score', 'lt', { value: '10' })], 'any', 'nl-BE');
    expect(built).toEqual({
      step: {
        kind: 'filter',
        match: 'any',
        conditions: [
          { column: 'Klas', op: 'in', values: ['2A', '2B'] },
          { column: 'Score', op: 'lt', value: 10 },
        ],
      },
    });
    if ('step' in built) expect(FilterStep.omit({ id: true }).parse(built.step)).toEqual(built.step);
    expect(buildFilter(columns, [draft('Klas', 'isEmpty'), draft('Score', 'lt', { value: 'x' }), draft('Weg', 'isEmpty')], 'all', 'nl-BE')).toEqual({ invalid: [1, 2] });
  });

  it('filters an ordinal column on its levels, listed lowest first', () => {
    expect(opsFor('ordinal')).toEqual(['eq', 'neq', 'in', 'notIn', 'isEmpty', 'notEmpty']);
    expect(valueInputFor('ordinal', 'eq')).toBe('distinct');
    const niveau: ColumnInfo = { name: 'Niveau', type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] };
    const b = buildCondition(niveau, draft('Niveau', 'eq', { value: 'B' }), 'nl-BE');
    expect(b && 'value' in b ? b.value : null).toBe('B');
    expect(inLevelOrder(['A', 'x', 'C', 'E', 'B'], ['E', 'D', 'C', 'B', 'A'])).toEqual(['E', 'C', 'B', 'A', 'x']);
  });

  it('lists distinct values in the column’s order, the empty cell last', () => {
    const n = (value: string | number | null) => ({ value, n: 1 });
    expect(sortDistinct([n('10A'), n(null), n('2B'), n('2a')], { name: 'Klas', type: 'text' }, 'nl-BE').map((v) => v.value)).toEqual(['2a', '2B', '10A', null]);
    expect(sortDistinct([n(10), n(null), n(2.5)], SCORE, 'nl-BE').map((v) => v.value)).toEqual([2.5, 10, null]);
    expect(sortDistinct([n('A'), n('C'), n('E')], { name: 'Niveau', type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] }, 'nl-BE').map((v) => v.value)).toEqual(['E', 'C', 'A']);
  });
});

describe('editing a filter step', () => {
  const COLUMNS: ColumnInfo[] = [
    { name: 'Score', type: 'decimal' },
    { name: 'Nr', type: 'integer' },
    { name: 'Klas', type: 'text' },
    { name: 'Datum', type: 'date' },
    { name: 'Remediëring', type: 'boolean' },
  ];
  const conditions: FilterCondition[] = [
    { column: 'Score', op: 'gte', value: 23.5 },
    { column: 'Score', op: 'between', min: 0.0000001, max: 1234.25 },
    { column: 'Score', op: 'between', min: null, max: 10 },
    { column: 'Nr', op: 'eq', value: 20240001 },
    { column: 'Nr', op: 'notIn', values: [3, 5, null] },
    { column: 'Klas', op: 'startsWith', value: '2' },
    { column: 'Klas', op: 'in', values: ['2A', '2B'] },
    { column: 'Datum', op: 'lt', value: '2026-03-01' },
    { column: 'Remediëring', op: 'eq', value: true },
    { column: 'Klas', op: 'isEmpty' },
  ];

  it.each(['nl-BE', 'en'] as const)('gives back every condition a step holds (%s)', (locale) => {
    for (const condition of conditions) {
      const column = COLUMNS.find((c) => c.name === condition.column)!;
      expect(buildCondition(column, draftOf(condition, locale), locale)).toEqual(condition);
    }
  });

  it('shows numbers as a teacher types them in the locale', () => {
    expect(draftOf({ column: 'Score', op: 'gte', value: 23.5 }, 'nl-BE').value).toBe('23,5');
    expect(draftOf({ column: 'Score', op: 'gte', value: 23.5 }, 'en').value).toBe('23.5');
    expect(draftOf({ column: 'Nr', op: 'eq', value: 1234567 }, 'nl-BE').value).toBe('1234567');
  });
});
