import { readFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RequestOf } from '../../shared/api/contract';
import { isCleanName } from '../../shared/model/names';
import type { ProjectState } from '../../shared/model/project';
import { RECIPE_VERSION } from '../../shared/model/recipe';
import type { Cell } from '../../shared/model/table';
import { createEngine, type Engine } from './api';
import { rowsTable } from './project/demo';
import { makeXlsx, num, row } from './import/testing/make-xlsx';
import { Session } from './db/session';
import { apiCaller } from './testing/api-caller';
import { type NewSource, Project } from './project/project';

/**
 * Hostile input found by a probe (issue 6, items 5, 6 and 10): ids that differ only in case,
 * control and invisible characters in names, and zips with duplicate or confusable entries.
 * Everything runs end to end through the engine API; the hostile bytes are built here.
 */

let engine: Engine;
beforeEach(async () => {
  engine = await createEngine({ shell: 'browser', version: '0.1.0-test' });
});
afterEach(() => engine.close());

const { ok, failsWith } = apiCaller(() => engine);


async function upload(name: string, data: Uint8Array): Promise<string> {
  return (await ok('file.upload', { name, data: new Uint8Array(data) })).fileId;
}

async function importCsv(name: string, text: string, options: RequestOf<'source.import'>['options'] = {}): Promise<ProjectState> {
  return ok('source.import', { fileId: await upload(name, strToU8(text)), options });
}

async function save(): Promise<Uint8Array> {
  const { file } = await ok('project.save', { fileId: null });
  return readFile(engine.files.resolve(file.fileId).path);
}

async function reopen(bytes: Uint8Array): Promise<ProjectState> {
  await ok('project.new');
  return ok('project.open', { fileId: await upload('weer.werkbank', bytes) });
}

/**
 * A one-sheet workbook with these headers and one row of numbers 1, 2, …. Headers are
 * written raw: Excel's `_x0000_` escapes are how a control character gets into a cell.
 */
function headersXlsx(headers: string[]): Uint8Array {
  const ref = (c: number, r: number) => `${String.fromCharCode(65 + c)}${r}`;
  const cell = (c: number, text: string) => `<c r="${ref(c, 1)}" t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`;
  return makeXlsx({
    sheets: [{ name: 'Blad1', rows: row(1, headers.map((h, c) => cell(c, h))) + row(2, headers.map((_, c) => num(ref(c, 2), c + 1))) }],
  });
}

async function importXlsx(name: string, headers: string[]): Promise<ProjectState> {
  return ok('source.import', { fileId: await upload(name, headersXlsx(headers)), options: {} });
}

const page = (sourceId: string) =>
  ok('table.page', { recipe: { version: RECIPE_VERSION, base: sourceId, steps: [] }, offset: 0, limit: 1000 });

/** The zip's manifest, changed, with its tables renamed by `rename`. */
function rewrite(bytes: Uint8Array, change: (m: Record<string, unknown>) => unknown, rename: (entry: string) => string = (e) => e): Uint8Array {
  const files = unzipSync(bytes);
  const out: Record<string, Uint8Array> = {};
  for (const [entry, data] of Object.entries(files)) out[rename(entry)] = data;
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
  out['manifest.json'] = strToU8(JSON.stringify(change(manifest)));
  return zipSync(out);
}

/**
 * A zip whose entries are named exactly `names` (duplicates included, which an object of
 * entries cannot express): each is zipped under a placeholder of the same length, and the
 * placeholder is then overwritten in the local header and the central directory.
 */
function zipWithNames(entries: [string, Uint8Array][]): Uint8Array {
  const placeholders = entries.map(([name], i) => {
    const tag = `~${i}~`;
    const bytes = strToU8(name);
    if (bytes.length < tag.length) throw new Error('name too short for a placeholder');
    return tag + 'x'.repeat(bytes.length - tag.length);
  });
  const zip = zipSync(Object.fromEntries(entries.map(([, data], i) => [placeholders[i]!, [data, { level: 0 }]])));
  entries.forEach(([name], i) => {
    const from = strToU8(placeholders[i]!);
    const to = strToU8(name);
    let found = 0;
    for (let at = 0; at <= zip.length - from.length; at++) {
      if (from.every((b, k) => zip[at + k] === b)) {
        zip.set(to, at);
        found++;
      }
    }
    if (found !== 2) throw new Error(`placeholder found ${found} times`);
  });
  return zip;
}

