import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JoinKind, type JoinStep, type KeyOptions, LENIENT_KEY, type Recipe, RECIPE_VERSION, type RecipeStep } from '../../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';
import { createEngine, type Engine } from '../../api';
import { Session } from '../../db/session';
import { rowsTable } from '../../project/demo';
import { Project } from '../../project/project';
import { apiCaller } from '../../testing/api-caller';
import { refDiagnostics, refJoinRows, type RefSide } from '../testing/join-reference';

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

const LEFT: ColumnInfo[] = [
  { name: 'id', type: 'text' },
  { name: 'klas', type: 'text' },
  { name: 'nr', type: 'integer' },
];
const RIGHT: ColumnInfo[] = [
  { name: 'id', type: 'text' },
  { name: 'Klas', type: 'text' },
  { name: 'v', type: 'integer' },
];

const keyCell = fc.constantFrom<Cell>(null, '', ' 7', '007', '7', '8', 'x', ' X', 'Zoë', 'zoe');
const klasCell = fc.constantFrom<Cell>('1A', '1a ', '1B', null);
const keyOptions: fc.Arbitrary<KeyOptions> = fc.record({
  trim: fc.boolean(),
  ignoreCase: fc.boolean(),
  ignoreAccents: fc.boolean(),
  stripLeadingZeros: fc.boolean(),
  numberAsText: fc.boolean(),
});

describe('join kinds', () => {
  it('give the rows of a nested-loop reference in its order, on one or two key pairs, for every kind', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(keyCell, klasCell), { maxLength: 14 }),
        fc.array(fc.tuple(keyCell, klasCell), { maxLength: 14 }),
        fc.constantFrom(...JoinKind.options),
        fc.array(keyOptions, { minLength: 1, maxLength: 2 }),
        async (leftGen, rightGen, how, options) => {
          const left: Cell[][] = leftGen.map(([id, klas], i) => [id, klas, i]);
          const right: Cell[][] = rightGen.map(([id, klas], j) => [id, klas, 100 + j]);
          const ws = await projectWith({ name: 'links', columns: LEFT, rows: left }, { name: 'rechts', columns: RIGHT, rows: right });
          try {
            const pairs = [
              { left: 'id', right: 'id' },
              { left: 'klas', right: 'Klas' },
            ].slice(0, options.length);
            const step: JoinStep = { id: 'j', kind: 'join', right: 's2', how, keys: pairs.map((p, k) => ({ ...p, ...options[k]! })) };
            const side = (rows: Cell[][]): RefSide => ({ keys: rows.map((r) => r.slice(0, pairs.length)), types: pairs.map(() => 'text') });
            // Inner and left joins drop the source's key columns; right and full joins keep every column.
            const keepAll = how === 'right' || how === 'full';
            const rightCols = RIGHT.map((_, c) => c).filter((c) => keepAll || c >= pairs.length);
            const expected = refJoinRows(side(left), side(right), options, how, (i) => left[i]!, (j) => rightCols.map((c) => right[j]![c]!), {
              left: LEFT.length,
              right: rightCols.length,
            });
            const page = await ws.page(recipe(step), 0, 1000, []);
            expect({ how, options, rows: page.rows }).toEqual({ how, options, rows: expected });
            const names = (await ws.result(recipe(step))).columns.map((c) => c.name);
            const rightNames = { 0: 'id (rechts)', 1: 'Klas (rechts)', 2: 'v' } as Record<number, string>;
            expect(names).toEqual(how === 'semi' || how === 'anti' ? ['id', 'klas', 'nr'] : ['id', 'klas', 'nr', ...rightCols.map((c) => rightNames[c]!)]);
            expect(await ws.joinPreview(recipe(), step)).toEqual(refDiagnostics(side(left), side(right), options, how));
          } finally {
            await ws.dispose();
          }
        },
      ),
      { numRuns: 40, seed: 4242 },
    );
  });

  it('put the source rows without a partner after the others, in their order, and later steps keep that order', async () => {
    const ws = await projectWith(
      { name: 'sept', columns: [{ name: 'Nr', type: 'identifier' }, { name: 'Sept', type: 'integer' }], rows: [['3', 30], ['1', 10], ['2', 20]] },
      { name: 'juni', columns: [{ name: 'Nr', type: 'identifier' }, { name: 'Juni', type: 'integer' }], rows: [['9', 90], ['1', 11], ['8', 80], ['3', 33]] },
      { name: 'zorg', columns: [{ name: 'Nr', type: 'identifier' }, { name: 'Zorg', type: 'text' }], rows: [['8', 'ja'], ['3', 'nee']] },
    );
    const on = (id: string, right: string, how: JoinKind, left = 'Nr'): JoinStep => ({ id, kind: 'join', right, how, keys: [{ left, right: 'Nr', ...LENIENT_KEY }] });
    const full = await ws.page(recipe(on('j', 's2', 'full')), 0, 10, []);
    expect(full.rows).toEqual([
      ['3', 30, '3', 33],
      ['1', 10, '1', 11],
      ['2', 20, null, null],
      [null, null, '9', 90],
      [null, null, '8', 80],
    ]);
    const rightJoin = await ws.page(recipe(on('j', 's2', 'right')), 0, 10, []);
    expect(rightJoin.rows).toEqual([
      ['3', 30, '3', 33],
      ['1', 10, '1', 11],
      [null, null, '9', 90],
      [null, null, '8', 80],
    ]);
    // A join after a full join: its partners stay under each row, the unmatched source rows stay last.
    const chained = await ws.page(recipe(on('j', 's2', 'full'), on('z', 's3', 'left', 'Nr (juni)')), 0, 10, []);
    expect(chained.rows.map((r) => [r[0], r[2], r[4]])).toEqual([
      ['3', '3', 'nee'],
      ['1', '1', null],
      ['2', null, null],
      [null, '9', null],
      [null, '8', 'ja'],
    ]);
    const semi = await ws.page(recipe(on('j', 's2', 'semi')), 0, 10, []);
    expect(semi.rows).toEqual([
      ['3', 30],
      ['1', 10],
    ]);
    const anti = await ws.page(recipe(on('j', 's2', 'anti')), 0, 10, []);
    expect(anti.rows).toEqual([['2', 20]]);
    await ws.dispose();
  });
});

