import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Recipe, RECIPE_VERSION } from '../../shared/model/recipe';
import { createEngine, type Engine } from './api';
import { apiCaller } from './testing/api-caller';

let engine: Engine;
beforeEach(async () => {
  engine = await createEngine({ shell: 'browser', version: '0.1.0-test' });
});
afterEach(() => engine.close());

const { ok } = apiCaller(() => engine);

describe('the export log records result tables too', () => {
  it('a row per pupil, from which sources, under the file name; a grouped result as not pupil-level', async () => {
    const demo = await ok('project.demo');
    const before = demo.exports.length;
    const { file } = await ok('export.table', { recipe: null, format: 'csv-flemish', fileId: null });
    const state = await ok('project.get');
    expect(state.exports).toHaveLength(before + 1);
    const entry = state.exports.at(-1)!;
    // The demo's result holds the pupil number (an identifier): a row per pupil.
    expect(entry).toMatchObject({ format: 'csv', storyId: null, viewIds: [], fileName: file.name, pupilLevelSlides: 1, suppressedGroups: 0 });
    expect(entry.sources.map((s) => s.fileHash).sort()).toEqual(demo.sources.map((s) => s.fileHash).sort());

    // Counts per class from the pupil list alone: grouped, no identifier left, one source.
    const grouped: Recipe = {
      version: RECIPE_VERSION,
      base: 's1',
      steps: [{ id: 'g', kind: 'group', keys: ['Klas'], countName: 'Aantal', aggregates: [] }],
    };
    await ok('export.table', { recipe: grouped, format: 'xlsx', fileId: null });
    const last = (await ok('project.get')).exports.at(-1)!;
    expect(last).toMatchObject({ format: 'xlsx', pupilLevelSlides: 0 });
    expect(last.sources.map((s) => s.id)).toEqual(['s1']);
  });
});
