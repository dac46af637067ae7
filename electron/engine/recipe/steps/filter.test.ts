import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../../shared/api/errors';
import type { FilterCondition, FilterGroup, FilterMatch, Recipe } from '../../../../shared/model/recipe';
import { RECIPE_VERSION } from '../../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';
import { Session } from '../../db/session';
import { rowsTable } from '../../project/demo';
import { Project } from '../../project/project';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

const COLUMNS: ColumnInfo[] = [
  { name: 'nr', type: 'integer' },
  { name: 'Klas', type: 'text' },
  { name: 'Score', type: 'decimal' },
  { name: 'Datum', type: 'date' },
  { name: 'Zorg', type: 'boolean' },
];
const KLAS = ['2A', '2a', '2B', 'Zoë', '  ', null] as const;
const DATES = ['2023-09-01', '2023-09-15', '2024-01-31', '2024-06-28'];

const row = fc.tuple(
  fc.constantFrom<Cell>(...KLAS),
  fc.option(fc.integer({ min: 0, max: 40 }).map((x) => x / 2), { nil: null }),
  fc.option(fc.constantFrom(...DATES), { nil: null }),
  fc.option(fc.boolean(), { nil: null }),
);

const at = (r: Cell[], name: string) => r[COLUMNS.findIndex((c) => c.name === name)]!;
const blank = (v: Cell) => v === null || (typeof v === 'string' && v.trim() === '');

/** What a condition keeps, written from the rules in shared/model/recipe/steps/filter.ts. */
function refKeep(c: FilterCondition, r: Cell[]): boolean {
  const v = at(r, c.column);
  switch (c.op) {
    case 'isEmpty':
      return blank(v);
    case 'notEmpty':
      return !blank(v);
    case 'in':
    case 'notIn': {
      const inside = c.values.some((x) => (x === null ? blank(v) : v === x));
      return c.op === 'in' ? inside : !inside;
    }
    case 'between':
      return v !== null && (c.min === null || (v as number | string) >= (c.min as number | string)) && (c.max === null || (v as number | string) <= (c.max as number | string));
    case 'startsWith':
      return v !== null && String(v).toLowerCase().startsWith(String(c.value).toLowerCase());
    case 'contains':
      return v !== null && String(v).toLowerCase().includes(String(c.value).toLowerCase());
    case 'eq':
      return v !== null && v === c.value;
    case 'neq':
      return v !== c.value;
    case 'gt':
      return v !== null && (v as number) > (c.value as number);
    case 'gte':
      return v !== null && (v as number) >= (c.value as number);
    case 'lt':
      return v !== null && (v as number) < (c.value as number);
    case 'lte':
      return v !== null && (v as number) <= (c.value as number);
  }
}

function refKeepAll(match: FilterMatch, entries: (FilterCondition | FilterGroup)[], r: Cell[]): boolean {
  const each = entries.map((e) => ('conditions' in e ? refKeepAll(e.match, e.conditions, r) : refKeep(e, r)));
  return match === 'all' ? each.every(Boolean) : each.some(Boolean);
}

const condition: fc.Arbitrary<FilterCondition> = fc.oneof(
  fc.record({ column: fc.constant('Klas'), op: fc.constantFrom('in' as const, 'notIn' as const), values: fc.subarray([...KLAS], { minLength: 1 }) }),
  fc.record({ column: fc.constant('Klas'), op: fc.constantFrom('startsWith' as const, 'contains' as const), value: fc.constantFrom('2', '2a', 'zo', 'Z') }),
  fc.record({ column: fc.constant('Score'), op: fc.constant('in' as const), values: fc.subarray([0, 5, 10.5, 20, null], { minLength: 1 }) }),
  fc.record({
    column: fc.constant('Score'),
    op: fc.constant('between' as const),
    min: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
    max: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  }).filter((c) => c.min !== null || c.max !== null),
  fc.record({
    column: fc.constant('Datum'),
    op: fc.constant('between' as const),
    min: fc.option(fc.constantFrom(...DATES), { nil: null }),
    max: fc.option(fc.constantFrom(...DATES), { nil: null }),
  }).filter((c) => c.min !== null || c.max !== null),
  fc.record({ column: fc.constant('Zorg'), op: fc.constantFrom('in' as const, 'notIn' as const), values: fc.subarray([true, false, null], { minLength: 1 }) }),
  fc.record({ column: fc.constantFrom('Klas', 'Score', 'Zorg'), op: fc.constantFrom('isEmpty' as const, 'notEmpty' as const) }),
);
const group: fc.Arbitrary<FilterGroup> = fc.record({ match: fc.constantFrom<FilterMatch>('all', 'any'), conditions: fc.array(condition, { minLength: 1, maxLength: 3 }) });