describe('ids that differ only in case (item 5)', () => {
  it('refuses a project file whose source id is S1, and the open project stays as it was', async () => {
    await importCsv('toets.csv', 'nr;score\n1;10\n2;20\n');
    const bytes = await save();
    const upper = rewrite(
      bytes,
      (m) => {
        const recipe = m.recipe as { base: string };
        return { ...m, sources: (m.sources as { id: string }[]).map((s) => ({ ...s, id: 'S1' })), recipe: { ...recipe, base: 'S1' }, views: [] };
      },
      (entry) => entry.replace('tables/s1.parquet', 'tables/S1.parquet'),
    );
    // The current project is the one just saved.
    const before = await ok('project.get');
    const pageBefore = await page('s1');
    await failsWith('project.open', { fileId: await upload('hoofdletters.werkbank', upper) }, 'errors.project.corrupt');
    expect(await ok('project.get')).toEqual(before);
    expect(await page('s1')).toEqual(pageBefore);
  });

  it('refuses other id shapes the engine never writes', async () => {
    await importCsv('toets.csv', 'nr;score\n1;10\n');
    const bytes = await save();
    for (const id of ['s01', 's0', 'x1', 's1 ', 's-1', 'p1_s1']) {
      const bad = rewrite(
        bytes,
        (m) => ({ ...m, sources: (m.sources as { id: string }[]).map((s) => ({ ...s, id })), recipe: { ...(m.recipe as object), base: id } }),
        (entry) => entry.replace('tables/s1.parquet', `tables/${id}.parquet`),
      );
      await failsWith('project.open', { fileId: await upload('raar.werkbank', bad) }, 'errors.project.corrupt');
    }
    const views = rewrite(bytes, (m) => ({
      ...m,
      views: [{ id: 'V1', title: 'x', takeaway: '', recipe: m.recipe, chart: { type: 'bar', groupBy: 'nr', measure: null, aggregate: 'count' }, createdAt: '', updatedAt: '' }],
    }));
    await failsWith('project.open', { fileId: await upload('raar.werkbank', views) }, 'errors.project.corrupt');
  });

  it('imports beside an opened project, saves and reopens with every source intact', async () => {
    await importCsv('a.csv', 'nr;score\n1;10\n2;20\n');
    const opened = await reopen(await save());
    expect(opened.sources.map((s) => s.id)).toEqual(['s1']);
    const before = await page('s1');
    const state = await importCsv('b.csv', 'nr;klas\n1;2A\n');
    expect(state.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    const again = await reopen(await save());
    expect(again.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(await page('s1')).toEqual(before);
    expect((await page('s2')).rows).toEqual([[1, '2A']]);
  });
});

describe('source tables of a workspace (item 5)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await Session.create();
  });
  afterAll(() => session.close());

  const tables = async () => (await session.query('SELECT table_name FROM duckdb_tables() ORDER BY 1')).rows.map((r) => String(r[0]));
  const meta: NewSource = { fileName: 'b.csv', fileHash: 'bb', options: {}, format: 'csv', sheet: null, headerRow: 1, warnings: [] };

  it('a failed import drops the table it was given and nothing else', async () => {
    const ws = new Project(session);
    await ws.addRows(rowsTable('csv', [{ name: 'nr', type: 'integer' }], [[1], [2]]), { fileName: 'a.csv', fileHash: 'aa', options: {} });
    // A table the workspace did not make, under the name it would give next but in capitals.
    const foreign = ws.tableName('s1').replace(/1$/, '2').toUpperCase();
    await session.run(`CREATE TABLE "${foreign}" (x INTEGER)`);
    const before = await tables();
    const given: string[] = [];
    const failing = (createFirst: boolean) => async (table: string) => {
      given.push(table);
      // The name is free, also without regard to case.
      expect(before.map((t) => t.toLowerCase())).not.toContain(table.toLowerCase());
      if (createFirst) await session.run(`CREATE TABLE "${table}" (x INTEGER)`);
      throw new Error('convert failed');
    };
    await expect(ws.addSource(meta, failing(true))).rejects.toThrow('convert failed');
    await expect(ws.addSource(meta, failing(false))).rejects.toThrow('convert failed');
    expect(await tables()).toEqual(before);
    expect(ws.sources.map((s) => s.id)).toEqual(['s1']);
    expect((await ws.page(null, 0, 10, [])).rows).toEqual([[1], [2]]);
    await ws.dispose();
    await session.run(`DROP TABLE "${foreign}"`);
  });

  it('names tables from a counter, so source ids never decide which table is dropped', async () => {
    const ws = new Project(session);
    const a = await ws.addRows(rowsTable('csv', [{ name: 'nr', type: 'integer' }], [[1]]), { fileName: 'a.csv', fileHash: 'aa', options: {} });
    const first = ws.tableName(a.id);
    ws.setRecipe(null);
    await ws.removeSource(a.id);
    const b = await ws.addRows(rowsTable('csv', [{ name: 'nr', type: 'integer' }], [[2]]), { fileName: 'b.csv', fileHash: 'bb', options: {} });
    expect(b.id).toBe('s2');
    expect(ws.tableName('s2')).not.toBe(first);
    expect(() => ws.tableName('S2')).toThrow();
    // Registering a source whose id differs from one present only in case is refused.
    const twin = { ...b, id: 'S2' };
    await expect(ws.attachSource(twin, async () => undefined)).rejects.toMatchObject({ code: 'errors.project.corrupt' });
    await expect(ws.attachSource({ ...b }, async () => undefined)).rejects.toMatchObject({ code: 'errors.project.corrupt' });
    expect((await ws.page({ version: RECIPE_VERSION, base: 's2', steps: [] }, 0, 10, [])).rows).toEqual([[2]]);
    await ws.dispose();
  });
});

