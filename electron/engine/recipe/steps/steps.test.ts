import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DeduplicateStep, EXACT_KEY, type JoinKind, LENIENT_KEY, type Recipe, RECIPE_VERSION, type RecipeStep } from '../../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';
import { HIDDEN_PREFIX } from '../../db/reserved';
import { Session } from '../../db/session';
import { duckType } from '../../db/sql';
import { rowsTable } from '../../project/demo';
import { Project } from '../../project/project';
import { withCtes } from '../compile';
import { evaluateRecipe } from '../evaluate';

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

/** Each step's columns are what DESCRIBE finds in its SQL; the hidden ones are its order columns, nothing else. */
async function expectColumnsAsSql(compiled: ReturnType<Project['compile']>): Promise<void> {
  for (const step of compiled.steps) {
    const select = withCtes(compiled, `SELECT * FROM ${step.cte}`);
    const described = await session.query({ sql: `DESCRIBE (${select.sql})`, params: select.params });
    const visible = described.rows.filter((r) => !String(r[0]).startsWith(HIDDEN_PREFIX));
    const hidden = described.rows.filter((r) => String(r[0]).startsWith(HIDDEN_PREFIX)).map((r) => r[0]);
    expect({ step: step.id, columns: visible.map((r) => [r[0], r[1]]) }).toEqual({
      step: step.id,
      columns: step.columns.map((c) => [c.name, duckType(c.type)]),
    });
    expect(hidden).toEqual(step.orderColumns);
  }
}

const recipe = (...steps: RecipeStep[]): Recipe => ({ version: RECIPE_VERSION, base: 's1', steps });
const dedupe = (id: string, keys: string[], keep: 'first' | 'last' = 'first'): DeduplicateStep => ({ id, kind: 'deduplicate', keys, keep });

const PUPILS: ColumnInfo[] = [
  { name: 'Nr', type: 'identifier' },
  { name: 'Klas', type: 'text' },
  { name: 'Score', type: 'decimal' },
];
const TESTS: ColumnInfo[] = [
  { name: 'Nr', type: 'identifier' },
  { name: 'Klas', type: 'text' },
  { name: 'Punt', type: 'integer' },
];

describe('step modules', () => {
  it('say their output columns without running SQL, and the SQL yields exactly those', async () => {
    const ws = await projectWith(
      { name: 'lln', columns: PUPILS, rows: [['1', '1A', 5], ['2', '1B', 7]] },
      { name: 'toets', columns: TESTS, rows: [['1', '1A', 3]] },
    );
    const compiled = ws.compile(
      recipe(
        { id: 'koppel', kind: 'join', right: 's2', how: 'left', keys: [{ left: 'Nr', right: 'Nr', ...LENIENT_KEY }] },
        { id: 'filter', kind: 'filter', match: 'all', conditions: [{ column: 'Punt', op: 'notEmpty' }] },
        dedupe('uniek', ['Klas']),
        { id: 'weer', kind: 'join', right: 's2', how: 'inner', keys: [{ left: 'Klas', right: 'Klas', ...EXACT_KEY }] },
      ),
    );
    await expectColumnsAsSql(compiled);
    expect(compiled.steps.map((s) => s.columns.map((c) => c.name))).toEqual([
      ['Nr', 'Klas', 'Score'],
      ['Nr', 'Klas', 'Score', 'Klas (toets)', 'Punt'],
      ['Nr', 'Klas', 'Score', 'Klas (toets)', 'Punt'],
      ['Nr', 'Klas', 'Score', 'Klas (toets)', 'Punt'],
      ['Nr', 'Klas', 'Score', 'Klas (toets)', 'Punt', 'Nr (toets)', 'Punt (toets)'],
    ]);
    await ws.dispose();
  });

  it('say so for every join kind, select, sort and stack too', async () => {
    const ws = await projectWith(
      { name: 'lln', columns: PUPILS, rows: [['1', '1A', 5], ['2', '1B', 7]] },
      { name: 'toets', columns: TESTS, rows: [['1', '1A', 3], ['9', '1C', 4]] },
      { name: 'lln2', columns: PUPILS, rows: [['3', '1A', 6]] },
    );
    const on = (id: string, how: JoinKind, left = 'Nr') => ({ id, kind: 'join' as const, right: 's2', how, keys: [{ left, right: 'Nr', ...LENIENT_KEY }] });
    const compiled = ws.compile(
      recipe(
        { id: 'stapel', kind: 'stack', sources: ['s3'] },
        { id: 'orde', kind: 'sort', keys: [{ column: 'Score', direction: 'desc' }] },
        on('semi', 'semi'),
        on('anti', 'anti'),
        on('rechts', 'right'),
        { id: 'kies', kind: 'select', columns: [{ column: 'Nr (toets)', as: 'Leerling' }, { column: 'Punt' }, { column: 'Nr' }] },
        on('vol', 'full', 'Leerling'),
      ),
    );
    await expectColumnsAsSql(compiled);
    expect(compiled.steps.map((s) => s.columns.map((c) => c.name))).toEqual([
      ['Nr', 'Klas', 'Score'],
      ['Nr', 'Klas', 'Score'],
      ['Nr', 'Klas', 'Score'],
      ['Nr', 'Klas', 'Score'],
      ['Nr', 'Klas', 'Score'],
      ['Nr', 'Klas', 'Score', 'Nr (toets)', 'Klas (toets)', 'Punt'],
      ['Leerling', 'Punt', 'Nr'],
      ['Leerling', 'Punt', 'Nr', 'Nr (toets)', 'Klas', 'Punt (toets)'],
    ]);
    await ws.dispose();
  });

  it('report by step id, each with the columns after it, all row counts from one query', async () => {
    const ws = await projectWith(
      { name: 'lln', columns: PUPILS, rows: [['1', '1A', 5], ['2', '1A', 7], ['3', '1B', null]] },
      { name: 'toets', columns: TESTS, rows: [['1', '1A', 3], ['3', '1B', 4]] },
    );
    const r = recipe(
      { id: 'step1', kind: 'join', right: 's2', how: 'inner', keys: [{ left: 'Nr', right: 'Nr', ...LENIENT_KEY }] },
      { id: 'hoog', kind: 'filter', match: 'all', conditions: [{ column: 'Punt', op: 'gte', value: 4 }] },
      dedupe('step7', []),
    );
    const compiled = ws.compile(r);
    const seen: string[] = [];
    const counting = new Proxy(session, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (statement: string | { sql: string }) => {
          seen.push(typeof statement === 'string' ? statement : statement.sql);
          return (value as (s: unknown) => unknown).call(target, statement);
        };
      },
    });
    const result = await evaluateRecipe(counting, compiled);
    expect(result.steps.map((s) => [s.id, s.kind, s.rowsAfter])).toEqual([
      ['step1', 'join', 2],
      ['hoog', 'filter', 1],
      ['step7', 'deduplicate', 1],
    ]);
    expect(result.steps[0]!.columns.map((c) => c.name)).toEqual(['Nr', 'Klas', 'Score', 'Klas (toets)', 'Punt']);
    expect(result.steps[2]!.columns).toEqual(result.columns);
    // One query counts every step; the join asks one more for its diagnostics; filter and deduplicate none.
    expect(seen.filter((sql) => sql.includes('count(*) FROM s0'))).toHaveLength(1);
    expect(seen).toHaveLength(2);
    await ws.dispose();
  });

  it('refuse an unknown column in a deduplicate step', async () => {
    const ws = await projectWith({ name: 'lln', columns: PUPILS, rows: [['1', '1A', 5]] });
    expect(() => ws.compile(recipe(dedupe('d', ['Geboortedatum'])))).toThrow(expect.objectContaining({ code: 'errors.recipe.unknownColumn' }));
    await ws.dispose();
  });
});

