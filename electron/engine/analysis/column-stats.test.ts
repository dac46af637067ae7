import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HISTOGRAM_BINS, type TableStats } from '../../../shared/model/column-stats';
import { type Recipe, RECIPE_VERSION } from '../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { ROW_ORDER_COLUMN } from '../db/reserved';
import { Session } from '../db/session';
import { ident } from '../db/sql';
import { Project } from '../project/project';
import type { Materialized } from '../recipe/cache';
import { columnStats } from './column-stats';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

const COLUMNS: ColumnInfo[] = [
  { name: 'Klas', type: 'text' },
  { name: 'Score', type: 'decimal' },
  { name: 'Punten', type: 'integer' },
  { name: 'Datum', type: 'date' },
  { name: 'Aanwezig', type: 'boolean' },
  // A user column named like the statement's own aliases: it must not be taken for one.
  { name: 'lo0', type: 'text' },
];

/** Rows with known counts: computed from the same arrays below, independently of SQL. */
const ROWS: Cell[][] = [
  ['2A', 10, 1, '2024-01-01', true, 'x'],
  ['2A', 20, 2, '2024-01-03', true, ''],
  ['2B', null, 3, '2024-01-05', false, null],
  ['  ', 40, 3, null, null, 'x'],
  ['2A', 30, null, '2024-01-05', true, 'y'],
  [null, 0, 1, '2024-01-02', false, 'x'],
  ['2C', 25, 2, '2024-01-04', true, 'z'],
];

async function materialize(name: string, columns: ColumnInfo[], rows: Cell[][]): Promise<Materialized> {
  await session.createTable(name, columns, rows);
  return { table: name, columns, orderColumns: [ROW_ORDER_COLUMN], rowCount: rows.length };
}

const find = (stats: TableStats, column: string) => stats.columns.find((c) => c.column === column)!;

describe('column stats', () => {
  it('counts empty cells and the most frequent values of text exactly', async () => {
    const stats = await columnStats(session, await materialize('stats_small', COLUMNS, ROWS));
    expect(stats.rowCount).toBe(7);
    // Missing: null, and text of nothing but spaces (as the filter's "is empty").
    expect(stats.columns.map((c) => [c.column, c.missing])).toEqual([
      ['Klas', 2],
      ['Score', 1],
      ['Punten', 1],
      ['Datum', 1],
      ['Aanwezig', 1],
      ['lo0', 2],
    ]);
    expect(find(stats, 'Klas').shape).toEqual({
      kind: 'top',
      values: [
        { value: '2A', n: 3 },
        { value: '2B', n: 1 },
        { value: '2C', n: 1 },
      ],
    });
    expect(find(stats, 'Aanwezig').shape).toEqual({
      kind: 'top',
      values: [
        { value: true, n: 4 },
        { value: false, n: 2 },
      ],
    });
    expect(find(stats, 'lo0').shape).toEqual({
      kind: 'top',
      values: [
        { value: 'x', n: 3 },
        { value: 'y', n: 1 },
        { value: 'z', n: 1 },
      ],
    });
  });

  it('bins numbers over their range and whole numbers and days one bin per value when they span few', async () => {
    const stats = await columnStats(session, await materialize('stats_bins', COLUMNS, ROWS));
    // Score 0..40 in 12 equal bins of 10/3: 0→0, 10→3, 20→6, 25→7, 30→9, 40→11 (the last bin closed).
    const score = find(stats, 'Score').shape;
    expect(score).toMatchObject({ kind: 'histogram', min: 0, max: 40 });
    const expected = new Array<number>(HISTOGRAM_BINS).fill(0);
    for (const v of [0, 10, 20, 25, 30, 40]) expected[Math.min(HISTOGRAM_BINS - 1, Math.floor((v / 40) * HISTOGRAM_BINS))]! += 1;
    expect(score.kind === 'histogram' && score.bins).toEqual(expected);
    // Punten 1..3: one bin per value.
    expect(find(stats, 'Punten').shape).toEqual({ kind: 'histogram', min: 1, max: 3, bins: [2, 2, 2] });
    // Datum 1–5 January: one bin per day.
    expect(find(stats, 'Datum').shape).toEqual({ kind: 'histogram', min: '2024-01-01', max: '2024-01-05', bins: [1, 1, 1, 1, 2] });
  });

  it('says a column of empty cells is empty, and handles a table without rows', async () => {
    const empty = await columnStats(session, await materialize('stats_none', COLUMNS, []));
    expect(empty.rowCount).toBe(0);
    expect(empty.columns.every((c) => c.missing === 0 && c.shape.kind === 'empty')).toBe(true);
    const blank = await columnStats(session, await materialize('stats_blank', COLUMNS.slice(0, 2), [[null, null], ['', null]]));
    expect(blank.columns).toEqual([
      { column: 'Klas', missing: 2, shape: { kind: 'empty' } },
      { column: 'Score', missing: 2, shape: { kind: 'empty' } },
    ]);
  });

  it('is computed once per result and kept with it', async () => {
    const result = await materialize('stats_once', COLUMNS, ROWS);
    const first = columnStats(session, result);
    expect(columnStats(session, result)).toBe(first);
    await first;
  });
});

