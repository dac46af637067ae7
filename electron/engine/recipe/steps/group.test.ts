import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Aggregate, GroupStep, JoinStep, PivotStep, type Recipe, RECIPE_VERSION, type RecipeStep, UnpivotStep } from '../../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';
import { HIDDEN_PREFIX } from '../../db/reserved';
import { Session } from '../../db/session';
import { duckType } from '../../db/sql';
import { rowsTable } from '../../project/demo';
import { Project } from '../../project/project';
import { withCtes } from '../compile';

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
const group = (keys: string[], aggregates: Aggregate[], countName = 'n'): GroupStep => GroupStep.parse({ id: 'g', kind: 'group', keys, countName, aggregates });

const LEVELS = ['E', 'D', 'C', 'B', 'A'];
const COLUMNS: ColumnInfo[] = [
  { name: 'Klas', type: 'text' },
  { name: 'Groep', type: 'integer' },
  { name: 'Score', type: 'decimal' },
  { name: 'Punt', type: 'integer' },
  { name: 'Niveau', type: 'ordinal', levels: LEVELS },
  { name: 'Datum', type: 'date' },
  { name: 'Zorg', type: 'boolean' },
];

/** One of each aggregate the step knows, over the columns above. */
const EVERY_AGGREGATE: Aggregate[] = [
  { fn: 'count', name: 'rijen' },
  { fn: 'countValues', column: 'Score', name: 'n Score' },
  { fn: 'countDistinct', column: 'Klas', name: 'klassen' },
  { fn: 'mean', column: 'Score', name: 'gemiddelde Score' },
  { fn: 'median', column: 'Punt', name: 'mediaan Punt' },
  { fn: 'sd', column: 'Score', name: 'sd Score' },
  { fn: 'min', column: 'Score', name: 'min Score' },
  { fn: 'max', column: 'Punt', name: 'max Punt' },
  { fn: 'sum', column: 'Punt', name: 'som Punt' },
  { fn: 'sum', column: 'Score', name: 'som Score' },
  { fn: 'min', column: 'Niveau', name: 'laagste Niveau' },
  { fn: 'max', column: 'Niveau', name: 'hoogste Niveau' },
  { fn: 'max', column: 'Datum', name: 'laatste Datum' },
  { fn: 'min', column: 'Klas', name: 'eerste Klas' },
  { fn: 'max', column: 'Zorg', name: 'ooit Zorg' },
  { fn: 'share', condition: { op: 'gte', column: 'Punt', value: 5 }, name: 'aandeel Punt 5+' },
  { fn: 'share', condition: { op: 'in', column: 'Klas', values: ['1A', '1C'] }, name: 'aandeel 1A/1C' },
  { fn: 'share', condition: { op: 'isEmpty', column: 'Score' }, name: 'aandeel zonder Score' },
  { fn: 'share', condition: { op: 'gte', column: 'Niveau', value: 'C' }, name: 'aandeel C+' },
  { fn: 'share', condition: { op: 'neq', column: 'Klas', value: '1A' }, name: 'aandeel niet 1A' },
];

