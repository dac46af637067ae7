import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../../shared/api/errors';
import { LENIENT_KEY, type Recipe, RECIPE_VERSION, type RecipeStep, type SortStepKey } from '../../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';
import { Session } from '../../db/session';
import { rowsTable } from '../../project/demo';
import { Project } from '../../project/project';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

async function projectWith(...tables: { name: string; columns: ColumnInfo[]; rows: Cell[][] }[]): Promise<Project> {
  const ws = new Project(session);
  for (const t of tables) await ws.addRows(rowsTable('csv', t.columns, t.rows), { fileName: `${t.name}.csv`, fileHash: t.name, options: {} });
  return ws;
}

const recipe = (...steps: RecipeStep[]): Recipe => ({ version: RECIPE_VERSION, base: 's1', steps });

function refusal(run: () => unknown): [string, Record<string, string | number>] | null {
  try {
    run();
  } catch (error) {
    if (error instanceof WerkbankError) return [error.code, error.params];
    throw error;
  }
  return null;
}

const LEVELS = ['E', 'D', 'C', 'B', 'A'];
const PUPILS: ColumnInfo[] = [
  { name: 'Nr', type: 'identifier' },
  { name: 'Naam', type: 'text' },
  { name: 'Score', type: 'decimal' },
  { name: 'Niveau', type: 'ordinal', levels: LEVELS },
];

describe('select', () => {
  it('keeps the listed columns in the listed order, renamed, with their types and the rows in their order', async () => {
    const ws = await projectWith({ name: 'lln', columns: PUPILS, rows: [['2', 'Bo', 7, 'C'], ['1', 'An', null, 'A']] });
    const r = recipe({ id: 's', kind: 'select', columns: [{ column: 'Niveau' }, { column: 'Nr', as: 'Leerling' }, { column: 'Score', as: 'score (/20)' }] });
    const result = await ws.result(r);
    expect(result.columns).toEqual([
      { name: 'Niveau', type: 'ordinal', levels: LEVELS },
      { name: 'Leerling', type: 'identifier' },
      { name: 'score (/20)', type: 'decimal' },
    ]);
    expect((await ws.page(r, 0, 10, [])).rows).toEqual([
      ['C', '2', 7],
      ['A', '1', null],
    ]);
    // A column may swap its name with another.
    const swapped = recipe({ id: 's', kind: 'select', columns: [{ column: 'Naam', as: 'Nr' }, { column: 'Nr', as: 'Naam' }] });
    expect((await ws.page(swapped, 0, 10, [])).rows).toEqual([
      ['Bo', '2'],
      ['An', '1'],
    ]);
    await ws.dispose();
  });

  it('refuses an unknown column, an empty, unclean or reserved name, and two columns of one name', async () => {
    const ws = await projectWith({ name: 'lln', columns: PUPILS, rows: [] });
    const select = (columns: { column: string; as?: string }[]) => refusal(() => ws.compile(recipe({ id: 's', kind: 'select', columns })));
    expect(select([{ column: 'Klas' }])).toEqual(['errors.recipe.unknownColumn', { column: 'Klas' }]);
    expect(select([{ column: 'Nr', as: '  ' }])).toEqual(['errors.recipe.emptyColumnName', {}]);
    expect(select([{ column: 'Nr', as: 'a\u202eb' }])?.[0]).toBe('errors.name.notClean');
    expect(select([{ column: 'Nr', as: '__wb_o0' }])).toEqual(['errors.recipe.reservedColumnName', { name: '__wb_o0' }]);
    expect(select([{ column: 'Nr' }, { column: 'Naam', as: 'NR' }])).toEqual(['errors.recipe.duplicateColumnName', { name: 'NR' }]);
    expect(select([{ column: 'Nr' }, { column: 'Naam', as: 'Nummer' }])).toBeNull();
    await ws.dispose();
  });
});

// ---- sort, against a stable sort written from the rules ------------------------------------

/** The reference: empties last in either direction, text without regard to case, levels by rank; ties keep their order. */
function refSort(rows: Cell[][], keys: SortStepKey[]): Cell[][] {
  const value = (r: Cell[], column: string): number | string | null => {
    const i = PUPILS.findIndex((c) => c.name === column);
    const v = r[i]!;
    if (column === 'Niveau') return typeof v === 'string' && LEVELS.includes(v) ? LEVELS.indexOf(v) : null;
    if (typeof v === 'string') return v.trim() === '' ? null : v.toLowerCase();
    return v as number | null;
  };
  const indexed = rows.map((r, i) => ({ r, i }));
  indexed.sort((a, b) => {
    for (const k of keys) {
      const x = value(a.r, k.column);
      const y = value(b.r, k.column);
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const c = x < y ? -1 : 1;
      return k.direction === 'desc' ? -c : c;
    }
    return a.i - b.i;
  });
  return indexed.map((e) => e.r);
}

