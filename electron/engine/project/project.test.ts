import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import { LENIENT_KEY, type Recipe, RECIPE_VERSION } from '../../../shared/model/recipe';
import type { Cell, ColumnInfo, SortKey } from '../../../shared/model/table';
import type { ViewDraft } from '../../../shared/model/view';
import { rowsTable } from './demo';
import { Session } from '../db/session';
import { Project } from './project';
import { deleteView, saveView } from './views';

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
];
const CLASSES = ['2A', '2a', '2B', '10A', '1C', null];
const DATES = ['2023-09-01', '2024-01-15', '2024-06-28', null];

/** Rows with many ties, so the order within ties shows whether sorting is stable. */
function generate(n: number, seed: number): Cell[][] {
  const rng = xoroshiro128plus(seed);
  return Array.from({ length: n }, (_, i) => [
    i,
    CLASSES[uniformInt(rng, 0, CLASSES.length - 1)]!,
    uniformInt(rng, 0, 9) === 0 ? null : uniformInt(rng, 0, 8) * 5,
    DATES[uniformInt(rng, 0, DATES.length - 1)]!,
  ]);
}

let ws: Project;
let rows: Cell[][];
beforeEach(async () => {
  ws = new Project(session);
  rows = generate(437, 11);
  await ws.addRows(rowsTable('csv', COLUMNS, rows), { fileName: 'toets.csv', fileHash: 'abc', options: {} });
});
afterEach(() => ws.dispose());

/** Reference ordering: the sort keys (text case-insensitive, empty last), ties in original order. */
function referenceSort(data: Cell[][], sort: SortKey[]): Cell[][] {
  const index = (name: string) => COLUMNS.findIndex((c) => c.name === name);
  return [...data].sort((a, b) => {
    for (const key of sort) {
      const i = index(key.column);
      const x = a[i]!;
      const y = b[i]!;
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const xs = typeof x === 'string' ? x.toLowerCase() : x;
      const ys = typeof y === 'string' ? y.toLowerCase() : y;
      if (xs === ys) continue;
      const c = xs < ys ? -1 : 1;
      return key.direction === 'asc' ? c : -c;
    }
    return (a[0] as number) - (b[0] as number);
  });
}

async function allPages(sort: SortKey[], size: number): Promise<Cell[][]> {
  const out: Cell[][] = [];
  for (let offset = 0; ; offset += size) {
    const page = await ws.page(null, offset, size, sort);
    expect(page.totalRows).toBe(rows.length);
    expect(page.offset).toBe(offset);
    out.push(...page.rows);
    if (page.rows.length < size) return out;
  }
}

describe('Project sources and recipe', () => {
  it('describes an imported source and starts the recipe with it', async () => {
    const state = await ws.state();
    expect(state.sources).toHaveLength(1);
    expect(state.sources[0]).toMatchObject({ id: 's1', name: 'toets', fileName: 'toets.csv', fileHash: 'abc', rowCount: rows.length, columns: COLUMNS });
    expect(state.recipe).toEqual({ version: RECIPE_VERSION, base: 's1', steps: [] });
    expect(state.result).toEqual({ columns: COLUMNS, rowCount: rows.length, steps: [] });
    expect(state.dirty).toBe(true);
    expect(state.name).toBe('Project');
  });

  it('setting the recipe it already has (opening a view, undo to the same state) leaves it unchanged', async () => {
    ws.dirty = false;
    ws.setRecipe({ version: RECIPE_VERSION, base: 's1', steps: [] });
    expect((await ws.state()).dirty).toBe(false);
    ws.setRecipe({ version: RECIPE_VERSION, base: 's1', steps: [{ id: 'step1', kind: 'filter', match: 'all', conditions: [{ column: 'nr', op: 'notEmpty' }] }] });
    expect((await ws.state()).dirty).toBe(true);
  });

  it('numbers sources s1, s2 … and keeps source names unique', async () => {
    const second = await ws.addRows(rowsTable('csv', COLUMNS, []), { fileName: 'toets.csv', fileHash: 'def', options: {} });
    expect(second).toMatchObject({ id: 's2', name: 'toets (2)', rowCount: 0 });
    const named = await ws.addRows(rowsTable('xlsx', COLUMNS, []), { fileName: 'x.xlsx', fileHash: 'g', options: { sheet: 'Blad1' }, name: 'Juni' });
    expect(named).toMatchObject({ id: 's3', name: 'Juni', options: { sheet: 'Blad1' } });
  });

  it('refuses to remove a source the recipe or a view uses', async () => {
    await ws.addRows(rowsTable('csv', COLUMNS, rows.slice(0, 10)), { fileName: 'juni.csv', fileHash: 'j', options: {} });
    const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [{ id: 'step2', kind: 'join', right: 's2', how: 'left', keys: [{ left: 'nr', right: 'nr', ...LENIENT_KEY }] }] };
    ws.setRecipe(recipe);
    await expect(ws.removeSource('s2')).rejects.toMatchObject({ code: 'errors.source.inUse', params: { source: 'juni' } });
    ws.setRecipe({ version: RECIPE_VERSION, base: 's1', steps: [] });
    saveView(ws, { title: 't', takeaway: '', recipe, chart: { type: 'bar', groupBy: 'Klas', measure: null, aggregate: 'count' } });
    await expect(ws.removeSource('s2')).rejects.toMatchObject({ code: 'errors.source.inUse' });
    deleteView(ws, 'v1');
    await ws.removeSource('s2');
    expect((await ws.state()).sources.map((s) => s.id)).toEqual(['s1']);
    await expect(ws.removeSource('s2')).rejects.toBeInstanceOf(WerkbankError);
  });
});