describe('group, pivot and unpivot', () => {
  it('say their output columns without running SQL, and the SQL yields exactly those', async () => {
    const ws = await projectWith({
      name: 'lln',
      columns: COLUMNS,
      rows: [['1A', 1, 5.5, 3, 'C', '2024-09-01', true], [' ', null, null, null, null, null, null]],
    });
    const steps: RecipeStep[][] = [
      [group(['Klas', 'Niveau'], EVERY_AGGREGATE)],
      [group([], [{ fn: 'mean', column: 'Punt', name: 'm' }], 'aantal')],
      ...(
        [
          ['first', 'Score'],
          ['first', 'Punt'],
          ['first', 'Niveau'],
          ['mean', 'Punt'],
          ['sum', 'Score'],
          ['sum', 'Punt'],
          ['count', null],
        ] as const
      ).map(([aggregate, measure]) => [
        PivotStep.parse({ id: 'p', kind: 'pivot', keys: ['Klas'], column: 'Groep', values: [{ value: 1, name: 'g1' }, { value: '2', name: 'g2' }], aggregate, measure }),
      ]),
      [UnpivotStep.parse({ id: 'u', kind: 'unpivot', columns: ['Punt', 'Score'], nameColumn: 'Wat', valueColumn: 'Waarde' })],
      [UnpivotStep.parse({ id: 'u', kind: 'unpivot', columns: ['Datum', 'Punt', 'Zorg'], nameColumn: 'Wat', valueColumn: 'Waarde' })],
      [UnpivotStep.parse({ id: 'u', kind: 'unpivot', columns: ['Niveau'], nameColumn: 'Wat', valueColumn: 'Waarde', dropEmpty: true })],
      // A step after each: the next step reads the columns they say they make.
      [group(['Klas'], [{ fn: 'sd', column: 'Score', name: 'sd' }]), group(['n'], [{ fn: 'mean', column: 'sd', name: 'x' }], 'groepen')],
    ];
    for (const list of steps) {
      const compiled = ws.compile(recipe(...list));
      for (const step of compiled.steps) {
        const select = withCtes(compiled, `SELECT * FROM ${step.cte}`);
        const described = await session.query({ sql: `DESCRIBE (${select.sql})`, params: select.params });
        const visible = described.rows.filter((r) => !String(r[0]).startsWith(HIDDEN_PREFIX));
        const hidden = described.rows.filter((r) => String(r[0]).startsWith(HIDDEN_PREFIX)).map((r) => r[0]);
        expect({ step: step.id, columns: visible.map((r) => [r[0], r[1]]) }).toEqual({ step: step.id, columns: step.columns.map((c) => [c.name, duckType(c.type)]) });
        expect(hidden).toEqual(step.orderColumns);
      }
    }
    const grouped = ws.compile(recipe(group(['Klas', 'Niveau'], EVERY_AGGREGATE))).steps[1]!.columns;
    expect(grouped.slice(0, 3)).toEqual([{ name: 'Klas', type: 'text' }, { name: 'Niveau', type: 'ordinal', levels: LEVELS }, { name: 'n', type: 'integer' }]);
    expect(grouped.find((c) => c.name === 'laagste Niveau')).toEqual({ name: 'laagste Niveau', type: 'ordinal', levels: LEVELS });
    expect(grouped.find((c) => c.name === 'som Punt')?.type).toBe('integer');
    expect(grouped.find((c) => c.name === 'som Score')?.type).toBe('decimal');
    expect(grouped.find((c) => c.name === 'laatste Datum')?.type).toBe('date');
    await ws.dispose();
  });

  it('refuse unknown columns, clashing names, means of dates and levels, values that do not fit', async () => {
    const ws = await projectWith({ name: 'lln', columns: COLUMNS, rows: [['1A', 1, 5.5, 3, 'C', '2024-09-01', true]] });
    const fails = (step: RecipeStep, code: string) => expect(() => ws.compile(recipe(step)), code).toThrow(expect.objectContaining({ code }));
    fails(group(['Geboortedatum'], []), 'errors.recipe.unknownColumn');
    fails(group(['Klas'], [{ fn: 'mean', column: 'Gewicht', name: 'm' }]), 'errors.recipe.unknownColumn');
    fails(group(['Klas'], [{ fn: 'share', condition: { op: 'isEmpty', column: 'Gewicht' }, name: 's' }]), 'errors.recipe.unknownColumn');
    fails(group(['Klas'], [{ fn: 'count', name: 'N' }]), 'errors.recipe.duplicateColumnName');
    fails(group(['Klas'], [{ fn: 'count', name: 'KLAS' }]), 'errors.recipe.duplicateColumnName');
    fails(group(['Klas', 'Klas'], []), 'errors.recipe.duplicateColumnName');
    fails(group(['Klas'], [{ fn: 'count', name: '__wb_o1' }]), 'errors.recipe.reservedColumnName');
    fails(group(['Klas'], [{ fn: 'count', name: '  ' }]), 'errors.recipe.emptyColumnName');
    for (const fn of ['mean', 'median', 'sd', 'sum'] as const) {
      for (const column of ['Datum', 'Niveau', 'Klas', 'Zorg']) fails(group([], [{ fn, column, name: 'x' }]), 'errors.recipe.aggregateNotNumeric');
    }
    fails(group([], [{ fn: 'share', condition: { op: 'eq', column: 'Punt', value: 'veel' }, name: 's' }]), 'errors.recipe.valueDoesNotFit');
    fails(group([], [{ fn: 'share', condition: { op: 'gt', column: 'Datum', value: '1/9/2024' }, name: 's' }]), 'errors.recipe.valueDoesNotFit');
    fails(group([], [{ fn: 'share', condition: { op: 'gte', column: 'Niveau', value: 'F' }, name: 's' }]), 'errors.recipe.valueDoesNotFit');
    const pivot = (over: Partial<PivotStep>) =>
      PivotStep.parse({ id: 'p', kind: 'pivot', keys: ['Klas'], column: 'Groep', values: [{ value: 1, name: 'g1' }], aggregate: 'mean', measure: 'Score', ...over });
    fails(pivot({ column: 'Leeftijd' }), 'errors.recipe.unknownColumn');
    fails(pivot({ measure: 'Leeftijd' }), 'errors.recipe.unknownColumn');
    fails(pivot({ measure: null }), 'errors.recipe.pivotMeasureRequired');
    fails(pivot({ measure: 'Datum' }), 'errors.recipe.aggregateNotNumeric');
    fails(pivot({ aggregate: 'sum', measure: 'Niveau' }), 'errors.recipe.aggregateNotNumeric');
    fails(pivot({ values: [{ value: 'een', name: 'g1' }] }), 'errors.recipe.valueDoesNotFit');
    fails(pivot({ values: [{ value: 1, name: 'g1' }, { value: '1,0', name: 'g1b' }] }), 'errors.recipe.pivotValueTwice');
    fails(pivot({ values: [{ value: 1, name: 'klas' }] }), 'errors.recipe.duplicateColumnName');
    const unpivot = (over: Partial<UnpivotStep>) =>
      UnpivotStep.parse({ id: 'u', kind: 'unpivot', columns: ['Score', 'Punt'], nameColumn: 'Wat', valueColumn: 'Waarde', ...over });
    fails(unpivot({ columns: ['Score', 'Gewicht'] }), 'errors.recipe.unknownColumn');
    fails(unpivot({ columns: ['Score', 'Score'] }), 'errors.recipe.columnChosenTwice');
    fails(unpivot({ nameColumn: 'klas' }), 'errors.recipe.duplicateColumnName');
    fails(unpivot({ nameColumn: 'x', valueColumn: 'X' }), 'errors.recipe.duplicateColumnName');
    // A chosen column's name is free again: `Score` may hold the values.
    expect(ws.compile(recipe(unpivot({ valueColumn: 'Score' }))).steps[1]!.columns.map((c) => c.name)).toEqual(['Klas', 'Groep', 'Niveau', 'Datum', 'Zorg', 'Wat', 'Score']);
    await ws.dispose();
  });
});

