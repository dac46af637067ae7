import { describe, expect, it } from 'vitest';
import type { SelectStep } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { buildSelect, moveRow, rowsOf } from './selectDraft';

const columns: ColumnInfo[] = ['Nr', 'Naam', 'Klas', 'Score'].map((name) => ({ name, type: 'text' }));

describe('the select editor’s list', () => {
  it('keeps every column of a new step, and lists an edited step’s columns first', () => {
    expect(rowsOf(null, columns).map((r) => [r.column, r.keep])).toEqual([
      ['Nr', true],
      ['Naam', true],
      ['Klas', true],
      ['Score', true],
    ]);
    const step: SelectStep = { id: 'step1', kind: 'select', columns: [{ column: 'Klas' }, { column: 'Nr', as: 'Nummer' }] };
    expect(rowsOf(step, columns)).toEqual([
      { column: 'Klas', keep: true, as: '' },
      { column: 'Nr', keep: true, as: 'Nummer' },
      { column: 'Naam', keep: false, as: '' },
      { column: 'Score', keep: false, as: '' },
    ]);
    expect(buildSelect(rowsOf(step, columns), columns)).toEqual({ step: { kind: 'select', columns: step.columns } });
  });

  it('moves rows and builds the step in the list’s order', () => {
    const rows = moveRow(rowsOf(null, columns), 3, -3);
    expect(moveRow(rows, 0, -1)).toBe(rows);
    const built = buildSelect(rows.map((r) => (r.column === 'Naam' ? { ...r, keep: false } : r.column === 'Klas' ? { ...r, as: ' Klas ' } : r)), columns);
    expect(built).toEqual({ step: { kind: 'select', columns: [{ column: 'Score' }, { column: 'Nr' }, { column: 'Klas' }] } });
  });

  it('refuses an empty list, clashing names and columns that are gone', () => {
    expect(buildSelect(rowsOf(null, columns).map((r) => ({ ...r, keep: false })), columns)).toMatchObject({ problems: { list: { code: 'ui.steps.problems.noColumns' } } });
    const clash = buildSelect(rowsOf(null, columns).map((r) => (r.column === 'Score' ? { ...r, as: 'naam' } : r)), columns);
    expect(clash).toMatchObject({ problems: { list: null, rows: [null, null, null, { code: 'errors.recipe.duplicateColumnName' }] } });
    const gone = buildSelect([{ column: 'Weg', keep: true, as: '' }], columns);
    expect(gone).toMatchObject({ problems: { rows: [{ code: 'ui.steps.problems.columnGone', params: { column: 'Weg' } }] } });
  });
});
