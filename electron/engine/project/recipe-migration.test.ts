import { readFile } from 'node:fs/promises';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../api';
import { apiCaller } from '../testing/api-caller';
import { LENIENT_KEY, RECIPE_VERSION, type Recipe } from '../../../shared/model/recipe';

let engine: Engine;
beforeEach(async () => {
  engine = await createEngine({ shell: 'browser', version: '0.1.0-test' });
});
afterEach(() => engine.close());
const { ok } = apiCaller(() => engine);

type Step = Record<string, unknown>;

/**
 * A recipe as version 2 wrote it: a join's key pairs as two lists and one `normalizeKeys` (the
 * demo's joins compare as it did), a filter with one condition.
 */
function toV2(recipe: { steps: Step[] }): { version: number; steps: Step[] } {
  const step = (s: Step): Step => {
    if (s.kind === 'join') {
      const { keys, ...rest } = s as { keys: { left: string; right: string }[] };
      return { ...rest, leftKeys: keys.map((k) => k.left), rightKeys: keys.map((k) => k.right), normalizeKeys: true };
    }
    if (s.kind === 'filter') {
      const { conditions, match: _match, ...rest } = s as { conditions: Step[]; match: string };
      return { ...rest, ...conditions[0] };
    }
    return s;
  };
  return { ...recipe, version: 2, steps: recipe.steps.map(step) };
}

/** A recipe as version 1 wrote it: version 2 without step ids. */
function toV1(recipe: { steps: Step[] }): unknown {
  const v2 = toV2(recipe);
  return { ...v2, version: 1, steps: v2.steps.map(({ id: _id, ...step }) => step) };
}

function oldKindsRecipe(): Recipe {
  return {
    version: RECIPE_VERSION,
    base: 's1',
    steps: [
      { id: 'step1', kind: 'join', right: 's2', how: 'left', keys: [{ left: 'Stamboeknummer', right: 'Stamboeknummer', ...LENIENT_KEY }] },
      { id: 'step2', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'notEmpty' }] },
    ],
  };
}

describe.each([
  ['from before step ids', toV1],
  ['from before join kinds and filter conditions', toV2],
])('a project file %s', (_, toOld) => {
  it('opens with its recipe and views upgraded, and gives the same result', async () => {
    const demo = await ok('project.demo');
    // A recipe and a view of the kinds versions 1 and 2 knew: joins by number, a filter.
    await ok('recipe.set', { recipe: oldKindsRecipe() });
    for (const story of demo.stories) await ok('story.delete', { storyId: story.id });
    for (const v of demo.views) await ok('view.delete', { viewId: v.id });
    await ok('view.save', {
      view: { title: 'Per klas', takeaway: '', recipe: oldKindsRecipe(), chart: { type: 'bar', groupBy: 'Klas', measure: null, aggregate: 'count' } },
    });
    const { file } = await ok('project.save', { fileId: null });
    const before = await ok('project.get');
    const pageBefore = await ok('table.page', { recipe: null, offset: 0, limit: 1000 });

    const files = unzipSync(await readFile(engine.files.resolve(file.fileId).path));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
      recipe: { steps: Step[] };
      views: { recipe: { steps: Step[] } }[];
    };
    const old = { ...manifest, recipe: toOld(manifest.recipe), views: manifest.views.map((v) => ({ ...v, recipe: toOld(v.recipe) })) };
    expect(JSON.stringify(old)).not.toContain('"keys"');
    if (toOld === toV1) expect(JSON.stringify(old)).not.toContain('"id":"step');
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
