import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { createHash } from 'node:crypto';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Recipe, RECIPE_VERSION } from '../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { createEngine, type Engine } from '../api';
import { apiCaller } from '../testing/api-caller';
import { sourceDiff } from './refresh';
import { Session } from '../db/session';

let session: Session;
beforeAll(async () => {
  session = await Session.create();
});
afterAll(() => session.close());

let tableCounter = 0;
async function table(columns: ColumnInfo[], rows: Cell[][]): Promise<{ table: string; columns: ColumnInfo[] }> {
  const name = `diff_test_${++tableCounter}`;
  const stored = await session.createTable(name, columns, rows);
  return { table: name, columns: stored };
}

/** Multiset difference a − b of rows as JSON strings, counted independently of SQL. */
function minus(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const k of b) counts.set(k, (counts.get(k) ?? 0) + 1);
  let n = 0;
  for (const k of a) {
    const c = counts.get(k) ?? 0;
    if (c > 0) counts.set(k, c - 1);
    else n++;
  }
  return n;
}

describe('sourceDiff', () => {
  it('counts rows added and removed on the common columns, with duplicates and empty cells', async () => {
    const rng = xoroshiro128plus(2026);
    const klassen = ['2A', '2B', '2C', null];
    const pupil = (): Cell[] => [String(2023000 + uniformInt(rng, 0, 60)), klassen[uniformInt(rng, 0, 3)]!, uniformInt(rng, 0, 8) === 0 ? null : uniformInt(rng, 0, 40)];
    const oldRows = Array.from({ length: 300 }, pupil);
    // Next year's export: most rows again (some twice, some changed), new ones, a new column.
    const newRows: Cell[][] = [];
    for (const r of oldRows) {
      const roll = uniformInt(rng, 0, 9);
      if (roll === 0) continue; // left
      if (roll === 1) newRows.push([r[0]!, r[1]!, r[2] === null ? 1 : (r[2] as number) + 1, 'x']); // score changed
      else newRows.push([...r, uniformInt(rng, 0, 1) ? 'ja' : 'nee']);
      if (roll === 2) newRows.push([...r, 'dubbel']);
    }
    for (let i = 0; i < 25; i++) newRows.push([...pupil(), null]);

    const before = await table(
      [{ name: 'Stamboeknummer', type: 'identifier' }, { name: 'Klas', type: 'text' }, { name: 'Score', type: 'integer' }, { name: 'Geslacht', type: 'text' }],
      oldRows.map((r) => [...r, 'V']),
    );
    const after = await table(
      [{ name: 'Stamboeknummer', type: 'identifier' }, { name: 'Klas', type: 'text' }, { name: 'Score', type: 'integer' }, { name: 'Remediëring', type: 'text' }],
      newRows,
    );
    const key = (r: Cell[]) => JSON.stringify(r.slice(0, 3));
    const diff = await sourceDiff(session, before, after);
    expect(diff).toEqual({
      rowsBefore: oldRows.length,
      rowsAfter: newRows.length,
      rowsAdded: minus(newRows.map(key), oldRows.map(key)),
      rowsRemoved: minus(oldRows.map(key), newRows.map(key)),
      columnsAdded: ['Remediëring'],
      columnsMissing: ['Geslacht'],
      typeChanges: [],
    });
    // The figures are not trivial: something was added and something removed.
    expect(diff.rowsAdded).toBeGreaterThan(25);
    expect(diff.rowsRemoved).toBeGreaterThan(0);
  });

  it('reports type changes and compares whole and decimal numbers by value', async () => {
    const before = await table(
      [{ name: 'nr', type: 'integer' }, { name: 'Score', type: 'integer' }, { name: 'Niveau', type: 'text' }],
      [[1, 10, 'A'], [2, 20, 'B'], [3, 30, 'C']],
    );
    const after = await table(
      [{ name: 'nr', type: 'identifier' }, { name: 'Score', type: 'decimal' }, { name: 'Niveau', type: 'text' }],
      [['1', 10, 'A'], ['2', 20.5, 'B'], ['3', 30, 'C'], ['3', 30, 'C']],
    );
    const diff = await sourceDiff(session, before, after);
    expect(diff).toEqual({
      rowsBefore: 3,
      rowsAfter: 4,
      // 20 → 20.5 changed one row; the duplicate of row 3 is one more.
      rowsAdded: 2,
      rowsRemoved: 1,
      columnsAdded: [],
      columnsMissing: [],
      typeChanges: [
        { column: 'nr', from: 'integer', to: 'identifier' },
        { column: 'Score', from: 'integer', to: 'decimal' },
      ],
    });
  });

  it('calls every row added and removed when no column is left in common', async () => {
    const before = await table([{ name: 'a', type: 'text' }], [['x'], ['y']]);
    const after = await table([{ name: 'b', type: 'text' }], [['x']]);
    expect(await sourceDiff(session, before, after)).toEqual({
      rowsBefore: 2,
      rowsAfter: 1,
      rowsAdded: 1,
      rowsRemoved: 2,
      columnsAdded: ['b'],
      columnsMissing: ['a'],
      typeChanges: [],
    });
  });
});

