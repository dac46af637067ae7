import { describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../../shared/api/contract';
import type { ProjectState } from '../../../shared/model/project';
import type { Recipe } from '../../../shared/model/recipe';
import type { ChartSpec, GroupSummary } from '../../../shared/model/view';
import type { ShellSupport } from '../api/shell';
import { createWorkbenchStore } from './store';
import { canRedo, canUndo } from './undoStack';

const shell: ShellSupport = { kind: 'browser', on: () => () => {}, deliver: async () => {} };

function projectWith(recipe: Recipe | null, columns: string[]): ProjectState {
  return {
    formatVersion: 1,
    name: 'Test',
    fileName: null,
    dirty: false,
    sources: [],
    recipe,
    result: recipe ? { columns: columns.map((name) => ({ name, type: 'text' })), rowCount: 1, steps: [] } : null,
    views: [],
    profiles: [],
  } as unknown as ProjectState;
}

/** An engine that accepts every recipe; a recipe with a filter step keeps only the column `Klas`. */
function fakeApi(calls: string[]): WerkbankApi {
  const api = {
    'project.new': async () => projectWith(null, []),
    'recipe.set': async ({ recipe }: { recipe: Recipe | null }) => {
      calls.push('recipe.set');
      return projectWith(recipe, recipe?.steps.length ? ['Klas'] : ['Klas', 'Geslacht']);
    },
    'chart.summary': async ({ chart }: { chart: ChartSpec }) => {
      calls.push('chart.summary');
      return { chart, rows: [] } as unknown as GroupSummary;
    },
  };
  return api as unknown as WerkbankApi;
}

describe('the workbench store', () => {
  it('moves through recipe states with undo and redo', async () => {
    const calls: string[] = [];
    const store = createWorkbenchStore(fakeApi(calls), shell);
    await store.getState().newProject();
    expect(store.getState().project?.name).toBe('Test');
    await store.getState().chooseBase('s1');
    await store.getState().addStep({ id: 'step1', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'eq', value: '2A' }] });
    expect(store.getState().project?.recipe?.steps).toHaveLength(1);
    await store.getState().undo();
    expect(store.getState().project?.recipe?.steps).toHaveLength(0);
    expect(canRedo(store.getState().history)).toBe(true);
    await store.getState().redo();
    expect(store.getState().project?.recipe?.steps).toHaveLength(1);
    expect(canUndo(store.getState().history)).toBe(true);
    expect(store.getState().busyCount).toBe(0);
  });

  it('drops a drawn chart whose column the new result no longer has', async () => {
    const store = createWorkbenchStore(fakeApi([]), shell);
    await store.getState().newProject();
    await store.getState().chooseBase('s1');
    await store.getState().drawChart({ groupBy: 'Geslacht', measure: null, aggregate: 'count' } as ChartSpec);
    expect(store.getState().summary).not.toBeNull();
    await store.getState().addStep({ id: 'step2', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'eq', value: '2A' }] });
    expect(store.getState().summary).toBeNull();
  });

  it('redraws a drawn chart for a new result that still has its columns', async () => {
    const calls: string[] = [];
    const store = createWorkbenchStore(fakeApi(calls), shell);
    await store.getState().newProject();
    await store.getState().chooseBase('s1');
    await store.getState().drawChart({ groupBy: 'Klas', measure: null, aggregate: 'count' } as ChartSpec);
    calls.length = 0;
    await store.getState().addStep({ id: 'step3', kind: 'filter', match: 'all', conditions: [{ column: 'Klas', op: 'eq', value: '2A' }] });
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual(['recipe.set', 'chart.summary']);
    expect(store.getState().summary?.chart.groupBy).toBe('Klas');
  });
});
