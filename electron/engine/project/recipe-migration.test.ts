import { readFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../api';
import { apiCaller } from '../testing/api-caller';

let engine: Engine;
beforeEach(async () => {
  engine = await createEngine({ shell: 'browser', version: '0.1.0-test' });
});
afterEach(() => engine.close());
const { ok } = apiCaller(() => engine);

/** A recipe as version 1 wrote it: no step ids. */
function toV1(recipe: { steps: Record<string, unknown>[] }): unknown {
  return { ...recipe, version: 1, steps: recipe.steps.map(({ id: _id, ...step }) => step) };
}

describe('a project file from before step ids', () => {
  it('opens with its recipe and views upgraded, and gives the same result', async () => {
    await ok('project.demo');
    const { file } = await ok('project.save', { fileId: null });
    const before = await ok('project.get');
    const pageBefore = await ok('table.page', { recipe: null, offset: 0, limit: 1000 });

    const files = unzipSync(await readFile(engine.files.resolve(file.fileId).path));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      recipe: { steps: Record<string, unknown>[] };
      views: { recipe: { steps: Record<string, unknown>[] } }[];
    };
    const old = { ...manifest, recipe: toV1(manifest.recipe), views: manifest.views.map((v) => ({ ...v, recipe: toV1(v.recipe) })) };
    expect(JSON.stringify(old)).not.toContain('"id":"step');
    const oldRef = await ok('file.upload', { name: 'oud.werkbank', data: zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(old)) }) });

    await ok('project.new');
    const opened = await ok('project.open', { fileId: oldRef.fileId });
    expect(opened.recipe!.steps.map((s) => s.id)).toEqual(before.recipe!.steps.map((_, i) => `step${i + 1}`));
    expect(opened.recipe).toEqual(before.recipe);
    expect(opened.views.map((v) => v.recipe)).toEqual(before.views.map((v) => v.recipe));
    expect(opened.result).toEqual(before.result);
    expect(await ok('table.page', { recipe: null, offset: 0, limit: 1000 })).toEqual(pageBefore);
  });
});