// ---- a join that multiplies rows, on the sample school --------------------------------------

const SAMPLES = fileURLToPath(new URL('../../../../../shared/samples/', import.meta.url));

describe('a join on a key that does not identify a pupil', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ shell: 'browser', version: 'test' });
  });
  afterAll(() => engine.close());
  const { ok } = apiCaller(() => engine);

  it('is a warning that names the keys and says how many rows it makes, like the reference', async () => {
    for (const file of ['lvs-leerlingen.xlsx', 'toets-wiskunde-sept.csv']) {
      await ok('source.import', { fileId: engine.files.register(joinPath(SAMPLES, file)).fileId });
    }
    const base: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [] };
    const klasOf = async (source: string) => {
      const page = await ok('table.page', { recipe: { ...base, base: source }, offset: 0, limit: 1000 });
      const k = page.columns.findIndex((c) => c.name === 'Klas');
      return { keys: page.rows.map((r) => [r[k]!]), types: [page.columns[k]!.type] };
    };
    const step: JoinStep = { id: 'k', kind: 'join', right: 's2', how: 'left', keys: [{ left: 'Klas', right: 'Klas', ...LENIENT_KEY }] };
    const expected = refDiagnostics(await klasOf('s1'), await klasOf('s2'), [LENIENT_KEY], 'left');
    const diagnostics = await ok('join.preview', { recipe: base, step });
    expect(diagnostics).toEqual(expected);
    expect(diagnostics.multipliesRows).toBe(true);
    expect(diagnostics.resultRows).toBeGreaterThan(diagnostics.leftRows);
    const state = await ok('recipe.set', { recipe: { ...base, steps: [step] } });
    const warning = state.result!.steps[0]!.warnings.find((w) => w.code === 'engine.joinMultipliesRows');
    expect(warning?.params).toEqual({
      source: 'toets-wiskunde-sept',
      keys: 'Klas = Klas',
      repeated: expected.repeatedLeftRows,
      before: expected.leftRows,
      result: expected.resultRows,
    });
    expect(state.result!.rowCount).toBe(expected.resultRows);
  });
});
