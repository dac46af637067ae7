import { PROJECT_FORMAT_VERSION } from '../../shared/model/project';
import { readFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Channel, engineChannels, type RequestOf } from '../../shared/api/contract';
import type { ApiEnvelope } from '../../shared/api/errors';
import { LENIENT_KEY, RECIPE_VERSION } from '../../shared/model/recipe';
import { createEngine, type Engine } from './api';
import { apiCaller } from './testing/api-caller';

let engine: Engine;
beforeEach(async () => {
  engine = await createEngine({ shell: 'browser', version: '0.1.0-test' });
});
afterEach(() => engine.close());

const { call, callRaw, ok } = apiCaller(() => engine);

function expectRefused<T>(envelope: ApiEnvelope<T>, code: string): ApiEnvelope<T> {
  expect(envelope.ok).toBe(false);
  if (!envelope.ok) expect(envelope.error.code).toBe(code);
  return envelope;
}

/** A well-formed request that the engine must refuse with `code`. */
async function fails<C extends Channel>(channel: C, request: RequestOf<C>, code: string) {
  return expectRefused(await call(channel, request), code);
}

/** A request the contract forbids (sent on purpose, to see it refused on arrival). */
async function failsRaw(channel: string, request: unknown, code: string) {
  return expectRefused(await callRaw(channel, request), code);
}

describe('engine handlers', () => {
  it('serve exactly the engine side of the contract', () => {
    expect(Object.keys(engine.handlers).sort()).toEqual([...engineChannels].sort());
  });

  it('tell what app this is', async () => {
    expect(await ok('app.info')).toEqual({ name: 'Datateam Werkbank', version: '0.1.0-test', shell: 'browser', platform: process.platform });
  });

  it('reject malformed requests before they reach the engine', async () => {
    await failsRaw('table.page', { recipe: null, offset: 0, limit: 0 }, 'errors.invalidRequest');
    await failsRaw('table.page', { recipe: null, offset: -1, limit: 10 }, 'errors.invalidRequest');
    await failsRaw('app.info', { extra: true }, 'errors.invalidRequest');
    await failsRaw('recipe.set', { recipe: { version: RECIPE_VERSION + 1, base: 's1', steps: [] } }, 'errors.invalidRequest');
  });

  it('start with an empty project and report user errors as messages', async () => {
    const state = await ok('project.get');
    expect(state).toMatchObject({ name: 'Project', fileName: null, dirty: false, sources: [], recipe: null, result: null, views: [] });
    expect(await ok('table.page', { recipe: null, offset: 0, limit: 10 })).toEqual({ columns: [], rows: [], offset: 0, totalRows: 0 });
    await fails('project.open', { fileId: 'no-such-file' }, 'errors.file.unknown');
    await fails('source.remove', { sourceId: 's1' }, 'errors.source.unknown');
  });

  it('open the demo, page it, and refuse to remove a source it uses', async () => {
    const state = await ok('project.demo');
    expect(state.sources).toHaveLength(3);
    const page = await ok('table.page', { recipe: null, offset: 0, limit: 10, sort: [{ column: 'Klas', direction: 'asc' }] });
    expect(page.rows).toHaveLength(10);
    expect(page.totalRows).toBe(state.result!.rowCount);
    await fails('source.remove', { sourceId: 's2' }, 'errors.source.inUse');
    const emptied = await ok('project.new');
    expect(emptied.sources).toEqual([]);
  });

  it('save to a new file, open it again, and keep the project when an open fails', async () => {
    await ok('project.demo');
    const { state, file } = await ok('project.save', { fileId: null });
    expect(file.name).toBe('Demoschool.werkbank');
    expect(state).toMatchObject({ dirty: false, fileName: 'Demoschool.werkbank' });
    const bytes = await readFile(engine.files.resolve(file.fileId).path);
    expect(Object.keys(unzipSync(bytes))).toContain('manifest.json');

    const before = await ok('project.get');
    const pageBefore = await ok('table.page', { recipe: null, offset: 0, limit: 1000 });

    // A file from a newer workbench, and a file that is no project at all.
    const files = unzipSync(bytes);
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
    const newer = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify({ ...manifest, formatVersion: 99 })) });
    const newerRef = await ok('file.upload', { name: 'nieuwer.werkbank', data: newer });
    const refused = await fails('project.open', { fileId: newerRef.fileId }, 'errors.project.newerVersion');
    expect(!refused.ok && refused.error.params).toEqual({ found: 99, supported: PROJECT_FORMAT_VERSION });
    const csvRef = await ok('file.upload', { name: 'toets.csv', data: strToU8('a;b\n1;2\n') });
    await fails('project.open', { fileId: csvRef.fileId }, 'errors.project.notAProject');

    expect(await ok('project.get')).toEqual(before);
    expect(await ok('table.page', { recipe: null, offset: 0, limit: 1000 })).toEqual(pageBefore);

    await ok('project.new');
    const reopened = await ok('project.open', { fileId: file.fileId });
    expect(reopened).toEqual(before);
  });

  it('save views and delete them', async () => {
    const demo = await ok('project.demo');
    const { id: _id, createdAt: _created, updatedAt: _updated, ...existing } = demo.views[0]!;
    const draft: RequestOf<'view.save'>['view'] = { ...existing, title: 'Aantal leerlingen per klas', chart: { type: 'bar', groupBy: 'Klas', measure: null, aggregate: 'count' } };
    const saved = await ok('view.save', { view: draft });
    const demoIds = demo.views.map((v) => v.id);
    expect(saved.views.map((v) => v.id)).toEqual([...demoIds, `v${demoIds.length + 1}`]);
    expect(saved.dirty).toBe(true);
    const summary = await ok('chart.summary', { recipe: null, chart: draft.chart });
    expect(summary.rows.reduce((a, r) => a + r.n, 0)).toBe(demo.result!.rowCount);
    // The demo's story shows v1: it cannot go until the story no longer shows it.
    await fails('view.delete', { viewId: 'v1' }, 'errors.story.viewInUse');
    await ok('story.delete', { storyId: demo.stories[0]!.id });
    const deleted = await ok('view.delete', { viewId: 'v1' });
    expect(deleted.views.map((v) => v.id)).toEqual([...demoIds.slice(1), `v${demoIds.length + 1}`]);
    await fails('view.delete', { viewId: 'v1' }, 'errors.view.unknown');
  });

  it('preview a join without applying it', async () => {
    const demo = await ok('project.demo');
    const base: RequestOf<'join.preview'>['recipe'] = { version: RECIPE_VERSION, base: 's1', steps: [] };
    const step: RequestOf<'join.preview'>['step'] = { kind: 'join', right: 's2', how: 'inner', keys: [{ left: 'Stamboeknummer', right: 'Stamboeknummer', ...LENIENT_KEY }] };
    const diagnostics = await ok('join.preview', { recipe: base, step });
    expect(diagnostics.matchedKeys).toBe(demo.sources[1]!.rowCount);
    expect(diagnostics.resultRows).toBe(demo.sources[1]!.rowCount);
    expect((await ok('project.get')).recipe).toEqual(demo.recipe);
  });
});
