import { describe, expect, it } from 'vitest';
import { FilterStep } from '../../../../../shared/model/recipe';
import { buildFilter, inLevelOrder, needsValue, opsFor, valueInputFor } from './filterOps';

describe('filter building', () => {
  it('offers comparisons that fit the column type', () => {
    expect(opsFor('decimal')).toContain('gte');
    expect(opsFor('text')).not.toContain('gt');
    expect(opsFor('text')).toContain('contains');
    expect(opsFor('boolean')).toEqual(['eq', 'neq', 'isEmpty', 'notEmpty']);
    expect(needsValue('isEmpty')).toBe(false);
    expect(needsValue('eq')).toBe(true);
  });

  it('picks text values from the distinct list, but types them for "contains"', () => {
    expect(valueInputFor('text', 'eq')).toBe('distinct');
    expect(valueInputFor('text', 'contains')).toBe('text');
    expect(valueInputFor('identifier', 'eq')).toBe('text');
  });

  it('stores numbers as numbers, read in the locale', () => {
    const step = buildFilter({ name: 'Score', type: 'decimal' }, 'gte', '23,5', 'nl-BE');
    expect(step).toEqual({ kind: 'filter', column: 'Score', op: 'gte', value: 23.5 });
    expect(FilterStep.omit({ id: true }).parse(step)).toEqual(step);
    expect(buildFilter({ name: 'Score', type: 'decimal' }, 'gte', 'veel', 'nl-BE')).toBeNull();
  });

  it('stores booleans, dates and text in their own type', () => {
    expect(buildFilter({ name: 'Rem', type: 'boolean' }, 'eq', 'true', 'nl-BE')?.value).toBe(true);
    expect(buildFilter({ name: 'Rem', type: 'boolean' }, 'eq', '', 'nl-BE')).toBeNull();
    expect(buildFilter({ name: 'Datum', type: 'date' }, 'lt', '2026-05-28', 'nl-BE')?.value).toBe('2026-05-28');
    expect(buildFilter({ name: 'Datum', type: 'date' }, 'lt', '28/05/2026', 'nl-BE')).toBeNull();
    expect(buildFilter({ name: 'Klas', type: 'text' }, 'eq', '2A', 'nl-BE')?.value).toBe('2A');
  });

  it('needs no value to test for empty cells', () => {
    expect(buildFilter({ name: 'Score', type: 'decimal' }, 'isEmpty', 'x', 'nl-BE')).toEqual({
      kind: 'filter',
      column: 'Score',
      op: 'isEmpty',
      value: null,
    });
  });

  it('filters an ordinal column on its levels, listed lowest first', () => {
    expect(opsFor('ordinal')).toEqual(['eq', 'neq', 'isEmpty', 'notEmpty']);
    expect(valueInputFor('ordinal', 'eq')).toBe('distinct');
    expect(buildFilter({ name: 'Niveau', type: 'ordinal', levels: ['E', 'D', 'C', 'B', 'A'] }, 'eq', 'B', 'nl-BE')?.value).toBe('B');
    expect(inLevelOrder(['A', 'x', 'C', 'E', 'B'], ['E', 'D', 'C', 'B', 'A'])).toEqual(['E', 'C', 'B', 'A', 'x']);
  });
});
