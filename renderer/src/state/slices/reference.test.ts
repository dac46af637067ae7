import { describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../../../shared/api/contract';
import { WerkbankError } from '../../../../shared/api/errors';
import type { ReferenceAnalysis } from '../../../../shared/model/analysis/reference';
import type { ProjectState } from '../../../../shared/model/project';
import { Recipe } from '../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../shared/model/table';
import type { View, ViewDraft } from '../../../../shared/model/view';
import type { ShellSupport } from '../../api/shell';
import { dashboard } from '../../features/reference/figures/fixtures';
import { createWorkbenchStore } from '../store';

const shell: ShellSupport = { kind: 'browser', on: () => () => {}, deliver: async () => {} };
const recipe = Recipe.parse({ version: 3, base: 's1', steps: [] });

const columns: ColumnInfo[] = [
  { name: 'Toetsonderdeel', type: 'text' },
  { name: 'Groep', type: 'text' },
  { name: 'Gemiddelde vaardigheidsscore', type: 'decimal' },
  { name: 'Aantal leerlingen', type: 'integer' },
];

/** A store over a fake engine that answers the comparison from `dashboard()`, or refuses an unknown "our school" as the real one does. */
function setup() {
  const asked: ReferenceAnalysis[] = [];
  const saved: ViewDraft[] = [];
  let views: View[] = [];
  const state = (): ProjectState =>
    ({ formatVersion: 1, name: 'T', fileName: null, dirty: false, sources: [], recipe, result: { columns, rowCount: 9, steps: [] }, views, profiles: [] }) as unknown as ProjectState;
  const api = {
    'table.distinct': async () => ({ values: ['Vlaanderen', 'Onze school', 'Vergelijkbare scholen'].map((value) => ({ value, n: 3 })), truncated: false }),
    'analysis.reference': async ({ analysis }: { analysis: ReferenceAnalysis }) => {
      asked.push(analysis);
      if (analysis.ours === 'Andere') throw new WerkbankError('errors.reference.oursMissing', { value: 'Andere', column: 'Groep', values: 'Onze school, Vlaanderen' });
      return { ...dashboard(), analysis };
    },
    'chart.summary': async ({ chart }: { chart: unknown }) => ({ chart, rows: [] }),
    'view.save': async ({ view }: { view: ViewDraft }) => {
      saved.push(view);
      views = [...views, { ...view, id: `v${views.length + 1}`, createdAt: '', updatedAt: '' } as View];
      return state();
    },
  } as unknown as WerkbankApi;
  const store = createWorkbenchStore(api, shell);
  store.getState().adopt(state());
  return { store, asked, saved };
}

describe('the reference slice', () => {
  it('proposes the dashboard’s columns and our school among the group column’s values', async () => {
    const { store } = setup();
    await store.getState().proposeReference();
    expect(store.getState().referenceDraft).toEqual({
      component: 'Toetsonderdeel',
      group: 'Groep',
      ours: 'Onze school',
      mean: 'Gemiddelde vaardigheidsscore',
      n: 'Aantal leerlingen',
      unit: 'scalePoints',
      minGroup: 5,
    });
    expect(store.getState().referenceGroups).toEqual({ column: 'Groep', values: ['Vlaanderen', 'Onze school', 'Vergelijkbare scholen'] });
  });

  it('says what the form lacks, and shows the engine’s refusal in place, clearing figures shown before', async () => {
    const { store, asked } = setup();
    await store.getState().proposeReference();
    const draft = store.getState().referenceDraft!;
    store.getState().setReferenceDraft({ ...draft, mean: '' });
    expect(await store.getState().computeReference()).toBe(false);
    expect(store.getState().referenceProblem?.code).toBe('ui.reference.problems.mean');
    expect(asked).toHaveLength(0);
    store.getState().setReferenceDraft(draft);
    expect(await store.getState().computeReference()).toBe(true);
    expect(store.getState().referenceProblem).toBeNull();
    expect(store.getState().referenceResult?.analysis.ours).toBe('Onze school');
    store.getState().setReferenceDraft({ ...draft, ours: 'Andere' });
    expect(await store.getState().computeReference()).toBe(false);
    expect(store.getState().referenceProblem?.code).toBe('errors.reference.oursMissing');
    expect(store.getState().referenceResult).toBeNull();
  });

  it('saves the comparison as a view from its tab, and restores it onto that tab', async () => {
    const { store, saved } = setup();
    await store.getState().proposeReference();
    await store.getState().computeReference();
    store.getState().setAnalysisTab('reference');
    expect(await store.getState().saveView('Lezen onder Vlaanderen', '')).toBe(true);
    expect(saved[0]!.reference?.analysis.component).toBe('Toetsonderdeel');
    expect(saved[0]!.gain).toBeUndefined();
    expect(saved[0]!.chart).toBeTruthy();
    // Elsewhere meanwhile; the view brings the tab and the figures back.
    store.setState({ analysisTab: 'chart', referenceResult: null, referenceDraft: null });
    await store.getState().restoreView(store.getState().project!.views[0]!);
    expect(store.getState().analysisTab).toBe('reference');
    expect(store.getState().referenceResult?.analysis).toEqual(saved[0]!.reference!.analysis);
    expect(store.getState().referenceDraft?.group).toBe('Groep');
  });

  it('saves a chart view, not the comparison, from the chart tab', async () => {
    const { store, saved } = setup();
    await store.getState().proposeReference();
    await store.getState().computeReference();
    store.getState().setAnalysisTab('chart');
    await store.getState().saveView('Grafiek', '');
    expect(saved[0]!.reference).toBeUndefined();
  });
});
