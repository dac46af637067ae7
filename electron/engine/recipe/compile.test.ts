import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import {
  EXACT_KEY,
  type FilterCondition,
  type JoinDiagnostics,
  JoinKind,
  type JoinStep,
  type KeyOptions,
  LENIENT_KEY,
  type Recipe,
  RECIPE_VERSION,
} from '../../../shared/model/recipe';
import type { Cell, ColumnInfo, ColumnType } from '../../../shared/model/table';
import { rowsTable } from '../project/demo';
import { Session } from '../db/session';
import { Project } from '../project/project';
import { refDiagnostics } from './testing/join-reference';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

async function workspaceWith(...tables: { name: string; columns: ColumnInfo[]; rows: Cell[][] }[]): Promise<Project> {
  const ws = new Project(session);
  for (const t of tables) {
    await ws.addRows(rowsTable('csv', t.columns, t.rows), { fileName: `${t.name}.csv`, fileHash: 'x', options: {} });
  }
  return ws;
}

/** A join step; `options` true is what version 2 called normalised keys, false exact ones. */
function join(right: string, leftKeys: string[], rightKeys: string[], how: JoinKind = 'left', options: KeyOptions | boolean = true): JoinStep {
  const o = options === true ? LENIENT_KEY : options === false ? EXACT_KEY : options;
  return { id: 'step1', kind: 'join', right, how, keys: leftKeys.map((left, k) => ({ left, right: rightKeys[k]!, ...o })) };
}

async function expectError(promise: Promise<unknown> | (() => unknown), code: string): Promise<WerkbankError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    expect(error).toBeInstanceOf(WerkbankError);
    expect((error as WerkbankError).code).toBe(code);
    return error as WerkbankError;
  }
  throw new Error(`expected ${code}`);
}

// ---- an independent reference for key matching (testing/join-reference.ts), written from the rules, not from the SQL ----

/** The diagnostics of joining one text key column onto one key column of `rightType`. */
function refOneKey(left: Cell[], right: Cell[], how: JoinKind, options: KeyOptions = LENIENT_KEY, rightType: ColumnType = 'text'): JoinDiagnostics {
  return refDiagnostics({ keys: left.map((c) => [c]), types: ['text'] }, { keys: right.map((c) => [c]), types: [rightType] }, [options], how);
}

/** A pupil number written the ways exports write it. */
const messyId = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom<Cell>(null, '', '   ') },
  {
    weight: 8,
    arbitrary: fc
      .record({ n: fc.integer({ min: 45100, max: 45125 }), style: fc.constantFrom('plain', 'zeros', 'spaceL', 'spaceR', 'code', 'CODE', 'accent', 'tab') })
      .map(({ n, style }): Cell => {
        switch (style) {
          case 'zeros':
            return `00${n}`;
          case 'spaceL':
            return ` ${n}`;
          case 'spaceR':
            return `${n}  `;
          case 'code':
            return `lln${n}`;
          case 'CODE':
            return ` LLN${n}`;
          case 'accent':
            return `llñ${n}é`;
          case 'tab':
            return `\tlln${n}e\u00a0`;
          default:
            return String(n);
        }
      }),
  },
);

