import { describe, expect, it } from 'vitest';
import type { ProjectState } from '../../../../../shared/model/project';
import { RECIPE_VERSION } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { nameProblems } from './outputNames';
import { tableBefore } from './stepColumns';

const col = (name: string): ColumnInfo => ({ name, type: 'text' });

describe('names a step makes', () => {
  it('are refused as the engine would: empty, unclean, reserved, taken regardless of case', () => {
    expect(nameProblems(['a', ' ', 'b\u200b', '__x', 'A', 'c']).map((p) => p?.code ?? null)).toEqual([
      null,
      'errors.recipe.emptyColumnName',
      'errors.name.notClean',
      'errors.recipe.reservedColumnName',
      'errors.recipe.duplicateColumnName',
      null,
    ]);
  });
});

describe('the table a step starts from', () => {
  const project = {
    sources: [{ id: 's1', columns: [col('Nr'), col('Klas')], rowCount: 10 }],
    recipe: {
      version: RECIPE_VERSION,
      base: 's1',
      steps: [
        { id: 'step1', kind: 'deduplicate', keys: ['Nr'], keep: 'first' },
        { id: 'step2', kind: 'group', keys: ['Klas'], countName: 'n', aggregates: [] },
      ],
    },
    result: {
      columns: [col('Klas'), col('n')],
      rowCount: 3,
      steps: [
        { id: 'step1', kind: 'deduplicate', rowsAfter: 9, columns: [col('Nr'), col('Klas')], warnings: [] },
        { id: 'step2', kind: 'group', rowsAfter: 3, columns: [col('Klas'), col('n')], warnings: [] },
      ],
    },
  } as unknown as ProjectState;

  it('is the base table for the first step, the previous step’s table for the others, the result for a new one', () => {
    expect(tableBefore(project, 0)).toEqual({ columns: [col('Nr'), col('Klas')], rows: 10 });
    expect(tableBefore(project, 1)).toEqual({ columns: [col('Nr'), col('Klas')], rows: 9 });
    expect(tableBefore(project, 2)).toEqual({ columns: [col('Klas'), col('n')], rows: 3 });
    expect(tableBefore({ ...project, result: null }, 1)).toBeNull();
  });
});