describe('Project result cache', () => {
  it('never serves rows of a removed source, and never reuses its id', async () => {
    await ws.addRows(rowsTable('csv', COLUMNS, rows.slice(0, 5)), { fileName: 'b.csv', fileHash: 'b', options: {} });
    const onB: Recipe = { version: RECIPE_VERSION, base: 's2', steps: [] };
    expect((await ws.page(onB, 0, 100, [])).rows).toEqual(rows.slice(0, 5));
    await ws.removeSource('s2');
    await expect(ws.page(onB, 0, 100, [])).rejects.toMatchObject({ code: 'errors.recipe.unknownSource' });
    const c = await ws.addRows(rowsTable('csv', COLUMNS, rows.slice(5, 7)), { fileName: 'c.csv', fileHash: 'c', options: {} });
    expect(c.id).toBe('s3');
    expect((await ws.page({ version: RECIPE_VERSION, base: 's3', steps: [] }, 0, 100, [])).rows).toEqual(rows.slice(5, 7));
  });

  it('keeps only a few materialised results', async () => {
    const resultTables = async () =>
      Number((await session.query(`SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE '%result%'`)).rows[0]![0]);
    const before = await resultTables();
    for (let v = 0; v < 8; v++) {
      const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [{ id: 'step3', kind: 'filter', match: 'all', conditions: [{ column: 'Score', op: 'gte', value: v * 5 }] }] };
      const page = await ws.page(recipe, 0, 1000, []);
      expect(page.totalRows).toBe(rows.filter((r) => r[2] !== null && (r[2] as number) >= v * 5).length);
    }
    expect((await resultTables()) - before).toBeLessThanOrEqual(3);
  });
});

describe('Project.page', () => {
  it.each<[string, SortKey[]]>([
    ['no sort', []],
    ['class asc', [{ column: 'Klas', direction: 'asc' }]],
    ['class desc, score asc', [{ column: 'Klas', direction: 'desc' }, { column: 'Score', direction: 'asc' }]],
    ['date desc', [{ column: 'Datum', direction: 'desc' }]],
    ['score desc', [{ column: 'Score', direction: 'desc' }]],
  ])('pages through every row exactly once in a stable order (%s)', async (_, sort) => {
    const expected = referenceSort(rows, sort);
    expect(await allPages(sort, 50)).toEqual(expected);
    // Another page size gives the same order: ties never reshuffle between requests.
    expect(await allPages(sort, 73)).toEqual(expected);
  });

  it('returns an empty page past the end and refuses an unknown sort column', async () => {
    const page = await ws.page(null, 10_000, 10, []);
    expect(page).toEqual({ columns: COLUMNS, rows: [], offset: 10_000, totalRows: rows.length });
    await expect(ws.page(null, 0, 10, [{ column: 'Nope', direction: 'asc' }])).rejects.toMatchObject({ code: 'errors.recipe.unknownColumn' });
  });

  it('pages a recipe passed with the request without changing the current one', async () => {
    const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [{ id: 'step4', kind: 'filter', match: 'all', conditions: [{ column: 'Score', op: 'gte', value: 30 }] }] };
    const page = await ws.page(recipe, 0, 1000, []);
    expect(page.rows).toEqual(rows.filter((r) => r[2] !== null && (r[2] as number) >= 30));
    expect(ws.recipe?.steps).toEqual([]);
  });
});