describe('join diagnostics', () => {
  it('matches 0045123, " 45123" and 45123, and explains what did not match', async () => {
    const ws = await workspaceWith(
      {
        name: 'leerlingen',
        columns: [
          { name: 'Stamboeknummer', type: 'identifier' },
          { name: 'Klas', type: 'text' },
        ],
        rows: [
          ['0045123', '2A'],
          [' 45124', '2A'],
          ['45125', '2B'],
          ['45125', '2B'],
          [null, '2C'],
          ['99999', '2C'],
        ],
      },
      {
        name: 'toets',
        columns: [
          { name: 'Stamboeknr', type: 'integer' },
          { name: 'Klas', type: 'text' },
          { name: 'Score', type: 'decimal' },
        ],
        rows: [
          [45123, '2a', 30],
          [45124, '2a', 25.5],
          [45125, '2b', 20],
          [77777, '2d', 10],
        ],
      },
    );
    const step = join('s2', ['Stamboeknummer'], ['Stamboeknr']);
    const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [step] };
    const diagnostics = await ws.joinPreview({ ...recipe, steps: [] }, step);
    expect(diagnostics).toEqual({
      leftRows: 6,
      rightRows: 4,
      matchedKeys: 3,
      unmatchedLeft: 1,
      unmatchedRight: 1,
      duplicateKeysLeft: 1,
      duplicateKeysRight: 0,
      emptyKeysLeft: 1,
      emptyKeysRight: 0,
      repeatedLeftRows: 0,
      // The one test row of 45125 meets both pupil rows of 45125; no pupil row is repeated.
      repeatedRightRows: 1,
      manyToManyKeys: 0,
      multipliesRows: false,
      resultRows: 6,
      sampleUnmatchedLeft: ['99999'],
      sampleUnmatchedRight: ['77777'],
    });
    ws.setRecipe(recipe);
    const state = await ws.state();
    // The right key is dropped; the clashing `Klas` gets the right source's name.
    expect(state.result!.columns).toEqual([
      { name: 'Stamboeknummer', type: 'identifier' },
      { name: 'Klas', type: 'text' },
      { name: 'Klas (toets)', type: 'text' },
      { name: 'Score', type: 'decimal' },
    ]);
    expect(state.result!.steps[0]!.join).toEqual(diagnostics);
    expect(state.result!.steps[0]!.warnings.map((w) => w.code)).toEqual(['engine.joinDuplicateKeys', 'engine.joinEmptyKeys']);
    const page = await ws.page(null, 0, 10, []);
    expect(page.rows.map((r) => [r[0], r[3]])).toEqual([
      ['0045123', 30],
      [' 45124', 25.5],
      ['45125', 20],
      ['45125', 20],
      [null, null],
      ['99999', null],
    ]);
    await ws.dispose();
  });

  it('equals an independent computation on generated messy keys, for every kind and key option (text ↔ text and ↔ numbers)', async () => {
    const keyOptions = fc.record({
      trim: fc.boolean(),
      ignoreCase: fc.boolean(),
      ignoreAccents: fc.boolean(),
      stripLeadingZeros: fc.boolean(),
      numberAsText: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(messyId, { maxLength: 40 }),
        fc.array(messyId, { maxLength: 40 }),
        fc.array(fc.option(fc.integer({ min: 45100, max: 45125 }), { nil: null }), { maxLength: 30 }),
        fc.array(fc.option(fc.integer({ min: 90200, max: 90250 }).map((x) => x / 2), { nil: null }), { maxLength: 30 }),
        fc.constantFrom(...JoinKind.options),
        fc.oneof(fc.constant(LENIENT_KEY), fc.constant(EXACT_KEY), keyOptions),
        async (leftKeys, rightKeys, numericKeys, decimalKeys, how, options) => {
          const ws = await workspaceWith(
            { name: 'links', columns: [{ name: 'id', type: 'text' }], rows: leftKeys.map((k) => [k]) },
            { name: 'rechts', columns: [{ name: 'id', type: 'text' }, { name: 'v', type: 'integer' }], rows: rightKeys.map((k, i) => [k, i]) },
            { name: 'getallen', columns: [{ name: 'nr', type: 'integer' }], rows: numericKeys.map((k) => [k]) },
            { name: 'kommagetallen', columns: [{ name: 'nr', type: 'decimal' }], rows: decimalKeys.map((k) => [k]) },
          );
          try {
            for (const [right, keys, rightKey, type] of [
              ['s2', rightKeys, 'id', 'text'],
              ['s3', numericKeys, 'nr', 'integer'],
              ['s4', decimalKeys, 'nr', 'decimal'],
            ] as const) {
              const step = join(right, ['id'], [rightKey], how, options);
              const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [step] };
              const expected = refOneKey(leftKeys, keys, how, options, type);
              expect({ how, options, type, d: await ws.joinPreview({ ...recipe, steps: [] }, step) }).toEqual({ how, options, type, d: expected });
              const result = await ws.result(recipe);
              expect(result.rowCount).toBe(expected.resultRows);
              const codes = result.steps[0]!.warnings.map((w) => w.code);
              expect(codes.includes('engine.joinMatchedNothing')).toBe(expected.matchedKeys === 0);
              expect(codes.includes('engine.joinMultipliesRows')).toBe(expected.multipliesRows);
            }
          } finally {
            await ws.dispose();
          }
        },
      ),
      { numRuns: 30, seed: 20240901 },
    );
  });

  it('compares raw values when key normalisation is off', async () => {
    const ws = await workspaceWith(
      { name: 'a', columns: [{ name: 'k', type: 'text' }], rows: [['0045'], ['45'], [' 45'], ['X']] },
      { name: 'b', columns: [{ name: 'k', type: 'integer' }], rows: [[45], [46]] },
    );
    const d = await ws.joinPreview({ version: RECIPE_VERSION, base: 's1', steps: [] }, join('s2', ['k'], ['k'], 'left', false));
    expect(d.matchedKeys).toBe(1);
    expect(d.unmatchedLeft).toBe(3);
    expect(d.resultRows).toBe(4);
    await ws.dispose();
  });

  it('never matches empty text keys, even with normalisation off', async () => {
    const ws = await workspaceWith(
      { name: 'a', columns: [{ name: 'k', type: 'text' }], rows: [[''], [''], ['7']] },
      { name: 'b', columns: [{ name: 'k', type: 'text' }], rows: [[''], ['7']] },
    );
    const d = await ws.joinPreview({ version: RECIPE_VERSION, base: 's1', steps: [] }, join('s2', ['k'], ['k'], 'inner', false));
    expect(d.matchedKeys).toBe(1);
    expect(d.resultRows).toBe(1);
    expect(d.emptyKeysLeft).toBe(2);
    expect(d.emptyKeysRight).toBe(1);
    await ws.dispose();
  });

  it('joins on several key pairs, each normalised', async () => {
    const ws = await workspaceWith(
      {
        name: 'lvs',
        columns: [
          { name: 'Klas', type: 'text' },
          { name: 'Naam', type: 'text' },
        ],
        rows: [
          ['2A', 'Claes'],
          ['2A', 'Peeters'],
          ['2B', 'Claes'],
          ['2B', null],
        ],
      },
      {
        name: 'juni',
        columns: [
          { name: 'klas', type: 'text' },
          { name: 'naam', type: 'text' },
          { name: 'Score', type: 'decimal' },
        ],
        rows: [
          ['2a ', 'CLAES', 40],
          ['2B', ' claes', 35],
          ['2C', 'Claes', 12],
        ],
      },
    );
    const step = join('s2', ['Klas', 'Naam'], ['klas', 'naam'], 'inner');
    const d = await ws.joinPreview({ version: RECIPE_VERSION, base: 's1', steps: [] }, step);
    expect(d).toMatchObject({ matchedKeys: 2, unmatchedLeft: 1, unmatchedRight: 1, emptyKeysLeft: 1, resultRows: 2 });
    expect(d.sampleUnmatchedLeft).toEqual(['2A | Peeters']);
    const page = await ws.page({ version: RECIPE_VERSION, base: 's1', steps: [step] }, 0, 10, []);
    expect(page.rows).toEqual([
      ['2A', 'Claes', 40],
      ['2B', 'Claes', 35],
    ]);
    await ws.dispose();
  });

  it('refuses unknown sources, unknown key columns and unequal key counts', async () => {
    const ws = await workspaceWith(
      { name: 'a', columns: [{ name: 'k', type: 'text' }], rows: [['1']] },
      { name: 'b', columns: [{ name: 'k', type: 'text' }], rows: [['1']] },
    );
    const base: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [] };
    const e1 = await expectError(() => ws.setRecipe({ ...base, steps: [join('s9', ['k'], ['k'])] }), 'errors.recipe.unknownSource');
    expect(e1.params).toEqual({ source: 's9' });
    const e2 = await expectError(() => ws.setRecipe({ ...base, steps: [join('s2', ['k'], ['nope'])] }), 'errors.recipe.unknownColumn');
    expect(e2.params).toEqual({ column: 'nope' });
    await expectError(() => ws.setRecipe({ ...base, steps: [join('s2', ['k', 'k'], ['k', 'zz'])] }), 'errors.recipe.unknownColumn');
    await expectError(() => ws.setRecipe({ ...base, base: 'zz' }), 'errors.recipe.unknownSource');
    await ws.dispose();
  });
});