describe('sort', () => {
  it('orders like a stable reference sort, empties last, and a later join keeps partners under each row', async () => {
    const row = fc.tuple(
      fc.constantFrom<Cell>('1', '2', '3'),
      fc.constantFrom<Cell>('an', 'An', 'bo', 'Cas', ' ', null),
      fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
      fc.constantFrom<Cell>('A', 'C', 'E', 'x', null),
    );
    const key = fc.record({ column: fc.constantFrom('Nr', 'Naam', 'Score', 'Niveau'), direction: fc.constantFrom<'asc' | 'desc'>('asc', 'desc') });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), fc.array(key, { minLength: 1, maxLength: 3 }), async (generated, keys) => {
        const rows: Cell[][] = generated.map((r) => [...r]);
        const ws = await projectWith({ name: 'lln', columns: PUPILS, rows });
        try {
          const page = await ws.page(recipe({ id: 'o', kind: 'sort', keys }), 0, 1000, []);
          expect({ keys, rows: page.rows }).toEqual({ keys, rows: refSort(rows, keys) });
        } finally {
          await ws.dispose();
        }
      }),
      { numRuns: 30, seed: 5 },
    );
    const ws = await projectWith(
      { name: 'lln', columns: PUPILS, rows: [['1', 'An', 5, 'C'], ['2', 'Bo', 9, 'A'], ['3', 'Cas', 5, null]] },
      { name: 'toets', columns: [{ name: 'Nr', type: 'identifier' }, { name: 'Punt', type: 'integer' }], rows: [['3', 1], ['1', 2], ['3', 3]] },
    );
    const sorted = recipe(
      { id: 'o', kind: 'sort', keys: [{ column: 'Score', direction: 'desc' }] },
      { id: 'j', kind: 'join', right: 's2', how: 'left', keys: [{ left: 'Nr', right: 'Nr', ...LENIENT_KEY }] },
    );
    expect((await ws.page(sorted, 0, 10, [])).rows.map((r) => [r[0], r[4]])).toEqual([
      ['2', null],
      ['1', 2],
      ['3', 1],
      ['3', 3],
    ]);
    expect(refusal(() => ws.compile(recipe({ id: 'o', kind: 'sort', keys: [{ column: 'Klas', direction: 'asc' }] })))).toEqual([
      'errors.recipe.unknownColumn',
      { column: 'Klas' },
    ]);
    await ws.dispose();
  });
});

// ---- stack ---------------------------------------------------------------------------------

const CLASS: ColumnInfo[] = [
  { name: 'Nr', type: 'identifier' },
  { name: 'Score', type: 'integer' },
];

describe('stack', () => {
  it('puts the sources under the table in the listed order, columns matched by name, whole numbers widened to decimals', async () => {
    const ws = await projectWith(
      { name: '2A', columns: CLASS, rows: [['1', 10], ['2', 12]] },
      // Another column order, another case, decimals.
      { name: '2B', columns: [{ name: 'score', type: 'decimal' }, { name: 'NR', type: 'identifier' }], rows: [[8.5, '3'], [null, '4']] },
      { name: '2C', columns: CLASS, rows: [['5', 7], ['1', 9]] },
    );
    const stacked = recipe({ id: 'st', kind: 'stack', sources: ['s3', 's2'] });
    const result = await ws.result(stacked);
    expect(result.columns).toEqual([
      { name: 'Nr', type: 'identifier' },
      { name: 'Score', type: 'decimal' },
    ]);
    expect((await ws.page(stacked, 0, 10, [])).rows).toEqual([
      ['1', 10],
      ['2', 12],
      ['5', 7],
      ['1', 9],
      ['3', 8.5],
      ['4', null],
    ]);
    // Later steps keep that order: keeping the last row per pupil keeps the kept rows in their stacked order.
    const deduped = await ws.page(recipe({ id: 'st', kind: 'stack', sources: ['s3'] }, { id: 'd', kind: 'deduplicate', keys: ['Nr'], keep: 'last' }), 0, 10, []);
    expect(deduped.rows).toEqual([
      ['2', 12],
      ['5', 7],
      ['1', 9],
    ]);
    await ws.dispose();
  });

  it('says which columns are missing or extra, or which column holds another type', async () => {
    const ws = await projectWith(
      { name: '2A', columns: CLASS, rows: [] },
      { name: 'zonder score', columns: [{ name: 'Nr', type: 'identifier' }], rows: [] },
      { name: 'met klas', columns: [...CLASS, { name: 'Klas', type: 'text' }], rows: [] },
      { name: 'score als tekst', columns: [{ name: 'Nr', type: 'identifier' }, { name: 'Score', type: 'text' }], rows: [] },
    );
    const stack = (...sources: string[]) => refusal(() => ws.compile(recipe({ id: 'st', kind: 'stack', sources })));
    expect(stack('s2')).toEqual(['errors.recipe.stackMissingColumns', { source: 'zonder score', columns: 'Score' }]);
    expect(stack('s3')).toEqual(['errors.recipe.stackExtraColumns', { source: 'met klas', columns: 'Klas' }]);
    expect(stack('s4')).toEqual(['errors.recipe.stackTypeDiffers', { source: 'score als tekst', column: 'Score' }]);
    expect(stack('s9')).toEqual(['errors.recipe.unknownSource', { source: 's9' }]);
    expect(stack('s1', 's1')).toBeNull();
    // A stacked source is in use: it cannot be removed.
    ws.setRecipe(recipe({ id: 'st', kind: 'stack', sources: ['s1'] }));
    await expect(ws.removeSource('s1')).rejects.toMatchObject({ code: 'errors.source.inUse' });
    await ws.dispose();
  });
});