// ---- aggregates against a reference written from the rules --------------------------------

type Row = [string | null, number | null, number | null, number | null, string | null, string | null, boolean | null];

const blank = (v: Cell) => v === null || (typeof v === 'string' && v.trim() === '');
const present = <T extends Cell>(values: T[]) => values.filter((v) => !blank(v)) as Exclude<T, null>[];
const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0) / xs.length);
function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
function sd(xs: number[]): number | null {
  if (xs.length < 2) return null;
  const m = mean(xs)!;
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
}
const sum = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((s, x) => s + x, 0));
function extreme<T>(xs: T[], lower: (a: T, b: T) => boolean): T | null {
  return xs.length === 0 ? null : xs.reduce((best, x) => (lower(x, best) ? x : best));
}
const rank = (level: string) => LEVELS.indexOf(level);

/** Groups in order of first appearance, blank keys as one empty group; then EVERY_AGGREGATE per group. */
function refGroup(rows: Row[], keyIdx: number[]): Cell[][] {
  const groups = new Map<string, { key: Cell[]; rows: Row[] }>();
  if (keyIdx.length === 0) groups.set('[]', { key: [], rows: [] });
  for (const r of rows) {
    const key = keyIdx.map((i) => (blank(r[i]!) ? null : r[i]!));
    const k = JSON.stringify(key);
    if (!groups.has(k)) groups.set(k, { key, rows: [] });
    groups.get(k)!.rows.push(r);
  }
  return [...groups.values()].map(({ key, rows: g }) => {
    const col = <I extends keyof Row>(i: I) => g.map((r) => r[i]);
    const scores = present(col(2));
    const punten = present(col(3));
    const share = (meets: (r: Row) => boolean) => (g.length === 0 ? null : g.filter(meets).length / g.length);
    return [
      ...key,
      g.length,
      g.length,
      scores.length,
      new Set(present(col(0))).size,
      mean(scores),
      median(punten),
      sd(scores),
      extreme(scores, (a, b) => a < b),
      extreme(punten, (a, b) => a > b),
      sum(punten),
      sum(scores),
      extreme(present(col(4)), (a, b) => rank(a) < rank(b)),
      extreme(present(col(4)), (a, b) => rank(a) > rank(b)),
      extreme(present(col(5)), (a, b) => a > b),
      extreme(present(col(0)), (a, b) => a < b),
      extreme(present(col(6)), (a, b) => a && !b),
      share((r) => r[3] !== null && r[3] >= 5),
      share((r) => r[0] === '1A' || r[0] === '1C'),
      share((r) => r[2] === null),
      share((r) => r[4] !== null && rank(r[4]) >= rank('C')),
      share((r) => r[0] !== '1A'),
    ];
  });
}

/** Numbers to 9 decimals, so that summing in another order does not count as a difference. */
const rounded = (rows: Cell[][]) => rows.map((r) => r.map((c) => (typeof c === 'number' ? Math.round(c * 1e9) / 1e9 : c)));