// ---- filters -----------------------------------------------------------------------------

const FILTER_COLUMNS: ColumnInfo[] = [
  { name: 'nr', type: 'integer' },
  { name: 'Naam', type: 'text' },
  { name: 'Score', type: 'decimal' },
  { name: 'Datum', type: 'date' },
  { name: 'Zorg', type: 'boolean' },
];

const filterRow = fc.tuple(
  fc.constantFrom<Cell>('Claes', 'claes', 'De Smet', 'Peeters', '  ', null, 'Zoë'),
  fc.option(fc.integer({ min: 0, max: 80 }).map((x) => x / 2), { nil: null }),
  fc.option(fc.constantFrom('2023-09-01', '2023-09-15', '2024-01-31', '2024-06-28'), { nil: null }),
  fc.option(fc.boolean(), { nil: null }),
);

type FilterCase = { condition: FilterCondition; keep: (row: Cell[]) => boolean };

function col(row: Cell[], name: string): Cell {
  return row[FILTER_COLUMNS.findIndex((c) => c.name === name)]!;
}

/** Expected semantics, written independently: typed comparisons drop empty cells; `neq` keeps them. */
function cases(): FilterCase[] {
  type Cmp = 'eq' | 'gt' | 'gte' | 'lt' | 'lte';
  const cmp = (column: string, op: Cmp, value: Cell, typed: Cell, f: (a: number | string | boolean, b: number | string | boolean) => boolean): FilterCase => ({
    condition: { column, op, value },
    keep: (r) => col(r, column) !== null && f(col(r, column) as number, typed as number),
  });
  const empty = (v: Cell, type: ColumnType) => v === null || ((type === 'text' || type === 'identifier') && String(v).trim() === '');
  return [
    cmp('Naam', 'eq', 'Claes', 'Claes', (a, b) => a === b),
    { condition: { column: 'Naam', op: 'neq', value: 'Claes' }, keep: (r) => col(r, 'Naam') !== 'Claes' },
    { condition: { column: 'Naam', op: 'contains', value: 'CLA' }, keep: (r) => col(r, 'Naam') !== null && String(col(r, 'Naam')).toLowerCase().includes('cla') },
    { condition: { column: 'Naam', op: 'contains', value: 'ë' }, keep: (r) => col(r, 'Naam') !== null && String(col(r, 'Naam')).includes('ë') },
    cmp('Naam', 'gt', 'D', 'D', (a, b) => a > b),
    { condition: { column: 'Naam', op: 'isEmpty' }, keep: (r) => empty(col(r, 'Naam'), 'text') },
    { condition: { column: 'Naam', op: 'notEmpty' }, keep: (r) => !empty(col(r, 'Naam'), 'text') },
    cmp('Score', 'gte', '20,5', 20.5, (a, b) => a >= b),
    cmp('Score', 'lt', 12, 12, (a, b) => a < b),
    cmp('Score', 'eq', '20', 20, (a, b) => a === b),
    { condition: { column: 'Score', op: 'neq', value: 20 }, keep: (r) => col(r, 'Score') !== 20 },
    { condition: { column: 'Score', op: 'isEmpty' }, keep: (r) => col(r, 'Score') === null },
    cmp('nr', 'lte', 10, 10, (a, b) => a <= b),
    cmp('Datum', 'gt', '2023-09-15', '2023-09-15', (a, b) => a > b),
    cmp('Datum', 'eq', '2024-06-28', '2024-06-28', (a, b) => a === b),
    cmp('Zorg', 'eq', true, true, (a, b) => a === b),
    { condition: { column: 'Zorg', op: 'neq', value: 'true' }, keep: (r) => col(r, 'Zorg') !== true },
    { condition: { column: 'Zorg', op: 'notEmpty' }, keep: (r) => col(r, 'Zorg') !== null },
  ];
}

