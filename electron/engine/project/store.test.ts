import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../../shared/api/errors';
import { PROJECT_FORMAT_VERSION, ProjectManifest } from '../../../shared/model/project';
import { LENIENT_KEY, type Recipe, RECIPE_VERSION } from '../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { rowsTable } from './demo';
import { Session } from '../db/session';
import { type AtomicIo, nodeIo, openProject, saveProject, writeFileAtomic } from './store';
import { createTempRoot, type TempRoot } from '../infra/temp-root';
import { Project } from './project';
import { saveView } from './views';

let session: Session;
let root: TempRoot;
let dir: string;
beforeAll(async () => {
  session = await Session.create();
  root = await createTempRoot();
});
afterAll(async () => {
  session.close();
  await root.dispose();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'werkbank-store-test-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const PUPILS: ColumnInfo[] = [
  { name: 'Stamboeknummer', type: 'identifier' },
  { name: 'Naam "roep"', type: 'text' },
  { name: 'Klas', type: 'text' },
  { name: 'Geboortedatum', type: 'date' },
  { name: 'Remediëring wiskunde', type: 'boolean' },
];
const SCORES: ColumnInfo[] = [
  { name: 'Stamboeknr', type: 'integer' },
  { name: 'Score (/40)', type: 'decimal' },
];

function pupils(n: number): Cell[][] {
  return Array.from({ length: n }, (_, i) => [
    String(2023001 + i).padStart(9, '0'),
    i % 11 === 0 ? null : `Leerling ${i} D'Hondt Zoë`,
    `2${'ABCD'[i % 4]}`,
    i % 13 === 0 ? null : `2012-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    i % 5 === 0 ? null : i % 3 === 0,
  ]);
}
function scores(n: number): Cell[][] {
  return Array.from({ length: n }, (_, i) => [2023001 + i * 2, i % 9 === 0 ? null : (i * 7) % 81 / 2]);
}

const checksum = (rows: Cell[][]) => createHash('sha256').update(JSON.stringify(rows)).digest('hex');

async function allRows(ws: Project, sourceId: string): Promise<Cell[][]> {
  const page = await ws.page({ version: RECIPE_VERSION, base: sourceId, steps: [] }, 0, 1000, []);
  return page.rows;
}

async function sampleWorkspace(): Promise<{ ws: Project; input: Record<string, Cell[][]> }> {
  const ws = new Project(session, 'Leerwinst 2A');
  const input = { s1: pupils(260), s2: scores(140) };
  await ws.addRows(rowsTable('xlsx', PUPILS, input.s1), { fileName: 'lvs.xlsx', fileHash: 'aa', options: { headerRow: 3 } });
  await ws.addRows(rowsTable('csv', SCORES, input.s2), { fileName: 'sept.csv', fileHash: 'bb', options: { delimiter: ';' } });
  const recipe: Recipe = {
    version: RECIPE_VERSION,
    base: 's1',
    steps: [
      { id: 'step1', kind: 'join', right: 's2', how: 'left', keys: [{ left: 'Stamboeknummer', right: 'Stamboeknr', ...LENIENT_KEY }] },
      { id: 'step2', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'neq', value: '2D' }] },
    ],
  };
  ws.setRecipe(recipe);
  saveView(ws, { title: 'Klas 2B groeit het sterkst', takeaway: 'Let op kleine groepen.', recipe, chart: { type: 'bar', groupBy: 'Klas', measure: 'Score (/40)', aggregate: 'mean' } });
  return { ws, input };
}

async function tableCount(): Promise<number> {
  return Number((await session.query('SELECT count(*) FROM duckdb_tables()')).rows[0]![0]);
}

function expectWerkbankError(error: unknown, code: string): WerkbankError {
  expect(error).toBeInstanceOf(WerkbankError);
  expect((error as WerkbankError).code).toBe(code);
  return error as WerkbankError;
}

describe('save and open', () => {
  it('round-trips sources, rows, recipe and views', async () => {
    const { ws, input } = await sampleWorkspace();
    const before = await ws.state();
    const target = join(dir, 'leerwinst.werkbank');
    await saveProject(ws, target, { appVersion: '9.9.9', tempRoot: root });
    expect(ws.dirty).toBe(false);
    expect(ws.fileName).toBe('leerwinst.werkbank');

    const opened = await openProject(session, await readFile(target), 'leerwinst.werkbank', root.dir);
    const after = await opened.state();
    expect(after).toEqual({ ...before, dirty: false, fileName: 'leerwinst.werkbank' });
    for (const [id, rows] of Object.entries(input)) {
      const back = await allRows(opened, id);
      expect(back).toHaveLength(rows.length);
      expect(checksum(back)).toBe(checksum(rows));
    }
    // The restored tables answer queries like the originals.
    expect(await opened.page(null, 0, 1000, [{ column: 'Score (/40)', direction: 'desc' }])).toEqual(
      await ws.page(null, 0, 1000, [{ column: 'Score (/40)', direction: 'desc' }]),
    );
    await opened.dispose();
    await ws.dispose();
  });

  it('writes a zip with a valid manifest and one Parquet file per source', async () => {
    const { ws } = await sampleWorkspace();
    const target = join(dir, 'p.werkbank');
    await saveProject(ws, target, { appVersion: '1.2.3', tempRoot: root });
    const files = unzipSync(await readFile(target));
    expect(Object.keys(files).sort()).toEqual(['manifest.json', 'tables/s1.parquet', 'tables/s2.parquet']);
    const manifest = ProjectManifest.parse(JSON.parse(strFromU8(files['manifest.json']!)));
    expect(manifest).toMatchObject({ formatVersion: PROJECT_FORMAT_VERSION, app: 'Datateam Werkbank 1.2.3', name: 'Leerwinst 2A' });
    expect(strFromU8(files['tables/s1.parquet']!.slice(0, 4), true)).toBe('PAR1');
    await ws.dispose();
  });

  it('continues numbering sources after an opened project', async () => {
    const { ws } = await sampleWorkspace();
    const target = join(dir, 'p.werkbank');
    await saveProject(ws, target, { appVersion: '1', tempRoot: root });
    const opened = await openProject(session, await readFile(target), 'p.werkbank', root.dir);
    const added = await opened.addRows(rowsTable('csv', SCORES, []), { fileName: 'juni.csv', fileHash: 'cc', options: {} });
    expect(added.id).toBe('s3');
    await opened.dispose();
    await ws.dispose();
  });
});

describe('import profiles in the project file', () => {
  const profile = {
    id: 'p1',
    name: 'Ons puntenboek',
    builtIn: false,
    kind: 'gradebook' as const,
    signature: ['Leerling', 'Score'],
    options: { columns: [{ source: 'Score', mapping: { kind: 'fraction' as const } }] },
    createdAt: '2026-02-01T10:00:00.000Z',
  };

  it('saves the project’s profiles and opens them again', async () => {
    const { ws } = await sampleWorkspace();
    ws.profiles = [profile];
    const target = join(dir, 'p.werkbank');
    await saveProject(ws, target, { appVersion: '1', tempRoot: root });
    const manifest = JSON.parse(strFromU8(unzipSync(await readFile(target))['manifest.json']!)) as { profiles: unknown };
    expect(manifest.profiles).toEqual([profile]);
    const opened = await openProject(session, await readFile(target), 'p.werkbank', root.dir);
    expect((await opened.state()).profiles).toEqual([profile]);
    await opened.dispose();
    await ws.dispose();
  });

  it('opens a file saved before profiles existed (no profiles field) with none', async () => {
    const { ws } = await sampleWorkspace();
    const before = await ws.state();
    const target = join(dir, 'oud.werkbank');
    await saveProject(ws, target, { appVersion: '1', tempRoot: root });
    const files = unzipSync(await readFile(target));
    const { profiles: _gone, ...older } = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
    expect(Object.keys(older)).not.toContain('profiles');
    const opened = await openProject(session, zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(older)) }), 'oud.werkbank', root.dir);
    expect(await opened.state()).toEqual({ ...before, dirty: false, fileName: 'oud.werkbank', profiles: [] });
    await opened.dispose();
    await ws.dispose();
  });
});

describe('atomic save', () => {
  const failing = (at: 'write' | 'rename'): AtomicIo => ({
    ...nodeIo,
    async writeAndSync(path, data) {
      if (at === 'write') {
        await writeFile(path, data.slice(0, 100)); // half a file, then the disk is full
        throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      }
      await nodeIo.writeAndSync(path, data);
    },
    async rename(from, to) {
      if (at === 'rename') throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      await nodeIo.rename(from, to);
    },
  });

  it.each(['write', 'rename'] as const)('leaves the existing file untouched and no temp file when the %s fails', async (at) => {
    const { ws } = await sampleWorkspace();
    const target = join(dir, 'project.werkbank');
    await writeFile(target, 'the previous version');
    const error = await saveProject(ws, target, { appVersion: '1', io: failing(at), tempRoot: root }).catch((e: unknown) => e);
    expectWerkbankError(error, 'errors.project.saveFailed');
    expect((error as WerkbankError).params.detail).toBe(at === 'write' ? 'ENOSPC' : 'EBUSY');
    expect(await readFile(target, 'utf8')).toBe('the previous version');
    expect(await readdir(dir)).toEqual(['project.werkbank']);
    expect(ws.dirty).toBe(true);
    expect(ws.fileName).toBeNull();
    await ws.dispose();
  });

  it('fails cleanly when the target directory does not exist', async () => {
    const { ws } = await sampleWorkspace();
    const error = await saveProject(ws, join(dir, 'missing', 'p.werkbank'), { appVersion: '1', tempRoot: root }).catch((e: unknown) => e);
    expectWerkbankError(error, 'errors.project.saveFailed');
    expect(await readdir(dir)).toEqual([]);
    await ws.dispose();
  });

  it('writes its Parquet files inside the run temp root and leaves nothing there or beside the file', async () => {
    const { ws } = await sampleWorkspace();
    const watching: AtomicIo = {
      ...nodeIo,
      async writeAndSync(path, data) {
        // While the zip is written, the pending record is in the root.
        expect(await readdir(join(root.dir, 'pending'))).toHaveLength(1);
        await nodeIo.writeAndSync(path, data);
      },
    };
    // DuckDB writes each table's Parquet file into a save folder inside the root.
    const copies: string[] = [];
    const run = ws.session.run.bind(ws.session);
    ws.session.run = (statement) => {
      const sql = typeof statement === 'string' ? statement : statement.sql;
      const target = /^COPY .* TO '([^']+)'/s.exec(sql)?.[1];
      if (target) copies.push(target);
      return run(statement);
    };
    await saveProject(ws, join(dir, 'p.werkbank'), { appVersion: '1', tempRoot: root, io: watching });
    ws.session.run = run;
    expect(copies).toHaveLength(ws.sources.length);
    for (const copy of copies) expect(copy.startsWith(join(root.dir, 'save-'))).toBe(true);
    expect((await readdir(root.dir)).sort()).toEqual(['owner.json', 'pending']);
    expect(await readdir(join(root.dir, 'pending'))).toEqual([]);
    expect(await readdir(dir)).toEqual(['p.werkbank']);
    const opened = await openProject(session, await readFile(join(dir, 'p.werkbank')), 'p.werkbank', root.dir);
    expect((await readdir(root.dir)).sort()).toEqual(['owner.json', 'pending']);
    await opened.dispose();
    await ws.dispose();
  });

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'x.bin');
    await writeFile(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, strToU8('new'), root);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['x.bin']);
  });
});

describe('opening files that are not good projects', () => {
  async function validZip(): Promise<Record<string, Uint8Array>> {
    const { ws } = await sampleWorkspace();
    const target = join(dir, 'ok.werkbank');
    await saveProject(ws, target, { appVersion: '1', tempRoot: root });
    await ws.dispose();
    return unzipSync(await readFile(target));
  }
  const withManifest = (files: Record<string, Uint8Array>, change: (m: Record<string, unknown>) => unknown) => {
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
    return zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(change(manifest))) });
  };
  const open = (bytes: Uint8Array) => openProject(session, bytes, 'x.werkbank', root.dir).catch((e: unknown) => e);

  it('refuses a file that is not a zip, or a zip without a manifest', async () => {
    expectWerkbankError(await open(strToU8('Stamboeknr;Score\n1;2\n')), 'errors.project.notAProject');
    expectWerkbankError(await open(new Uint8Array()), 'errors.project.notAProject');
    expectWerkbankError(await open(zipSync({ 'readme.txt': strToU8('hi') })), 'errors.project.notAProject');
  });

  it('refuses a file from a newer workbench, telling both versions', async () => {
    const files = await validZip();
    const error = expectWerkbankError(
      await open(withManifest(files, (m) => ({ ...m, formatVersion: PROJECT_FORMAT_VERSION + 1, stories: [] }))),
      'errors.project.newerVersion',
    );
    expect(error.params).toEqual({ found: PROJECT_FORMAT_VERSION + 1, supported: PROJECT_FORMAT_VERSION });
  });

  it('calls a damaged file corrupt and leaves no tables behind', async () => {
    const files = await validZip();
    const tables = await tableCount();
    expectWerkbankError(await open(zipSync({ ...files, 'manifest.json': strToU8('{not json') })), 'errors.project.corrupt');
    expectWerkbankError(await open(withManifest(files, (m) => ({ ...m, sources: 'none' }))), 'errors.project.corrupt');
    const { ['tables/s2.parquet']: _missing, ...withoutTable } = files;
    expectWerkbankError(await open(zipSync(withoutTable)), 'errors.project.corrupt');
    expectWerkbankError(await open(zipSync({ ...files, 'tables/s2.parquet': strToU8('not parquet') })), 'errors.project.corrupt');
    expectWerkbankError(
      await open(withManifest(files, (m) => ({ ...m, sources: (m.sources as { rowCount: number }[]).map((s) => ({ ...s, rowCount: s.rowCount + 1 })) }))),
      'errors.project.corrupt',
    );
    expectWerkbankError(await open(withManifest(files, (m) => ({ ...m, recipe: { version: 3, base: 's9', steps: [] } }))), 'errors.project.corrupt');
    expect(await tableCount()).toBe(tables);
  });

  it('opens a recipe whose step no longer fits its source (saved after a refresh) and says where it stops', async () => {
    const files = await validZip();
    const broken = { version: 2, base: 's1', steps: [{ id: 'step3', kind: 'filter', column: 'Weg', op: 'isEmpty', value: null }] };
    const ws = await openProject(session, withManifest(files, (m) => ({ ...m, recipe: broken })), 'x.werkbank', root.dir);
    try {
      const state = await ws.state();
      expect(state.result!.stoppedAt).toBe('step3');
      expect(state.result!.steps[0]!.error).toEqual({ code: 'errors.recipe.unknownColumn', params: { column: 'Weg' } });
      expect(state.result!.rowCount).toBe(state.sources.find((s) => s.id === 's1')!.rowCount);
    } finally {
      await ws.dispose();
    }
  });

  it('refuses a zip bomb before unpacking it, and ignores foreign entries', async () => {
    const files = await validZip();
    // 64 MiB of zeros deflate to a few tens of KB: a ratio no Parquet file has.
    const bomb = zipSync({ ...files, 'tables/s9.parquet': [new Uint8Array(64 << 20), { level: 9 }] });
    expect(bomb.length).toBeLessThan(1 << 20);
    expectWerkbankError(await open(bomb), 'errors.project.corrupt');
    const foreign = zipSync({ ...files, '../../evil.txt': [new Uint8Array(64 << 20), { level: 9 }] });
    const ws = await openProject(session, foreign, 'x.werkbank', root.dir);
    expect(ws.sources.length).toBeGreaterThan(0);
    await ws.dispose();
  });

  it('opens a view whose chart names a column that is gone, and its chart says so', async () => {
    const files = await validZip();
    const bad = withManifest(files, (m) => ({
      ...m,
      views: (m.views as { chart: Record<string, unknown> }[]).map((v) => ({ ...v, chart: { ...v.chart, groupBy: 'Weg' } })),
    }));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as { views: unknown[] };
    expect(manifest.views.length).toBeGreaterThan(0);
    const ws = await openProject(session, bad, 'x.werkbank', root.dir);
    try {
      const view = ws.views[0]!;
      expect(view.chart.groupBy).toBe('Weg');
      await expect(ws.summary(view.recipe, view.chart)).rejects.toMatchObject({ code: 'errors.recipe.unknownColumn', params: { column: 'Weg' } });
    } finally {
      await ws.dispose();
    }
  });
});