describe('control characters in column names (item 6)', () => {
  it('keeps headers ab and a<NUL>b apart, with their own values, and the project reopens', async () => {
    // Text files with a NUL are refused as binary; a workbook escapes it as `_x0000_`.
    const state = await importXlsx('nul.xlsx', ['ab', 'a_x0000_b']);
    const columns = state.sources[0]!.columns.map((c) => c.name);
    expect(columns).toHaveLength(2);
    expect(new Set(columns.map((c) => c.toLowerCase())).size).toBe(2);
    for (const name of columns) expect(isCleanName(name), JSON.stringify(name)).toBe(true);
    const rows: Cell[][] = [[1, 2]];
    expect((await page('s1')).rows).toEqual(rows);
    const reopened = await reopen(await save());
    expect(reopened.sources[0]!.columns.map((c) => c.name)).toEqual(columns);
    expect((await page('s1')).rows).toEqual(rows);
  });

  it('keeps headers that differ only in case apart', async () => {
    const state = await importCsv('naam.csv', 'Naam;naam;NAAM\nAn;Bo;Cis\n');
    expect(state.sources[0]!.columns.map((c) => c.name)).toEqual(['Naam', 'naam (2)', 'NAAM (3)']);
    expect((await page('s1')).rows).toEqual([['An', 'Bo', 'Cis']]);
    await reopen(await save());
    expect((await page('s1')).rows).toEqual([['An', 'Bo', 'Cis']]);
  });

  it('maps every control character in a header the same way, then makes the names unique', async () => {
    const state = await importXlsx('ctl.xlsx', ['a_x0009_b', 'a_x0001_b', 'a_x007F_b', 'a_x0085_b', 'a b', 'a_x000D__x000A_b']);
    expect(state.sources[0]!.columns.map((c) => c.name)).toEqual(['a b', 'a b (2)', 'a b (3)', 'a b (4)', 'a b (5)', 'a b (6)']);
    expect((await page('s1')).rows).toEqual([[1, 2, 3, 4, 5, 6]]);
  });

  it('refuses a rename to x<NUL> beside x, in the preview and the import', async () => {
    const fileId = await upload('xy.csv', strToU8('x;y\n1;2\n'));
    const options = { columns: [{ source: 'y', name: 'x\u0000' }] };
    const refused = await failsWith('import.preview', { fileId, options }, 'errors.name.notClean');
    expect(!refused.ok && refused.error.params.name).toBe('x');
    await failsWith('source.import', { fileId, options }, 'errors.name.notClean');
    for (const name of ['x\u0085', 'x\u007f', 'a\nb', 'x\u202e']) {
      await failsWith('source.import', { fileId, options: { columns: [{ source: 'y', name }] } }, 'errors.name.notClean');
    }
    expect((await ok('project.get')).sources).toEqual([]);
    // A rename that differs from x only in case is made unique, as a repeated header is.
    const state = await ok('source.import', { fileId, options: { columns: [{ source: 'y', name: 'X' }] } });
    expect(state.sources[0]!.columns.map((c) => c.name)).toEqual(['x', 'X (2)']);
    expect((await page('s1')).rows).toEqual([[1, 2]]);
  });

  it('refuses a project file with a control character in a column name', async () => {
    await importCsv('toets.csv', 'nr;score\n1;10\n');
    const bytes = await save();
    const bad = rewrite(bytes, (m) => ({
      ...m,
      sources: (m.sources as { columns: { name: string }[] }[]).map((s) => ({ ...s, columns: s.columns.map((c, i) => (i === 1 ? { ...c, name: 'sco\u0000re' } : c)) })),
    }));
    await failsWith('project.open', { fileId: await upload('nul.werkbank', bad) }, 'errors.project.corrupt');
  });
});