describe('a result of a million rows', () => {
  const N = 1_000_000;
  let project: Project;

  beforeAll(async () => {
    project = new Project(session);
    // Made in DuckDB: the rows never pass through JavaScript, as in a real import.
    const columns: ColumnInfo[] = [
      { name: 'nr', type: 'integer' },
      { name: 'Score', type: 'integer' },
      { name: 'Klas', type: 'text' },
    ];
    await project.addSource({ fileName: 'groot.csv', fileHash: 'x', options: {}, format: 'csv', sheet: null, headerRow: 1, warnings: [] }, async (table) => {
      await session.run(
        `CREATE TABLE ${ident(table)} AS SELECT i AS nr, CASE WHEN i % 10 = 0 THEN NULL ELSE i % 100 END AS "Score",
           CASE WHEN i % 4 = 3 THEN NULL WHEN i % 4 = 0 THEN '1A' ELSE '1B' END AS "Klas", i AS ${ident(ROW_ORDER_COLUMN)}
         FROM range(${N}) r(i)`,
      );
      return { columns, rowCount: N };
    });
  }, 60_000);
  afterAll(() => project.dispose());
  const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [] };

  it('pages it sorted in the engine, a page at a time', async () => {
    const page = await project.page(recipe, 500_000, 100, [{ column: 'nr', direction: 'desc' }]);
    expect(page.totalRows).toBe(N);
    expect(page.rows).toHaveLength(100);
    expect(page.rows[0]![0]).toBe(N - 1 - 500_000);
    expect(page.rows[99]![0]).toBe(N - 100 - 500_000);
  });

  it('counts every empty cell (no sampling) and bins every value', async () => {
    const stats = await project.columnStats(recipe);
    // The reference, counted in JavaScript from the same rules.
    let scoreMissing = 0;
    let klasMissing = 0;
    const bins = new Array<number>(HISTOGRAM_BINS).fill(0);
    for (let i = 0; i < N; i++) {
      if (i % 10 === 0) scoreMissing++;
      else bins[Math.min(HISTOGRAM_BINS - 1, Math.floor(((i % 100) - 1) / 98 * HISTOGRAM_BINS))]! += 1;
      if (i % 4 === 3) klasMissing++;
    }
    expect(stats.rowCount).toBe(N);
    expect(find(stats, 'Score').missing).toBe(scoreMissing);
    expect(find(stats, 'Score').shape).toEqual({ kind: 'histogram', min: 1, max: 99, bins });
    expect(find(stats, 'Klas')).toEqual({
      column: 'Klas',
      missing: klasMissing,
      shape: { kind: 'top', values: [{ value: '1B', n: N / 2 }, { value: '1A', n: N / 4 }] },
    });
  }, 60_000);
});