// ---- deduplicate and row order, against a reference written from the rules ----------------

/** Reference: the kept rows, in the order they stand, keys compared exactly; empty keys always kept. */
function refDedupe(rows: Cell[][], keyIdx: number[] | null, keep: 'first' | 'last'): Cell[][] {
  const keyOf = (r: Cell[]) => JSON.stringify((keyIdx ?? r.map((_, i) => i)).map((i) => r[i]));
  const empty = (r: Cell[]) => keyIdx !== null && keyIdx.some((i) => r[i] === null || (typeof r[i] === 'string' && String(r[i]).trim() === ''));
  const chosen = new Map<string, number>();
  rows.forEach((r, i) => {
    if (empty(r)) return;
    const k = keyOf(r);
    if (keep === 'last' || !chosen.has(k)) chosen.set(k, i);
  });
  const keepIdx = new Set(chosen.values());
  return rows.filter((r, i) => empty(r) || keepIdx.has(i));
}

describe('deduplicate', () => {
  const cell = fc.oneof(fc.constant(null), fc.constant(''), fc.constantFrom('a', 'b', 'c'));
  const row = fc.tuple(cell, fc.constantFrom('1A', '1B'), fc.integer({ min: 0, max: 2 }));

  it('keeps the first or last row of each duplicate set, in row order, like the reference', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 40 }), async (generated) => {
        const rows: Cell[][] = generated.map((r) => [...r]);
        const ws = await projectWith({
          name: 't',
          columns: [
            { name: 'Nr', type: 'text' },
            { name: 'Klas', type: 'text' },
            { name: 'Punt', type: 'integer' },
          ],
          rows,
        });
        try {
          for (const [keys, idx] of [
            [[], null],
            [['Nr'], [0]],
            [['Nr', 'Klas'], [0, 1]],
          ] as const) {
            for (const keep of ['first', 'last'] as const) {
              const page = await ws.page(recipe(dedupe('d', [...keys], keep)), 0, 1000, []);
              expect({ keys, keep, rows: page.rows }).toEqual({ keys, keep, rows: refDedupe(rows, idx ? [...idx] : null, keep) });
            }
          }
        } finally {
          await ws.dispose();
        }
      }),
      { numRuns: 15, seed: 11 },
    );
  });

  it('keeps the order of first appearance after a join multiplied rows, and later joins order within it', async () => {
    const ws = await projectWith(
      { name: 'lln', columns: [{ name: 'Nr', type: 'identifier' }, { name: 'Naam', type: 'text' }], rows: [['3', 'Cas'], ['1', 'An'], ['2', 'Bo']] },
      // Two results for pupil 1 and 3: the join gives 5 rows; keeping one per pupil must give 3, in the pupils' order.
      { name: 'toets', columns: [{ name: 'Nr', type: 'identifier' }, { name: 'Punt', type: 'integer' }], rows: [['1', 10], ['3', 7], ['1', 12], ['2', 9], ['3', 8]] },
      { name: 'zorg', columns: [{ name: 'Nr', type: 'identifier' }, { name: 'Zorg', type: 'text' }], rows: [['2', 'b'], ['3', 'a'], ['3', 'c']] },
    );
    const join = (id: string, right: string) => ({ id, kind: 'join' as const, right, how: 'left' as const, keys: [{ left: 'Nr', right: 'Nr', ...LENIENT_KEY }] });
    const first = await ws.page(recipe(join('j', 's2'), dedupe('d', ['Nr'])), 0, 10, []);
    expect(first.rows).toEqual([
      ['3', 'Cas', 7],
      ['1', 'An', 10],
      ['2', 'Bo', 9],
    ]);
    const last = await ws.page(recipe(join('j', 's2'), dedupe('d', ['Nr'], 'last')), 0, 10, []);
    expect(last.rows).toEqual([
      ['3', 'Cas', 8],
      ['1', 'An', 12],
      ['2', 'Bo', 9],
    ]);
    // A join after the deduplication: its partners follow in their own order under each kept row.
    const after = await ws.page(recipe(join('j', 's2'), dedupe('d', ['Nr']), join('z', 's3')), 0, 10, []);
    expect(after.rows).toEqual([
      ['3', 'Cas', 7, 'a'],
      ['3', 'Cas', 7, 'c'],
      ['1', 'An', 10, null],
      ['2', 'Bo', 9, 'b'],
    ]);
    // Sorting by a column keeps the recipe's order among equal values.
    const sorted = await ws.page(recipe(join('j', 's2'), dedupe('d', ['Nr']), join('z', 's3')), 0, 10, [{ column: 'Naam', direction: 'desc' }]);
    expect(sorted.rows.map((r) => [r[1], r[3]])).toEqual([
      ['Cas', 'a'],
      ['Cas', 'c'],
      ['Bo', 'b'],
      ['An', null],
    ]);
    await ws.dispose();
  });
});