describe('Project.summary and distinct', () => {
  it('computes n, valid n and the mean per group, groups in natural order and the empty group last', async () => {
    const summary = await ws.summary(null, { type: 'bar', groupBy: 'Klas', measure: 'Score', aggregate: 'mean' });
    const groups = new Map<string | null, number[]>();
    const counts = new Map<string | null, number>();
    for (const r of rows) {
      const key = r[1] as string | null;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (r[2] !== null) groups.set(key, [...(groups.get(key) ?? []), r[2] as number]);
    }
    // Natural order: numbers inside the text compare as numbers (2B before 10A); the empty group last.
    const order = ['1C', '2A', '2a', '2B', '10A', null].filter((k) => counts.has(k));
    expect(summary.rows.map((r) => r.key)).toEqual(order);
    for (const row of summary.rows) {
      const values = groups.get(row.key) ?? [];
      expect(row.n).toBe(counts.get(row.key));
      expect(row.nValid).toBe(values.length);
      if (values.length === 0) expect(row.value).toBeNull();
      else expect(row.value).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 10);
    }
  });

  it('counts rows per group, and per date in date order', async () => {
    const summary = await ws.summary(null, { type: 'bar', groupBy: 'Datum', measure: null, aggregate: 'count' });
    const keys = [...DATES.filter((d) => d !== null).sort(), null].filter((d) => rows.some((r) => r[3] === d));
    expect(summary.rows.map((r) => r.key)).toEqual(keys);
    for (const row of summary.rows) {
      const n = rows.filter((r) => r[3] === row.key).length;
      expect(row).toEqual({ key: row.key, n, nValid: n, value: n });
    }
  });

  it('refuses a mean without a numeric measure', async () => {
    await expect(ws.summary(null, { type: 'bar', groupBy: 'Klas', measure: 'Datum', aggregate: 'mean' })).rejects.toMatchObject({
      code: 'errors.recipe.measureNotNumeric',
    });
    await expect(ws.summary(null, { type: 'bar', groupBy: 'Klas', measure: null, aggregate: 'mean' })).rejects.toMatchObject({
      code: 'errors.recipe.measureRequired',
    });
  });

  it('lists distinct values most frequent first and says when it cut the list', async () => {
    const result = await ws.distinct(null, 'Klas', 3);
    const freq = new Map<Cell, number>();
    for (const r of rows) freq.set(r[1]!, (freq.get(r[1]!) ?? 0) + 1);
    const counts = [...freq.values()].sort((a, b) => b - a);
    expect(result.truncated).toBe(freq.size > 3);
    expect(result.values.map((v) => v.n)).toEqual(counts.slice(0, 3));
    for (const v of result.values) expect(freq.get(v.value)).toBe(v.n);
    const all = await ws.distinct(null, 'Klas', 1000);
    expect(all.truncated).toBe(false);
    expect(all.values).toHaveLength(freq.size);
  });
});

describe('Project views', () => {
  const draft = (title: string): ViewDraft => ({
    title,
    takeaway: 'Klas 2B scoort hoger.',
    recipe: { version: RECIPE_VERSION, base: 's1', steps: [] },
    chart: { type: 'bar', groupBy: 'Klas', measure: 'Score', aggregate: 'mean' },
  });

  it('assigns ids and timestamps, updates in place and deletes', async () => {
    let t = 0;
    ws.clock = () => new Date(Date.UTC(2024, 0, 1, 0, 0, t++));
    const a = saveView(ws, draft('Eerste'));
    const b = saveView(ws, draft('Tweede'));
    expect([a.id, b.id]).toEqual(['v1', 'v2']);
    expect(a.createdAt).toBe('2024-01-01T00:00:00.000Z');
    const updated = saveView(ws, { ...draft('Eerste, herzien'), id: 'v1' });
    expect(updated).toMatchObject({ id: 'v1', title: 'Eerste, herzien', createdAt: a.createdAt, updatedAt: '2024-01-01T00:00:02.000Z' });
    expect(ws.views.map((v) => v.title)).toEqual(['Eerste, herzien', 'Tweede']);
    deleteView(ws, 'v1');
    expect(saveView(ws, draft('Derde')).id).toBe('v3');
    expect(() => deleteView(ws, 'v1')).toThrow(WerkbankError);
    expect(() => saveView(ws, { ...draft('x'), id: 'v99' })).toThrow(WerkbankError);
  });

  it('refuses a view whose chart names a column the recipe does not have', () => {
    expect(() => saveView(ws, { ...draft('x'), chart: { type: 'bar', groupBy: 'Geslacht', measure: null, aggregate: 'count' } })).toThrow(
      expect.objectContaining({ code: 'errors.recipe.unknownColumn' }),
    );
  });
});