describe('duplicate and confusable entries, invisible characters (item 10)', () => {
  async function savedProject(): Promise<Uint8Array> {
    await importCsv('toets.csv', 'nr;score\n1;10\n2;20\n');
    return save();
  }

  it('refuses a zip with two manifest.json entries, and the open project stays as it was', async () => {
    const files = unzipSync(await savedProject());
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { name: string };
    const evil = strToU8(JSON.stringify({ ...manifest, name: 'Overgenomen' }));
    const before = await ok('project.get');
    const pageBefore = await page('s1');
    for (const order of [
      [files['manifest.json']!, evil],
      [evil, files['manifest.json']!],
    ]) {
      const zip = zipWithNames([
        ['manifest.json', order[0]!],
        ['tables/s1.parquet', files['tables/s1.parquet']!],
        ['manifest.json', order[1]!],
      ]);
      const refused = await failsWith('project.open', { fileId: await upload('dubbel.werkbank', zip) }, 'errors.project.duplicateEntry');
      expect(!refused.ok && refused.error.params.entry).toBe('manifest.json');
    }
    expect(await ok('project.get')).toEqual(before);
    expect(await page('s1')).toEqual(pageBefore);
  });

  it('refuses duplicate table entries and entries that differ only in case', async () => {
    const files = unzipSync(await savedProject());
    const m = files['manifest.json']!;
    const t = files['tables/s1.parquet']!;
    const cases: [string, Uint8Array][][] = [
      [['manifest.json', m], ['tables/s1.parquet', t], ['tables/s1.parquet', t]],
      [['manifest.json', m], ['tables/s1.parquet', t], ['tables/S1.parquet', t]],
      [['manifest.json', m], ['MANIFEST.json', m], ['tables/s1.parquet', t]],
    ];
    for (const entries of cases) {
      await failsWith('project.open', { fileId: await upload('dubbel.werkbank', zipWithNames(entries)) }, 'errors.project.duplicateEntry');
    }
    // The same entries once each open fine.
    const zip = zipWithNames([['manifest.json', m], ['tables/s1.parquet', t]]);
    expect((await ok('project.open', { fileId: await upload('goed.werkbank', zip) })).sources).toHaveLength(1);
  });

  it('cleans U+202E and other invisible characters out of headers and file names', async () => {
    const header = ['Naam\u202e', '\ufeffKlas', 'Sc\u200bore', 'Score', 'Ge\u00adboren', '\u2066Stam\u2069'].join(';');
    const state = await importCsv('lijst\u202etxt.csv', `${header}\nAn;2A;7;8;2012;1\n`);
    const source = state.sources[0]!;
    expect(source.columns.map((c) => c.name)).toEqual(['Naam', 'Klas', 'Score', 'Score (2)', 'Geboren', 'Stam']);
    expect(source.name).toBe('lijsttxt');
    expect(source.fileName).toBe('lijsttxt.csv');
    expect((await page('s1')).rows).toEqual([['An', '2A', 7, 8, 2012, 1]]);
    const reopened = await reopen(await save());
    expect(reopened.sources[0]).toEqual(source);
  });

  it('refuses invisible and control characters in names the user types', async () => {
    const fileId = await upload('toets.csv', strToU8('nr;score\n1;10\n'));
    const refused = await failsWith('source.import', { fileId, name: 'toets\u202e', options: {} }, 'errors.name.notClean');
    expect(!refused.ok && refused.error.params.name).toBe('toets');
    const state = await ok('source.import', { fileId, name: 'Toets', options: {} });
    const recipe = state.recipe!;
    const chart: RequestOf<'chart.summary'>['chart'] = { type: 'bar', groupBy: 'nr', measure: null, aggregate: 'count' };
    await failsWith('view.save', { view: { title: 'Per\u200b klas', takeaway: '', recipe, chart } }, 'errors.name.notClean');
    await failsWith('view.save', { view: { title: 'Per\u0000 klas', takeaway: '', recipe, chart } }, 'errors.name.notClean');
    expect((await ok('view.save', { view: { title: 'Per klas', takeaway: 'Regel 1\nRegel 2', recipe, chart } })).views).toHaveLength(1);
  });

  it('refuses invisible characters in profile names, saved or imported from a file', async () => {
    const profile: RequestOf<'profile.save'>['profile'] = { name: 'Ons\u202e puntenboek', kind: 'gradebook', signature: ['Score'], options: {} };
    await failsWith('profile.save', { profile }, 'errors.name.notClean');
    const file = { format: 'datateam-werkbank-profile', formatVersion: 1, profile: { ...profile, id: 'p1', builtIn: false, createdAt: '2026-01-01T00:00:00.000Z' } };
    const fileId = await upload('p.werkbankprofiel.json', strToU8(JSON.stringify(file)));
    await failsWith('profile.import', { fileId }, 'errors.profile.corrupt');
    expect((await ok('project.get')).profiles).toEqual([]);
  });

  it('refuses a project file with invisible characters in a source name or view title', async () => {
    await importCsv('toets.csv', 'nr;score\n1;10\n');
    const state = await ok('project.get');
    await ok('view.save', { view: { title: 'Per nr', takeaway: '', recipe: state.recipe!, chart: { type: 'bar', groupBy: 'nr', measure: null, aggregate: 'count' } } });
    const bytes = await save();
    const badSource = rewrite(bytes, (m) => ({ ...m, sources: (m.sources as object[]).map((s) => ({ ...s, name: 'toets\u202e' })) }));
    const badView = rewrite(bytes, (m) => ({ ...m, views: (m.views as object[]).map((v) => ({ ...v, title: '\u202eslaer' })) }));
    const badProject = rewrite(bytes, (m) => ({ ...m, name: 'Project\u0007' }));
    for (const bad of [badSource, badView, badProject]) {
      await failsWith('project.open', { fileId: await upload('onzichtbaar.werkbank', bad) }, 'errors.project.corrupt');
    }
    expect((await reopen(bytes)).views).toHaveLength(1);
  });
});
