import { describe, expect, it } from 'vitest';
import { ProjectManifest } from '../project';
import { EXACT_KEY, LENIENT_KEY, migrate, nextStepId, Recipe, RECIPE_VERSION } from './index';

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

/** V1 as version 2 wrote it, with ids and defaults. */
const V2 = {
  version: 2,
  base: 's1',
  steps: [
    { id: 'step1', kind: 'join', right: 's2', how: 'left', leftKeys: ['Stamboeknummer'], rightKeys: ['Stamboeknr'], normalizeKeys: true },
    { id: 'step2', kind: 'filter', column: 'Klas', op: 'neq', value: '2A' },
    { id: 'step3', kind: 'filter', column: 'Score', op: 'isEmpty', value: null },
  ],
};

/** What V1 and V2 become: the join's key pair compares as `normalizeKeys` did, each filter one condition. */
const V3 = {
  version: 3,
  base: 's1',
  steps: [
    { id: 'step1', kind: 'join', right: 's2', how: 'left', keys: [{ left: 'Stamboeknummer', right: 'Stamboeknr', ...LENIENT_KEY }] },
    { id: 'step2', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'neq', value: '2A' }] },
    { id: 'step3', kind: 'filter', match: 'all', conditions: [{ column: 'Score', op: 'isEmpty' }] },
  ],
};

describe('migrate', () => {
  it('upgrades a version-1 recipe: ids step1, step2 … in order, defaults filled, then as version 2', () => {
    const current = migrate(V1);
    expect(RECIPE_VERSION).toBe(3);
    expect(current).toEqual(V3);
    expect(Recipe.parse(current)).toEqual(current);
    // Migrating is idempotent: a current recipe comes back as it was.
    expect(migrate(current)).toEqual(current);
  });

  it('upgrades a version-2 recipe step by step: key comparison from normalizeKeys, one condition per filter, the rest kept', () => {
    expect(migrate(V2)).toEqual(V3);
    const exact = {
      version: 2,
      base: 's1',
      steps: [
        { id: 'koppel', kind: 'join', right: 's2', how: 'inner', leftKeys: ['Klas', 'Naam'], rightKeys: ['klas', 'naam'], normalizeKeys: false, disabled: true },
        { id: 'leeg', kind: 'filter', column: 'Klas', op: 'eq', value: null },
        { id: 'vol', kind: 'filter', column: 'Klas', op: 'neq', value: null },
        { id: 'punt', kind: 'filter', column: 'Score', op: 'gte', value: 10 },
        { id: 'uniek', kind: 'deduplicate', keys: ['Naam'], keep: 'last' },
      ],
    };
    expect(migrate(exact).steps).toEqual([
      {
        id: 'koppel',
        disabled: true,
        kind: 'join',
        right: 's2',
        how: 'inner',
        keys: [
          { left: 'Klas', right: 'klas', ...EXACT_KEY },
          { left: 'Naam', right: 'naam', ...EXACT_KEY },
        ],
      },
      // Version 2 read "is" and "is not" without a value as "is empty" and "is not empty".
      { id: 'leeg', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'isEmpty' }] },
      { id: 'vol', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'notEmpty' }] },
      { id: 'punt', kind: 'filter', match: 'all', conditions: [{ column: 'Score', op: 'gte', value: 10 }] },
      { id: 'uniek', kind: 'deduplicate', keys: ['Naam'], keep: 'last' },
    ]);
  });

  it('refuses what is no recipe of a known version', () => {
    expect(() => migrate({ ...V1, version: 3 })).toThrow();
    expect(() => migrate({ ...V3, version: 4 })).toThrow();
    expect(() => migrate({ ...V2, version: 3 })).toThrow();
    // Version 2 refused a join with unequal key counts when it compiled: still refused.
    const unequal = { ...V2.steps[0], leftKeys: ['Klas', 'Naam'] };
    expect(() => migrate({ ...V2, steps: [unequal] })).toThrow(/unequal key counts/);
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
      steps: [{ id: 'step1', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'eq', value: '1C' }] }],
    });
  });
});

describe('nextStepId', () => {
  it('gives the next free step<n>, ignoring ids written by hand', () => {
    expect(nextStepId([])).toBe('step1');
    expect(nextStepId(['step1', 'step3', 'koppel-sept', 'step02'])).toBe('step4');
  });
});