describe('filters', () => {
  it('keep exactly the rows an independent filter keeps', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(filterRow, { maxLength: 60 }), async (generated) => {
        const rows: Cell[][] = generated.map((r, i) => [i, ...r]);
        const ws = await workspaceWith({ name: 't', columns: FILTER_COLUMNS, rows });
        try {
          for (const c of cases()) {
            const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [{ id: 'step2', kind: 'filter', match: 'all', conditions: [c.condition] }] };
            const page = await ws.page(recipe, 0, 1000, []);
            const expected = rows.filter(c.keep).map((r) => r[0]);
            expect({ case: c.condition, nr: page.rows.map((r) => r[0]) }).toEqual({ case: c.condition, nr: expected });
          }
        } finally {
          await ws.dispose();
        }
      }),
      { numRuns: 10, seed: 7 },
    );
  });

  it('chain: a filter after a join sees the joined columns, and warns when it leaves nothing', async () => {
    const ws = await workspaceWith(
      { name: 'l', columns: [{ name: 'id', type: 'text' }], rows: [['1'], ['2'], ['3']] },
      { name: 'r', columns: [{ name: 'id', type: 'integer' }, { name: 'Score', type: 'decimal' }], rows: [[1, 10], [2, 30]] },
    );
    const recipe: Recipe = {
      version: RECIPE_VERSION,
      base: 's1',
      steps: [join('s2', ['id'], ['id']), { id: 'step3', kind: 'filter', match: 'all', conditions: [{ column: 'Score', op: 'gt', value: 15 }] }],
    };
    const result = await ws.result(recipe);
    expect(result.steps.map((s) => s.rowsAfter)).toEqual([3, 1]);
    const none = await ws.result({ ...recipe, steps: [...recipe.steps, { id: 'step4', kind: 'filter', match: 'all', conditions: [{ column: 'Score', op: 'gt', value: 100 }] }] });
    expect(none.steps[2]!.warnings).toEqual([{ code: 'engine.filterMatchedNothing', params: { column: 'Score' } }]);
    await ws.dispose();
  });

  it('refuses values that do not fit the column and unknown columns', async () => {
    const ws = await workspaceWith({ name: 't', columns: FILTER_COLUMNS, rows: [[1, 'a', 1, '2024-01-01', true]] });
    type Op = 'eq' | 'gt';
    const filter = (column: string, op: Op, value: Cell): Recipe => ({ version: RECIPE_VERSION, base: 's1', steps: [{ id: 'step5', kind: 'filter', match: 'all', conditions: [{ column, op, value }] }] });
    const e = await expectError(() => ws.setRecipe(filter('Score', 'gt', 'veel')), 'errors.recipe.badFilterValue');
    expect(e.params).toEqual({ column: 'Score', value: 'veel' });
    await expectError(() => ws.setRecipe(filter('Datum', 'gt', '28/06/2024')), 'errors.recipe.badFilterValue');
    await expectError(() => ws.setRecipe(filter('Zorg', 'eq', 'misschien')), 'errors.recipe.badFilterValue');
    await expectError(() => ws.setRecipe(filter('Score', 'gt', null)), 'errors.recipe.badFilterValue');
    await expectError(() => ws.setRecipe(filter('Klas', 'eq', '2A')), 'errors.recipe.unknownColumn');
    await ws.dispose();
  });
});