describe('group', () => {
  const row: fc.Arbitrary<Row> = fc.tuple(
    fc.constantFrom('1A', '1B', '1C', ' ', '', null),
    fc.constantFrom(1, 2, null),
    fc.oneof(fc.constant(null), fc.integer({ min: -20, max: 200 }).map((n) => n / 10)),
    fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10 })),
    fc.constantFrom(...LEVELS, null),
    fc.constantFrom('2024-09-01', '2025-06-30', '2023-01-15', null),
    fc.constantFrom(true, false, null),
  );

  it('computes every aggregate like the reference, per group in order of first appearance, with the group n', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 30 }), async (rows) => {
        const ws = await projectWith({ name: 't', columns: COLUMNS, rows });
        try {
          for (const keys of [['Klas'], ['Klas', 'Groep'], ['Niveau'], []]) {
            const keyIdx = keys.map((k) => COLUMNS.findIndex((c) => c.name === k));
            const page = await ws.page(recipe(group(keys, EVERY_AGGREGATE)), 0, 1000, []);
            expect({ keys, rows: rounded(page.rows) }).toEqual({ keys, rows: rounded(refGroup(rows, keyIdx)) });
          }
        } finally {
          await ws.dispose();
        }
      }),
      { numRuns: 20, seed: 7 },
    );
  });

  it('says how many empty values a statistic skipped, and which n counts the rows', async () => {
    const ws = await projectWith({ name: 't', columns: COLUMNS, rows: [['1A', 1, 5, null, 'C', null, null], ['1A', 1, null, 4, 'C', null, null], ['1B', 2, null, 6, 'D', null, null]] });
    const result = await ws.result(
      recipe(group(['Klas'], [{ fn: 'mean', column: 'Score', name: 'gem' }, { fn: 'sum', column: 'Punt', name: 'som' }, { fn: 'max', column: 'Score', name: 'max' }], 'leerlingen')),
    );
    expect(result.steps[0]!.warnings).toEqual([
      { code: 'engine.groupSkippedEmpty', params: { name: 'gem', column: 'Score', count: 2, n: 'leerlingen' } },
      { code: 'engine.groupSkippedEmpty', params: { name: 'som', column: 'Punt', count: 1, n: 'leerlingen' } },
    ]);
    expect(result.steps[0]!.rowsAfter).toBe(2);
    await ws.dispose();
  });

  it('keeps the order of first appearance after a join multiplied rows', async () => {
    const ws = await projectWith(
      { name: 'lln', columns: [{ name: 'Nr', type: 'identifier' }, { name: 'Klas', type: 'text' }], rows: [['3', '2B'], ['1', '2A'], ['2', '2B'], ['4', '2C']] },
      // Pupil 3 has three results and pupil 1 two: the join gives 7 rows, 2B's first at the top.
      { name: 'toets', columns: [{ name: 'Nr', type: 'identifier' }, { name: 'Punt', type: 'integer' }], rows: [['1', 10], ['3', 7], ['1', 12], ['2', 9], ['3', 8], ['3', null]] },
    );
    const join = JoinStep.parse({ id: 'j', kind: 'join', right: 's2', how: 'left', keys: [{ left: 'Nr', right: 'Nr' }] });
    const page = await ws.page(recipe(join, group(['Klas'], [{ fn: 'mean', column: 'Punt', name: 'gem' }, { fn: 'countValues', column: 'Punt', name: 'n Punt' }])), 0, 10, []);
    expect(page.rows).toEqual([
      ['2B', 4, 8, 3],
      ['2A', 2, 11, 2],
      ['2C', 1, null, 0],
    ]);
    // Sorting a page by the group's n.
    const sorted = await ws.page(recipe(join, group(['Klas'], [])), 0, 10, [{ column: 'n', direction: 'asc' }]);
    expect(sorted.rows).toEqual([['2C', 1], ['2A', 2], ['2B', 4]]);
    await ws.dispose();
  });

  it('binds the values of a condition: quotes and SQL stay plain values', async () => {
    const nasty = ["1A'; DROP TABLE p1_src1; --", '$s9_9', "O'Brien"];
    const ws = await projectWith({ name: 'lln', columns: COLUMNS.slice(0, 2), rows: nasty.map((k, i) => [k, i]) });
    const r = recipe(group([], [{ fn: 'share', condition: { op: 'in', column: 'Klas', values: nasty.slice(0, 2) }, name: 'aandeel' }]));
    const compiled = ws.compile(r);
    for (const value of nasty) expect(compiled.ctes.join('\n')).not.toContain(value);
    expect(Object.values(compiled.steps[1]!.params)).toEqual(nasty.slice(0, 2));
    expect((await ws.page(r, 0, 10, [])).rows).toEqual([[3, 2 / 3]]);
    await ws.dispose();
  });
});
