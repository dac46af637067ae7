import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LENIENT_KEY, type Recipe, RECIPE_VERSION } from '../../../shared/model/recipe';
import { createEngine, type Engine } from '../api';
import { apiCaller } from '../testing/api-caller';

let engine: Engine;
beforeEach(async () => {
  engine = await createEngine({ shell: 'browser', version: 'test' });
});
afterEach(() => engine.close());
const { ok, failsWith } = apiCaller(() => engine);

/**
 * The demo: Leerlingen (s1), Toets wiskunde september (s2) and juni (s3). A full join keeps the
 * source's pupil number, named after the source as it clashes.
 */
const fullJoin = (right: string): Recipe => ({
  version: RECIPE_VERSION,
  base: 's1',
  steps: [{ id: 'k', kind: 'join', right, how: 'full', keys: [{ left: 'Stamboeknummer', right: 'Stamboeknummer', ...LENIENT_KEY }] }],
});
const SEPT_NR = 'Stamboeknummer (Toets wiskunde september)';

describe('renaming a source', () => {
  it('changes its name, and the names of its clashing columns in a result', async () => {
    await ok('project.demo');
    const before = await ok('recipe.set', { recipe: fullJoin('s2') });
    expect(before.result!.columns.map((c) => c.name)).toContain(SEPT_NR);
    const state = await ok('source.rename', { sourceId: 's2', name: '  Nulmeting  ' });
    expect(state.sources.map((s) => s.name)).toEqual(['Leerlingen', 'Nulmeting', 'Toets wiskunde juni']);
    expect(state.dirty).toBe(true);
    expect(state.result!.columns.map((c) => c.name)).toContain('Stamboeknummer (Nulmeting)');
    const page = await ok('table.page', { recipe: null, offset: 0, limit: 1 });
    expect(page.columns.map((c) => c.name)).toContain('Stamboeknummer (Nulmeting)');
    // Only the case of its own name: allowed.
    expect((await ok('source.rename', { sourceId: 's2', name: 'NULMETING' })).sources[1]!.name).toBe('NULMETING');
  });

  it('is refused cleanly: another source’s name (any case), empty, unclean, unknown source', async () => {
    const demo = await ok('project.demo');
    const e = await failsWith('source.rename', { sourceId: 's2', name: 'toets wiskunde JUNI' }, 'errors.source.nameTaken');
    expect(e.ok ? null : e.error.params).toEqual({ name: 'toets wiskunde JUNI' });
    await failsWith('source.rename', { sourceId: 's2', name: '   ' }, 'errors.source.nameEmpty');
    await failsWith('source.rename', { sourceId: 's2', name: 'sept\u202Eembre' }, 'errors.name.notClean');
    await failsWith('source.rename', { sourceId: 's9', name: 'x' }, 'errors.source.unknown');
    expect((await ok('project.get')).sources).toEqual(demo.sources);
  });

  it('is refused when the recipe or a saved view uses a column named after the source', async () => {
    await ok('project.demo');
    const usesColumn: Recipe = {
      ...fullJoin('s2'),
      steps: [...fullJoin('s2').steps, { id: 'f', kind: 'filter', match: 'all', conditions: [{ column: SEPT_NR, op: 'notEmpty' }] }],
    };
    await ok('recipe.set', { recipe: usesColumn });
    const e = await failsWith('source.rename', { sourceId: 's2', name: 'Nulmeting' }, 'errors.source.renameBreaksRecipe');
    expect(e.ok ? null : e.error.params).toEqual({ source: 'Toets wiskunde september', name: 'Nulmeting', column: SEPT_NR });
    await ok('view.save', {
      view: { title: 'Per nummer', takeaway: '', recipe: usesColumn, chart: { type: 'bar', groupBy: SEPT_NR, measure: null, aggregate: 'count' } },
    });
    await ok('recipe.set', { recipe: { version: RECIPE_VERSION, base: 's1', steps: [] } });
    const v = await failsWith('source.rename', { sourceId: 's2', name: 'Nulmeting' }, 'errors.source.renameBreaksView');
    expect(v.ok ? null : v.error.params).toMatchObject({ view: 'Per nummer', column: SEPT_NR });
    expect((await ok('project.get')).sources[1]!.name).toBe('Toets wiskunde september');
  });
});
