import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from '../../../../shared/model/message';
import { PivotStep, type Recipe, RECIPE_VERSION, type RecipeStep, UnpivotStep } from '../../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';
import { Session } from '../../db/session';
import { rowsTable } from '../../project/demo';
import { Project } from '../../project/project';
import { PIVOT_EXAMPLES } from './pivot';

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
const pivot = (over: Partial<PivotStep> & Pick<PivotStep, 'aggregate'>): PivotStep =>
  PivotStep.parse({ id: 'p', kind: 'pivot', keys: ['Nr'], column: 'Moment', values: [{ value: 'sept', name: 'sept' }, { value: 'juni', name: 'juni' }], measure: 'Score', ...over });
const unpivot = (over: Partial<UnpivotStep>): UnpivotStep =>
  UnpivotStep.parse({ id: 'u', kind: 'unpivot', columns: ['sept', 'juni'], nameColumn: 'Moment', valueColumn: 'Score', ...over });

const WIDE: ColumnInfo[] = [
  { name: 'Nr', type: 'identifier' },
  { name: 'Klas', type: 'text' },
  { name: 'sept', type: 'decimal' },
  { name: 'juni', type: 'decimal' },
];
const WIDE_ROWS: Cell[][] = [
  ['3', '2B', 12.5, 14],
  ['1', '2A', null, 9.5],
  ['2', '2B', 11, null],
];
const LONG: ColumnInfo[] = [
  { name: 'Nr', type: 'identifier' },
  { name: 'Klas', type: 'text' },
  { name: 'Moment', type: 'text' },
  { name: 'Score', type: 'decimal' },
];