describe('ordinal columns (levels E < D < C < B < A)', () => {
  const LEVELS = ['E', 'D', 'C', 'B', 'A'];
  const LEVEL_COLUMNS: ColumnInfo[] = [
    { name: 'nr', type: 'integer' },
    { name: 'Niveau', type: 'ordinal', levels: LEVELS },
    { name: 'Score', type: 'decimal' },
  ];
  let levelRows: Cell[][];
  let ordinal: Project;
  const rank = (v: Cell) => (v === null ? Infinity : LEVELS.indexOf(v as string));
  const onLevels = (steps: Recipe['steps'] = []): Recipe => ({ version: RECIPE_VERSION, base: 's1', steps });

  beforeEach(async () => {
    const rng = xoroshiro128plus(7);
    const values = [...LEVELS, null];
    levelRows = Array.from({ length: 211 }, (_, i) => [i, values[uniformInt(rng, 0, values.length - 1)]!, uniformInt(rng, 150, 300)]);
    ordinal = new Project(session);
    await ordinal.addRows(rowsTable('xlsx', LEVEL_COLUMNS, levelRows), { fileName: 'vt.xlsx', fileHash: 'v', options: {} });
  });
  afterEach(() => ordinal.dispose());

  it('keeps the levels in the source description', async () => {
    expect((await ordinal.state()).sources[0]!.columns).toEqual(LEVEL_COLUMNS);
  });

  it.each(['asc', 'desc'] as const)('sorts by level order, not alphabetically (%s), empty last', async (direction) => {
    const page = await ordinal.page(null, 0, 1000, [{ column: 'Niveau', direction }]);
    const expected = [...levelRows].sort((a, b) => {
      const [x, y] = [rank(a[1]!), rank(b[1]!)];
      if (x === y) return (a[0] as number) - (b[0] as number);
      if (x === Infinity || y === Infinity) return x === Infinity ? 1 : -1;
      return direction === 'asc' ? x - y : y - x;
    });
    expect(page.rows).toEqual(expected);
  });

  it.each([
    ['gte', 'C', (r: number) => r >= 2],
    ['gt', 'C', (r: number) => r > 2],
    ['lt', 'b', (r: number) => r < 3],
    ['lte', 'E', (r: number) => r <= 0],
  ] as const)('filters %s %s by rank', async (op, value, keep) => {
    const page = await ordinal.page(onLevels([{ id: 'step5', kind: 'filter', match: 'all', conditions: [{ column: 'Niveau', op, value }] }]), 0, 1000, []);
    expect(page.rows).toEqual(levelRows.filter((r) => r[1] !== null && keep(rank(r[1]!))));
  });

  it('compares equality as text and refuses a level that does not exist', async () => {
    const page = await ordinal.page(onLevels([{ id: 'step6', kind: 'filter', match: 'all', conditions: [{ column: 'Niveau', op: 'eq', value: 'B' }] }]), 0, 1000, []);
    expect(page.rows).toEqual(levelRows.filter((r) => r[1] === 'B'));
    expect(() => ordinal.setRecipe(onLevels([{ id: 'step7', kind: 'filter', match: 'all', conditions: [{ column: 'Niveau', op: 'gte', value: 'F' }] }]))).toThrow(
      expect.objectContaining({ code: 'errors.recipe.badFilterValue' }),
    );
  });

  it('groups charts in level order and refuses the mean of levels', async () => {
    const summary = await ordinal.summary(null, { type: 'bar', groupBy: 'Niveau', measure: 'Score', aggregate: 'mean' });
    const present = [...LEVELS, null].filter((l) => levelRows.some((r) => r[1] === l));
    expect(summary.rows.map((r) => r.key)).toEqual(present);
    for (const row of summary.rows) {
      const scores = levelRows.filter((r) => r[1] === row.key).map((r) => r[2] as number);
      expect(row.n).toBe(scores.length);
      expect(row.value).toBeCloseTo(scores.reduce((a, b) => a + b, 0) / scores.length, 10);
    }
    await expect(ordinal.summary(null, { type: 'bar', groupBy: 'nr', measure: 'Niveau', aggregate: 'mean' })).rejects.toMatchObject({
      code: 'errors.recipe.measureNotNumeric',
    });
  });

  it('keeps the levels through a join', async () => {
    await ordinal.addRows(rowsTable('csv', [{ name: 'nr', type: 'integer' }, { name: 'Klas', type: 'text' }], [[1, '2A']]), {
      fileName: 'k.csv',
      fileHash: 'k',
      options: {},
    });
    const joined = await ordinal.result(onLevels([{ id: 'step8', kind: 'join', right: 's2', how: 'left', keys: [{ left: 'nr', right: 'nr', ...LENIENT_KEY }] }]));
    expect(joined.columns.find((c) => c.name === 'Niveau')).toEqual({ name: 'Niveau', type: 'ordinal', levels: LEVELS });
  });
});
