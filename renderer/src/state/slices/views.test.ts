import { describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../../../shared/api/contract';
import { DEFAULT_DESIGN } from '../../../../shared/model/annotation';
import type { ProjectState } from '../../../../shared/model/project';
import { Recipe } from '../../../../shared/model/recipe';
import { DEFAULT_ROK, type RokCatalog } from '../../../../shared/model/story/rok';
import { type View, ViewDraft } from '../../../../shared/model/view';
import type { ShellSupport } from '../../api/shell';
import { editAlt, withDesignAlt } from '../../features/views/altText';
import { createWorkbenchStore } from '../store';

const shell: ShellSupport = { kind: 'browser', on: () => () => {}, deliver: async () => {} };
const recipe = Recipe.parse({ version: 3, base: 's1', steps: [] });
const chart = { type: 'bar', groupBy: 'Klas', measure: 'Score', aggregate: 'mean' } as const;
const plainView: View = { id: 'v1', title: 'Klas 1A haalt het hoogste gemiddelde', takeaway: '', recipe, chart, createdAt: '', updatedAt: '' };

/** A store over a fake engine that saves views and the ROK catalog as the real one answers them. */
function setup() {
  const savedViews: ViewDraft[] = [];
  const savedRok: (RokCatalog | null)[] = [];
  let views: View[] = [plainView];
  let rok: RokCatalog | null = null;
  const state = (): ProjectState =>
    ({ formatVersion: 2, name: 'T', fileName: null, dirty: false, sources: [], recipe, result: { columns: [], rowCount: 0, steps: [] }, views, profiles: [], stories: [], exports: [], rok: rok ?? DEFAULT_ROK, rokEdited: rok !== null }) as unknown as ProjectState;
  const api = {
    'view.save': async ({ view }: { view: ViewDraft }) => {
      savedViews.push(view);
      views = views.map((v) => (v.id === view.id ? ({ ...v, ...view } as View) : v));
      return state();
    },
    'rok.save': async ({ catalog }: { catalog: RokCatalog | null }) => {
      savedRok.push(catalog);
      rok = catalog;
      return state();
    },
  } as unknown as WerkbankApi;
  const store = createWorkbenchStore(api, shell);
  store.getState().adopt(state());
  return { store, savedViews, savedRok };
}

describe('the views slice', () => {
  it('saves a plain view edited with its own text alternative in its design', async () => {
    const { store, savedViews } = setup();
    const generated = 'Staafdiagram van Gemiddelde van Score per Klas: 1A: 6,2 (n = 22).';
    const design = withDesignAlt({ ...DEFAULT_DESIGN, rok: ['R3'] }, editAlt(undefined, 'Klas 1A haalt het hoogste gemiddelde.', generated));
    expect(await store.getState().saveView(plainView.title, '', { id: 'v1', design })).toBe(true);
    expect(savedViews[0]!.id).toBe('v1');
    expect(savedViews[0]!.design).toMatchObject({ rok: ['R3'], alt: 'Klas 1A haalt het hoogste gemiddelde.', altFrom: generated });
    // As the engine's contract checks it.
    expect(ViewDraft.parse(savedViews[0]).design?.alt).toBe('Klas 1A haalt het hoogste gemiddelde.');
    expect(store.getState().project!.views[0]!.design?.alt).toBe('Klas 1A haalt het hoogste gemiddelde.');
  });

  it('saves the project\'s own ROK titles and goes back to the shipped ones', async () => {
    const { store, savedRok } = setup();
    expect(store.getState().project!.rokEdited).toBe(false);
    const own = DEFAULT_ROK.map((e) => (e.code === 'R3' ? { ...e, title: 'Leerwinst voor elke leerling' } : e));
    expect(await store.getState().saveRok(own)).toBe(true);
    expect(savedRok).toEqual([own]);
    expect(store.getState().project!.rok.find((e) => e.code === 'R3')!.title).toBe('Leerwinst voor elke leerling');
    expect(store.getState().project!.rokEdited).toBe(true);
    expect(await store.getState().saveRok(null)).toBe(true);
    expect(savedRok[1]).toBeNull();
    expect(store.getState().project!.rok).toEqual(DEFAULT_ROK);
    expect(store.getState().project!.rokEdited).toBe(false);
  });

  it('lets the view opened last win when an earlier one is still being restored', async () => {
    const other: View = { ...plainView, id: 'v2', title: 'Per remediëring', chart: { ...chart, groupBy: 'Remediëring' } };
    // The first view's figures come back late, after the second view's.
    let releaseFirst: () => void = () => {};
    const firstBack = new Promise<void>((resolve) => (releaseFirst = resolve));
    const summaries: string[] = [];
    const state = (): ProjectState =>
      ({ formatVersion: 2, name: 'T', fileName: null, dirty: false, sources: [], recipe, result: { columns: [], rowCount: 0, steps: [] }, views: [plainView, other], profiles: [], stories: [], exports: [], rok: DEFAULT_ROK, rokEdited: false }) as unknown as ProjectState;
    const api = {
      'recipe.set': async () => state(),
      'chart.summary': async ({ chart: asked }: { chart: typeof chart }) => {
        if (asked.groupBy === 'Klas') await firstBack;
        summaries.push(asked.groupBy);
        return { chart: asked, groups: [], rowCount: 0 };
      },
    } as unknown as WerkbankApi;
    const store = createWorkbenchStore(api, shell);
    store.getState().adopt(state());
    const first = store.getState().restoreView(plainView);
    await Promise.resolve();
    const second = store.getState().restoreView(other);
    await second;
    releaseFirst();
    await first;
    // Whatever the first restore still asked, the screen shows the second view.
    expect(summaries[0]).toBe('Remediëring');
    expect(store.getState().openedViewId).toBe('v2');
    expect(store.getState().chartSpec).toEqual(other.chart);
    expect(store.getState().summary?.chart).toEqual(other.chart);
  });
});
