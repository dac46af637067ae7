import { describe, expect, it } from 'vitest';
import { ProjectManifest } from '../project';
import { migrate, nextStepId, Recipe, RECIPE_VERSION } from './index';

/** A recipe as version 1 of the workbench saved it: no step ids, defaults left out. */
const V1 = {
  version: 1,
  base: 's1',
  steps: [
    { kind: 'join', right: 's2', how: 'left', leftKeys: ['Stamboeknummer'], rightKeys: ['Stamboeknr'] },
    { kind: 'filter', column: 'Klas', op: 'neq', value: '2A' },
    { kind: 'filter', column: 'Score', op: 'isEmpty' },
  ],
};

describe('migrate', () => {
  it('upgrades a version-1 recipe: ids step1, step2 … in order, defaults filled, nothing else changed', () => {
    const current = migrate(V1);
    expect(current).toEqual({
      version: RECIPE_VERSION,
      base: 's1',
      steps: [
        { id: 'step1', kind: 'join', right: 's2', how: 'left', leftKeys: ['Stamboeknummer'], rightKeys: ['Stamboeknr'], normalizeKeys: true },
        { id: 'step2', kind: 'filter', column: 'Klas', op: 'neq', value: '2A' },
        { id: 'step3', kind: 'filter', column: 'Score', op: 'isEmpty', value: null },
      ],
    });
    expect(Recipe.parse(current)).toEqual(current);
    // Migrating is idempotent: a current recipe comes back as it was.
    expect(migrate(current)).toEqual(current);
  });

  it('refuses what is no recipe of a known version', () => {
    expect(() => migrate({ ...V1, version: 3 })).toThrow();
    expect(() => migrate({ ...V1, steps: [{ kind: 'pivot' }] })).toThrow();
    expect(() => migrate({ version: 2, base: 's1', steps: [{ kind: 'filter', column: 'Klas', op: 'eq', value: 'x' }] })).toThrow();
    const twice = { id: 'a', kind: 'filter', column: 'Klas', op: 'eq', value: 'x' };
    expect(() => migrate({ version: 2, base: 's1', steps: [twice, twice] })).toThrow(/more than once/);
  });

  it('upgrades the recipe and every view of a project file written by version 1', () => {
    const manifest = ProjectManifest.parse({
      formatVersion: 1,
      app: 'Datateam Werkbank 0.1.0',
      name: 'Wiskunde',
      savedAt: '2026-06-30T12:00:00.000Z',
      sources: [],
      recipe: V1,
      views: [
        {
          id: 'v1',
          title: 'Klas 1C',
          takeaway: '',
          recipe: { version: 1, base: 's1', steps: [{ kind: 'filter', column: 'Klas', op: 'eq', value: '1C' }] },
          chart: { type: 'bar', groupBy: 'Klas', measure: null, aggregate: 'count' },
          createdAt: '2026-06-30T12:00:00.000Z',
          updatedAt: '2026-06-30T12:00:00.000Z',
        },
      ],
    });
    expect(manifest.recipe).toEqual(migrate(V1));
    expect(manifest.views[0]!.recipe).toEqual({
      version: RECIPE_VERSION,
      base: 's1',
      steps: [{ id: 'step1', kind: 'filter', column: 'Klas', op: 'eq', value: '1C' }],
    });
  });
});

describe('nextStepId', () => {
  it('gives the next free step<n>, ignoring ids written by hand', () => {
    expect(nextStepId([])).toBe('step1');
    expect(nextStepId(['step1', 'step3', 'koppel-sept', 'step02'])).toBe('step4');
  });
});