async function projectWith(rows: Cell[][]): Promise<Project> {
  const ws = new Project(session);
  await ws.addRows(rowsTable('csv', COLUMNS, rows), { fileName: 't.csv', fileHash: 't', options: {} });
  return ws;
}

const filter = (match: FilterMatch, conditions: (FilterCondition | FilterGroup)[]): Recipe => ({
  version: RECIPE_VERSION,
  base: 's1',
  steps: [{ id: 'f', kind: 'filter', match, conditions }],
});

describe('filter conditions', () => {
  it('value lists, ranges with open ends, starts-with, empties, AND/OR groups keep what the reference keeps, in row order', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { maxLength: 50 }),
        fc.constantFrom<FilterMatch>('all', 'any'),
        fc.array(fc.oneof(condition, group), { minLength: 1, maxLength: 3 }),
        async (generated, match, entries) => {
          const rows: Cell[][] = generated.map((r, i) => [i, ...r]);
          const ws = await projectWith(rows);
          try {
            const page = await ws.page(filter(match, entries), 0, 1000, []);
            const expected = rows.filter((r) => refKeepAll(match, entries, r)).map((r) => r[0]);
            expect({ match, entries, nr: page.rows.map((r) => r[0]) }).toEqual({ match, entries, nr: expected });
          } finally {
            await ws.dispose();
          }
        },
      ),
      { numRuns: 40, seed: 31 },
    );
  });

  it('bind every listed value as a parameter and refuse a value that does not fit, or a range without ends', async () => {
    const ws = await projectWith([[1, "2A'; --", 3, '2024-01-31', true]]);
    const compiled = ws.compile(filter('any', [{ column: 'Klas', op: 'in', values: ["2A'; --", '$s1_1'] }, { column: 'Score', op: 'between', min: 1, max: null }]));
    expect(compiled.ctes.join('\n')).not.toContain("2A'");
    expect(compiled.steps[1]!.params).toEqual({ s1_1: "2A'; --", s1_2: '$s1_1', s1_3: 1 });
    expect((await ws.page(filter('all', [{ column: 'Klas', op: 'in', values: ["2A'; --"] }]), 0, 10, [])).rows).toHaveLength(1);
    const refused = (conditions: FilterCondition[]) => {
      try {
        ws.compile(filter('all', conditions));
      } catch (error) {
        return error instanceof WerkbankError ? [error.code, error.params] : error;
      }
      return null;
    };
    expect(refused([{ column: 'Score', op: 'in', values: [1, 'veel'] }])).toEqual(['errors.recipe.badFilterValue', { column: 'Score', value: 'veel' }]);
    expect(refused([{ column: 'Datum', op: 'between', min: '31/01/2024', max: null }])).toEqual(['errors.recipe.badFilterValue', { column: 'Datum', value: '31/01/2024' }]);
    expect(refused([{ column: 'Score', op: 'between', min: null, max: null }])).toEqual(['errors.recipe.badFilterValue', { column: 'Score', value: '' }]);
    expect(refused([{ column: 'Geboortedatum', op: 'isEmpty' }])).toEqual(['errors.recipe.unknownColumn', { column: 'Geboortedatum' }]);
    await ws.dispose();
  });

  it('name every column of a step that leaves nothing', async () => {
    const ws = await projectWith([[1, '2A', 3, null, null]]);
    const result = await ws.result(filter('all', [{ column: 'Klas', op: 'in', values: ['2B'] }, { match: 'any', conditions: [{ column: 'Score', op: 'gt', value: 1 }, { column: 'Klas', op: 'isEmpty' }] }]));
    expect(result.steps[0]!.warnings).toEqual([{ code: 'engine.filterMatchedNothing', params: { column: 'Klas, Score' } }]);
    await ws.dispose();
  });
});