describe('unpivot and pivot', () => {
  it('unpivot gives each row its values in the order of the chosen columns; pivot turns them back', async () => {
    const ws = await projectWith({ name: 'breed', columns: WIDE, rows: WIDE_ROWS });
    // The chosen order (juni before sept) is the order within each row, not the table's column order.
    const long = await ws.page(recipe(unpivot({ columns: ['juni', 'sept'] })), 0, 100, []);
    expect(long.columns).toEqual([...LONG.slice(0, 2), { name: 'Moment', type: 'text' }, { name: 'Score', type: 'decimal' }]);
    expect(long.rows).toEqual(WIDE_ROWS.flatMap(([nr, klas, sept, juni]) => [[nr, klas, 'juni', juni], [nr, klas, 'sept', sept]]));
    const back = await ws.page(recipe(unpivot({}), pivot({ keys: ['Nr', 'Klas'], aggregate: 'first' })), 0, 100, []);
    expect(back.columns).toEqual(WIDE);
    expect(back.rows).toEqual(WIDE_ROWS);
    // Leaving out empty values drops those rows only.
    const dropped = await ws.page(recipe(unpivot({ dropEmpty: true })), 0, 100, []);
    expect(dropped.rows).toEqual([['3', '2B', 'sept', 12.5], ['3', '2B', 'juni', 14], ['1', '2A', 'juni', 9.5], ['2', '2B', 'sept', 11]]);
    await ws.dispose();
  });

  it('pivot then unpivot gives the long table back', async () => {
    const rows: Cell[][] = [
      ['7', '1A', 'sept', 10],
      ['7', '1A', 'juni', 12],
      ['5', '1B', 'sept', null],
      ['5', '1B', 'juni', 8.5],
    ];
    const ws = await projectWith({ name: 'lang', columns: LONG, rows });
    const wide = await ws.page(recipe(pivot({ keys: ['Nr', 'Klas'], aggregate: 'first' })), 0, 100, []);
    expect(wide.rows).toEqual([['7', '1A', 10, 12], ['5', '1B', null, 8.5]]);
    const back = await ws.page(recipe(pivot({ keys: ['Nr', 'Klas'], aggregate: 'first' }), unpivot({})), 0, 100, []);
    expect(back.columns).toEqual(LONG);
    expect(back.rows).toEqual(rows);
    await ws.dispose();
  });

  it('unpivot keeps agreeing types, makes integers with decimals decimal, and otherwise text with a warning', async () => {
    const columns: ColumnInfo[] = [
      { name: 'Nr', type: 'identifier' },
      { name: 'Punt', type: 'integer' },
      { name: 'Score', type: 'decimal' },
      { name: 'Datum', type: 'date' },
      { name: 'Zorg', type: 'boolean' },
      { name: 'Niveau', type: 'ordinal', levels: ['C', 'B', 'A'] },
    ];
    const ws = await projectWith({ name: 't', columns, rows: [['1', 7, 5.5, '2024-09-01', true, 'B']] });
    const numbers = await ws.result(recipe(unpivot({ columns: ['Punt', 'Score'], nameColumn: 'Wat', valueColumn: 'Waarde' })));
    expect(numbers.columns.at(-1)).toEqual({ name: 'Waarde', type: 'decimal' });
    expect(numbers.steps[0]!.warnings).toEqual([]);
    const levels = await ws.result(recipe(unpivot({ columns: ['Niveau'], nameColumn: 'Wat', valueColumn: 'Waarde' })));
    expect(levels.columns.at(-1)).toEqual({ name: 'Waarde', type: 'ordinal', levels: ['C', 'B', 'A'] });
    const mixed = recipe(unpivot({ columns: ['Punt', 'Datum', 'Zorg', 'Niveau', 'Score'], nameColumn: 'Wat', valueColumn: 'Waarde' }));
    const result = await ws.result(mixed);
    expect(result.columns.at(-1)).toEqual({ name: 'Waarde', type: 'text' });
    expect(result.steps[0]!.warnings).toEqual([
      { code: 'engine.unpivotAsText', params: { columns: 'Punt, Datum, Zorg, Niveau, Score', value: 'Waarde' } },
    ]);
    expect((await ws.page(mixed, 0, 10, [])).rows).toEqual([
      ['1', 'Punt', '7'],
      ['1', 'Datum', '2024-09-01'],
      ['1', 'Zorg', 'true'],
      ['1', 'Niveau', 'B'],
      ['1', 'Score', '5.5'],
    ]);
    await ws.dispose();
  });

  it('pivot reports values that are not listed with their count, and rows without a value', async () => {
    const rows: Cell[][] = [
      ['1', '2A', 'sept', 10],
      ['1', '2A', 'januari', 11],
      ['2', '2A', 'mei', 7],
      ['2', '2A', 'juni', 8],
      ['3', '2B', 'januari', 9],
      ['3', '2B', '', 4],
      ['3', '2B', null, 5],
    ];
    const ws = await projectWith({ name: 'lang', columns: LONG, rows });
    const r = recipe(pivot({ aggregate: 'mean' }));
    const result = await ws.result(r);
    expect(result.steps[0]!.warnings).toEqual([
      { code: 'engine.pivotUnlisted', params: { column: 'Moment', rows: 3, values: 2, examples: 'januari, mei' } },
      { code: 'engine.pivotEmpty', params: { column: 'Moment', rows: 2 } },
    ]);
    // Pupil 3 has no listed value: the pupil stays, with empty cells, rather than silently vanish.
    expect((await ws.page(r, 0, 10, [])).rows).toEqual([['1', 10, null], ['2', null, 8], ['3', null, null]]);
    // Listing every value leaves only the empty ones to report.
    const all = recipe(pivot({ aggregate: 'count', values: ['sept', 'juni', 'januari', 'mei'].map((v) => ({ value: v, name: v })) }));
    expect((await ws.result(all)).steps[0]!.warnings).toEqual([{ code: 'engine.pivotEmpty', params: { column: 'Moment', rows: 2 } }]);
    expect((await ws.page(all, 0, 10, [])).rows).toEqual([['1', 1, 0, 1, 0], ['2', 0, 1, 0, 1], ['3', 0, 0, 1, 0]]);
    await ws.dispose();
  });

  it('binds the listed values: quotes and SQL stay plain values', async () => {
    const nasty = ["sept'; DROP TABLE p1_src1; --", '$s9_9'];
    const ws = await projectWith({ name: 'lang', columns: LONG, rows: nasty.map((m, i) => ['1', '1A', m, i + 1]) });
    const r = recipe(pivot({ aggregate: 'sum', values: nasty.map((value, i) => ({ value, name: `m${i}` })) }));
    const compiled = ws.compile(r);
    for (const value of nasty) expect(compiled.ctes.join('\n')).not.toContain(value);
    expect((await ws.page(r, 0, 10, [])).rows).toEqual([['1', 1, 2]]);
    await ws.dispose();
  });
});

// ---- pivot against a reference written from the rules ------------------------------------

type LongRow = [string | null, string | null, number | null, string | null];
const LISTED = ['sept', 'juni'];
const LEVELS = ['E', 'D', 'C', 'B', 'A'];
const blank = (v: Cell) => v === null || (typeof v === 'string' && v.trim() === '');