describe('refreshing a source from a new version of its file', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ shell: 'browser', version: 'test' });
  });
  afterAll(() => engine.close());

  const { call, ok } = apiCaller(() => engine);
  const csv = (header: string[], rows: Cell[][]) =>
    strToU8(`${header.join(';')}\r\n${rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(';')).join('\r\n')}\r\n`);
  const upload = async (name: string, data: Uint8Array) => (await ok('file.upload', { name, data: new Uint8Array(data) })).fileId;

  it('shows the difference, swaps the table in keeping recipe and views, and refuses a file that lost a used column', async () => {
    const rng = xoroshiro128plus(31);
    const header = ['Stamboeknummer', 'Klas', 'Score'];
    const v1: Cell[][] = Array.from({ length: 120 }, (_, i) => [2023001 + i, `2${'ABC'[i % 3]}`, uniformInt(rng, 0, 40)]);
    const v2: Cell[][] = [];
    for (const r of v1) {
      const roll = uniformInt(rng, 0, 9);
      if (roll === 0) continue; // left the school
      v2.push(roll === 1 ? [r[0]!, r[1]!, ((r[2] as number) + 5) % 41] : r);
    }
    for (let i = 0; i < 12; i++) v2.push([2024001 + i, '2D', uniformInt(rng, 0, 40)]);
    const v2WithColumn = v2.map((r, i) => [...r, i % 4 === 0 ? 'wiskunde' : 'taal']);

    await ok('source.import', { fileId: await upload('toets.csv', csv(header, v1)) });
    const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [{ id: 'step1', kind: 'filter', match: 'all', conditions: [{ column: 'Score', op: 'gte', value: 10 }] }] };
    await ok('recipe.set', { recipe });
    await ok('view.save', {
      view: { title: 'Gemiddelde per klas', takeaway: '', recipe, chart: { type: 'bar', groupBy: 'Klas', measure: 'Score', aggregate: 'mean' } },
    });
    const before = await ok('project.get');

    const v2Bytes = csv([...header, 'Remediëring'], v2WithColumn);
    const v2File = await upload('toets-2025.csv', v2Bytes);
    const { preview, diff } = await ok('source.refreshPreview', { sourceId: 's1', fileId: v2File, jobId: 'refresh-prev-1' });
    const key = (r: Cell[]) => JSON.stringify(r.slice(0, 3));
    expect(diff).toEqual({
      rowsBefore: v1.length,
      rowsAfter: v2.length,
      rowsAdded: minus(v2.map(key), v1.map(key)),
      rowsRemoved: minus(v1.map(key), v2.map(key)),
      columnsAdded: ['Remediëring'],
      columnsMissing: [],
      typeChanges: [],
      noLongerFits: [],
    });
    expect(diff.rowsAdded).toBeGreaterThanOrEqual(12);
    expect(preview.inspect.rowCount).toBe(v2.length);
    expect(await ok('project.get')).toEqual(before); // a preview changes nothing

    const state = await ok('source.refresh', { sourceId: 's1', fileId: v2File, jobId: 'refresh-run-01' });
    const source = state.sources[0]!;
    expect(source).toMatchObject({ id: 's1', name: 'toets', fileName: 'toets-2025.csv', rowCount: v2.length });
    expect(source.fileHash).toBe(createHash('sha256').update(v2Bytes).digest('hex'));
    expect(source.columns.map((c) => c.name)).toEqual([...header, 'Remediëring']);
    expect(source.importedAt >= before.sources[0]!.importedAt).toBe(true);
    expect(state.recipe).toEqual(recipe);
    expect(state.views).toEqual(before.views);
    expect(state.dirty).toBe(true);
    expect(state.result!.rowCount).toBe(v2.filter((r) => (r[2] as number) >= 10).length);
    const page = await ok('table.page', { recipe: { version: RECIPE_VERSION, base: 's1', steps: [] }, offset: 0, limit: 1000 });
    expect(page.rows).toEqual(v2WithColumn);
    expect(await ok('job.progress', { jobId: 'refresh-run-01' })).toMatchObject({ state: 'done' });

    // Next version: the score column is now called "Punten". The recipe uses "Score": refused.
    const renamed = await upload('toets-2026.csv', csv(['Stamboeknummer', 'Klas', 'Punten'], v1));
    const afterRefresh = await ok('project.get');
    const refused = await call('source.refresh', { sourceId: 's1', fileId: renamed });
    expect(refused.ok ? 'ok' : refused.error).toEqual({ code: 'errors.refresh.columnMissingInRecipe', params: { source: 'toets', column: 'Score' } });
    expect(await ok('project.get')).toEqual(afterRefresh);
    expect((await ok('table.page', { recipe: { version: RECIPE_VERSION, base: 's1', steps: [] }, offset: 0, limit: 1000 })).rows).toEqual(v2WithColumn);
    const { diff: lost } = await ok('source.refreshPreview', { sourceId: 's1', fileId: renamed });
    expect(lost).toMatchObject({ columnsAdded: ['Punten'], columnsMissing: ['Score', 'Remediëring'] });
    // The preview names what would no longer fit: the recipe's filter (step 1) and the view's.
    expect(lost.noLongerFits).toEqual([
      { view: null, step: 1, error: { code: 'errors.recipe.unknownColumn', params: { column: 'Score' } } },
      { view: 'Gemiddelde per klas', step: 1, error: { code: 'errors.recipe.unknownColumn', params: { column: 'Score' } } },
    ]);

    // Without the filter, the saved view still needs "Score".
    await ok('recipe.set', { recipe: { version: RECIPE_VERSION, base: 's1', steps: [] } });
    const byView = await call('source.refresh', { sourceId: 's1', fileId: renamed });
    expect(byView.ok ? 'ok' : byView.error).toEqual({
      code: 'errors.refresh.columnMissingInView',
      params: { source: 'toets', column: 'Score', view: 'Gemiddelde per klas' },
    });

    // What the message advises: name the new column as the old one when reading the file.
    const fixed = await ok('source.refresh', {
      sourceId: 's1',
      fileId: renamed,
      options: { columns: [{ source: 'Punten', name: 'Score' }] },
    });
    expect(fixed.sources[0]).toMatchObject({ rowCount: v1.length, fileName: 'toets-2026.csv' });
    expect(fixed.sources[0]!.options.columns).toEqual([{ source: 'Punten', name: 'Score' }]);
    const summary = await ok('chart.summary', { recipe, chart: fixed.views[0]!.chart });
    expect(summary.rows.reduce((a, r) => a + r.n, 0)).toBe(v1.filter((r) => (r[2] as number) >= 10).length);
  });

  it('refreshes anyway when asked, and the step that no longer fits reports why', async () => {
    await ok('project.new');
    const header = ['Stamboeknummer', 'Klas', 'Score'];
    const rows = [
      [1, '1A', 12],
      [2, '1A', 8],
      [3, '1B', 15],
    ];
    await ok('source.import', { fileId: await upload('toets.csv', csv(header, rows)) });
    const recipe: Recipe = {
      version: RECIPE_VERSION,
      base: 's1',
      steps: [
        { id: 'step1', kind: 'sort', keys: [{ column: 'Klas', direction: 'asc' }] },
        { id: 'step2', kind: 'filter', match: 'all', conditions: [{ column: 'Score', op: 'gte', value: 10 }] },
        { id: 'step3', kind: 'select', columns: [{ column: 'Stamboeknummer', as: 'Nr' }] },
      ],
    };
    await ok('recipe.set', { recipe });
    const renamed = await upload('toets-2026.csv', csv(['Stamboeknummer', 'Klas', 'Punten'], rows));
    const state = await ok('source.refresh', { sourceId: 's1', fileId: renamed, acceptMisfits: true });
    expect(state.sources[0]!.columns.map((c) => c.name)).toEqual(['Stamboeknummer', 'Klas', 'Punten']);
    expect(state.recipe).toEqual(recipe);
    const result = state.result!;
    // The recipe stops before step 2: the result is the sorted table, step 2 says why, step 3 did not run.
    expect(result.stoppedAt).toBe('step2');
    expect(result.rowCount).toBe(3);
    expect(result.columns.map((c) => c.name)).toEqual(['Stamboeknummer', 'Klas', 'Punten']);
    expect(result.steps.map((s) => [s.id, s.rowsAfter, s.error?.code ?? null, s.notRun ?? false])).toEqual([
      ['step1', 3, null, false],
      ['step2', 3, 'errors.recipe.unknownColumn', false],
      ['step3', 3, null, true],
    ]);
    expect(result.steps[1]!.error!.params).toEqual({ column: 'Score' });
    const page = await ok('table.page', { recipe: null, offset: 0, limit: 10 });
    expect(page.rows.map((r) => r[0])).toEqual([1, 2, 3]);

    // Undo back to a recipe without the broken filter is no edit: it is accepted as saved.
    const shorter: Recipe = { ...recipe, steps: [recipe.steps[0]!, recipe.steps[2]!] };
    expect((await ok('recipe.set', { recipe: shorter, tolerant: true })).result!.stoppedAt).toBeUndefined();
    // A step the user adds must fit: refused, the recipe stays.
    const added: Recipe = { ...shorter, steps: [...shorter.steps, { id: 'step4', kind: 'filter', match: 'all', conditions: [{ column: 'Score', op: 'gte', value: 1 }] }] };
    const refused = await call('recipe.set', { recipe: added });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('errors.recipe.unknownColumn');
    expect((await ok('project.get')).recipe).toEqual(shorter);
    // The one the refresh broke, given back as saved (redo), is shown again as it was.
    expect((await ok('recipe.set', { recipe, tolerant: true })).result!.stoppedAt).toBe('step2');
    // Unchanged steps stay as they are without `tolerant` too (here: switching step 3 off).
    const off: Recipe = { ...recipe, steps: recipe.steps.map((s) => (s.id === 'step3' ? { ...s, disabled: true } : s)) };
    expect((await ok('recipe.set', { recipe: off })).result!.steps.map((s) => s.error?.code ?? s.notRun ?? null)).toEqual([null, 'errors.recipe.unknownColumn', true]);
  });

  it("reads next year's columns spelled otherwise (case, accents, spacing) under the source's names, and says so", async () => {
    await ok('project.new');
    const rows: Cell[][] = [
      [1, '1A', 12, 'ja'],
      [2, '1A', 8, 'nee'],
      [3, '1B', 15, 'nee'],
    ];
    await ok('source.import', { fileId: await upload('toets.csv', csv(['Stamboeknummer', 'Klas', 'Score', 'Remediëring'], rows)) });
    const recipe: Recipe = { version: RECIPE_VERSION, base: 's1', steps: [{ id: 'step1', kind: 'filter', match: 'all', conditions: [{ column: 'Score', op: 'gte', value: 10 }] }] };
    await ok('recipe.set', { recipe });
    await ok('view.save', { view: { title: 'Per klas', takeaway: '', recipe, chart: { type: 'bar', groupBy: 'Klas', measure: 'Score', aggregate: 'mean' } } });

    const next = [...rows, [4, '1B', 11, 'ja']];
    const file = await upload('toets-2026.csv', csv(['stamboeknummer', 'KLAS', ' score ', 'Remediering'], next));
    const { diff } = await ok('source.refreshPreview', { sourceId: 's1', fileId: file });
    expect(diff.renamed).toEqual([
      { from: 'stamboeknummer', to: 'Stamboeknummer' },
      { from: 'KLAS', to: 'Klas' },
      { from: 'score', to: 'Score' },
      { from: 'Remediering', to: 'Remediëring' },
    ]);
    expect(diff).toMatchObject({ rowsBefore: 3, rowsAfter: 4, rowsAdded: 1, rowsRemoved: 0, columnsAdded: [], columnsMissing: [], typeChanges: [], noLongerFits: [] });

    const state = await ok('source.refresh', { sourceId: 's1', fileId: file });
    expect(state.sources[0]!.columns.map((c) => c.name)).toEqual(['Stamboeknummer', 'Klas', 'Score', 'Remediëring']);
    expect(state.result!.rowCount).toBe(next.filter((r) => (r[2] as number) >= 10).length);
    expect((await ok('table.page', { recipe: { version: RECIPE_VERSION, base: 's1', steps: [] }, offset: 0, limit: 10 })).rows).toEqual(next);

    // A file that already has the names: nothing to say.
    const same = await upload('toets-2027.csv', csv(['Stamboeknummer', 'Klas', 'Score', 'Remediëring'], rows));
    expect((await ok('source.refreshPreview', { sourceId: 's1', fileId: same })).diff.renamed).toBeUndefined();
  });

  it('refuses an unknown source', async () => {
    await ok('project.new');
    const file = await upload('a.csv', csv(['a', 'b'], [[1, 2]]));
    const unknown = await call('source.refreshPreview', { sourceId: 's9', fileId: file });
    expect(unknown.ok ? 'ok' : unknown.error.code).toBe('errors.source.unknown');
  });
});