describe('a disabled step', () => {
  it('keeps its place and report but passes its table on unchanged, even when it no longer fits', async () => {
    const ws = await projectWith(
      { name: 'lln', columns: PUPILS, rows: [['1', '1A', 5], ['2', '1B', 7], ['2', '1B', 7]] },
      { name: 'toets', columns: TESTS, rows: [['1', '1A', 3]] },
    );
    const steps: RecipeStep[] = [
      { id: 'k', kind: 'join', right: 's2', how: 'inner', keys: [{ left: 'Nr', right: 'Nr', ...LENIENT_KEY }], disabled: true },
      { id: 'f', kind: 'filter', match: 'all', conditions: [{ column: 'Geboortedatum', op: 'notEmpty' }], disabled: true },
      dedupe('d', []),
    ];
    const result = await ws.result(recipe(...steps));
    expect(result.steps.map((s) => [s.id, s.rowsAfter, s.warnings.length, s.join])).toEqual([
      ['k', 3, 0, undefined],
      ['f', 3, 0, undefined],
      ['d', 2, 0, undefined],
    ]);
    expect(result.columns.map((c) => c.name)).toEqual(['Nr', 'Klas', 'Score']);
    await ws.dispose();
  });
});

describe('values the user typed', () => {
  it('are bound parameters, never SQL text: quotes, dollar signs and SQL stay plain values', async () => {
    const nasty = ["1A'; DROP TABLE p1_src1; --", '$s9_9', "O'Brien", '\\', '${x}'];
    const ws = await projectWith({ name: 'lln', columns: PUPILS, rows: nasty.map((klas, i) => [String(i), klas, i]) });
    for (const value of nasty) {
      const r = recipe({ id: 'f', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'eq', value }] });
      const compiled = ws.compile(r);
      expect(compiled.ctes.join('\n')).not.toContain(value);
      expect(compiled.steps[1]!.params).toEqual({ s1_1: value });
      const page = await ws.page(r, 0, 10, []);
      expect(page.rows.map((row) => row[1])).toEqual([value]);
      const contains = await ws.page(recipe({ id: 'c', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'contains', value }] }), 0, 10, []);
      expect(contains.rows.map((row) => row[1])).toEqual(nasty.filter((k) => k.toLowerCase().includes(value.toLowerCase())));
    }
    expect((await ws.page(null, 0, 10, [])).totalRows).toBe(nasty.length);
    await ws.dispose();
  });
});