/** Per key group (first appearance; blank keys one group): per listed value, the aggregate of its rows. */
function refPivot(rows: LongRow[], cell: (matching: LongRow[]) => Cell): Cell[][] {
  const groups = new Map<string, LongRow[]>();
  for (const r of rows) {
    const k = JSON.stringify(blank(r[0]) ? null : r[0]);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(r);
  }
  return [...groups].map(([k, g]) => [JSON.parse(k) as Cell, ...LISTED.map((v) => cell(g.filter((r) => r[1] === v)))]);
}

function refWarnings(rows: LongRow[], first: boolean): Message[] {
  const unlisted = rows.filter((r) => !blank(r[1]) && !LISTED.includes(r[1]!)).map((r) => r[1]!);
  const distinct = [...new Set(unlisted)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const empty = rows.filter((r) => blank(r[1])).length;
  const cells = new Map<string, number>();
  for (const r of rows.filter((r) => LISTED.includes(r[1]!))) {
    const k = JSON.stringify([blank(r[0]) ? null : r[0], r[1]]);
    cells.set(k, (cells.get(k) ?? 0) + 1);
  }
  const crowded = [...cells.values()].filter((n) => n > 1).length;
  return [
    ...(unlisted.length > 0
      ? [{ code: 'engine.pivotUnlisted', params: { column: 'Moment', rows: unlisted.length, values: distinct.length, examples: distinct.slice(0, PIVOT_EXAMPLES).join(', ') } }]
      : []),
    ...(empty > 0 ? [{ code: 'engine.pivotEmpty', params: { column: 'Moment', rows: empty } }] : []),
    ...(first && crowded > 0 ? [{ code: 'engine.pivotFirstDropped', params: { cells: crowded, column: 'Moment' } }] : []),
  ];
}

const rounded = (rows: Cell[][]) => rows.map((r) => r.map((c) => (typeof c === 'number' ? Math.round(c * 1e9) / 1e9 : c)));

describe('pivot', () => {
  const columns: ColumnInfo[] = [
    { name: 'Klas', type: 'text' },
    { name: 'Moment', type: 'text' },
    { name: 'Score', type: 'decimal' },
    { name: 'Niveau', type: 'ordinal', levels: LEVELS },
  ];
  const row: fc.Arbitrary<LongRow> = fc.tuple(
    fc.constantFrom('1A', '1B', ' ', null),
    fc.constantFrom('sept', 'juni', 'jan', 'mei', 'pasen', 'kerst', 'herfst', 'zomer', '', ' ', null),
    fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 200 }).map((n) => n / 10)),
    fc.constantFrom(...LEVELS, null),
  );

  it('fills each cell like the reference, and warns like the reference', async () => {
    const numbers = (g: LongRow[]) => g.map((r) => r[2]).filter((x): x is number => x !== null);
    const cases = [
      { aggregate: 'first', measure: 'Score', cell: (g: LongRow[]) => (g.length === 0 ? null : g[0]![2]) },
      { aggregate: 'first', measure: 'Niveau', cell: (g: LongRow[]) => (g.length === 0 ? null : g[0]![3]) },
      { aggregate: 'mean', measure: 'Score', cell: (g: LongRow[]) => (numbers(g).length === 0 ? null : numbers(g).reduce((s, x) => s + x, 0) / numbers(g).length) },
      { aggregate: 'sum', measure: 'Score', cell: (g: LongRow[]) => (numbers(g).length === 0 ? null : numbers(g).reduce((s, x) => s + x, 0)) },
      { aggregate: 'count', measure: null, cell: (g: LongRow[]) => g.length },
    ] as const;
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), async (rows) => {
        const ws = await projectWith({ name: 't', columns, rows });
        try {
          for (const c of cases) {
            const r = recipe(pivot({ keys: ['Klas'], aggregate: c.aggregate, measure: c.measure, values: LISTED.map((v) => ({ value: v, name: `${v} ${c.aggregate}` })) }));
            const page = await ws.page(r, 0, 1000, []);
            expect({ case: c.aggregate, rows: rounded(page.rows) }).toEqual({ case: c.aggregate, rows: rounded(refPivot(rows, c.cell)) });
            const result = await ws.result(r);
            expect(result.steps[0]!.warnings).toEqual(refWarnings(rows, c.aggregate === 'first'));
          }
        } finally {
          await ws.dispose();
        }
      }),
      { numRuns: 15, seed: 5 },
    );
  });
});
