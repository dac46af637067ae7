import { describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../../../shared/api/contract';
import { WerkbankError } from '../../../../shared/api/errors';
import type { SurveyAnalysis, SurveyResult } from '../../../../shared/model/analysis/survey';
import type { ProjectState } from '../../../../shared/model/project';
import { Recipe } from '../../../../shared/model/recipe';
import type { SourceInfo } from '../../../../shared/model/source';
import type { ColumnInfo } from '../../../../shared/model/table';
import type { View, ViewDraft } from '../../../../shared/model/view';
import type { ShellSupport } from '../../api/shell';
import { sampleResult } from '../../features/survey/figures/fixtures';
import { createWorkbenchStore } from '../store';

const shell: ShellSupport = { kind: 'browser', on: () => () => {}, deliver: async () => {} };
const recipe = Recipe.parse({ version: 3, base: 's1', steps: [] });
const names = { first: 'nulmeting', last: 'eindmeting', nth: (n: number) => `meting ${n}` };

const int = (name: string): ColumnInfo => ({ name, type: 'integer' });
const text = (name: string): ColumnInfo => ({ name, type: 'text' });
const surveyColumns = [int('ID'), int('IK1. Ik geef leerlingen erkenning en waardering'), int('WIJ1. Wij geven leerlingen erkenning en waardering'), int('PC2. We observeren en bespreken elkaars lessen')];

function source(id: string, name: string, columns: ColumnInfo[], hash = id): SourceInfo {
  return { id, name, fileName: `${name}.xlsx`, fileHash: hash, format: 'xlsx', options: {}, sheet: null, headerRow: 1, columns, rowCount: 18, warnings: [], importedAt: 'today' } as SourceInfo;
}
const SOURCES = [
  source('s1', 'enquete-team', surveyColumns),
  source('s2', 'enquete-team-juni', surveyColumns),
  source('s3', 'lesobservaties', [text('Leraar'), text('Bouwsteen'), text('Element'), int('Score')]),
];

/** A store over a fake engine that answers the survey from the sample result (with the analysis asked), or refuses a missing column as the real one does. */
function setup(sources = SOURCES) {
  const asked: SurveyAnalysis[] = [];
  const saved: ViewDraft[] = [];
  let views: View[] = [];
  let current = sources;
  const state = (): ProjectState =>
    ({ formatVersion: 2, name: 'T', fileName: null, dirty: false, sources: current, recipe, result: { columns: surveyColumns, rowCount: 18, steps: [] }, views, profiles: [] }) as unknown as ProjectState;
  const api = {
    'analysis.survey': async ({ analysis }: { analysis: SurveyAnalysis }): Promise<SurveyResult> => {
      asked.push(analysis);
      if (analysis.observations?.score === 'Gone') throw new WerkbankError('errors.survey.unknownObservationColumn', { column: 'Gone', what: 'score' });
      const result = sampleResult();
      return { ...result, analysis, proposed: analysis.codebook === null, codebook: analysis.codebook ?? result.codebook };
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
  const setSources = (next: SourceInfo[]) => {
    current = next;
    store.getState().setProjectState(state());
  };
  return { store, asked, saved, state, setSources };
}

describe('the survey slice', () => {
  it('proposes the moments and the observations from the sources, and computes them', async () => {
    const { store, asked } = setup();
    store.getState().proposeSurvey(names);
    const draft = store.getState().surveyDraft!;
    expect(draft.moments.map((m) => m.source)).toEqual(['s1', 's2']);
    expect(draft.observations.source).toBe('s3');
    expect(await store.getState().computeSurvey()).toBe(true);
    expect(asked[0]!.moments.map((m) => m.label)).toEqual(['nulmeting', 'eindmeting']);
    expect(asked[0]!.codebook).toBeNull();
    expect(store.getState().surveyResult?.proposed).toBe(true);
    // A view needs a chart spec too.
    expect(store.getState().chartSpec).not.toBeNull();
  });

  it('says what the form lacks, and shows the engine’s refusal in place, clearing figures shown before', async () => {
    const { store, asked } = setup();
    store.getState().proposeSurvey(names);
    const draft = store.getState().surveyDraft!;
    await store.getState().computeSurvey();
    store.getState().setSurveyDraft({ ...draft, minGroup: 0 });
    expect(await store.getState().computeSurvey()).toBe(false);
    expect(store.getState().surveyProblem?.code).toBe('ui.survey.problems.minGroup');
    expect(asked).toHaveLength(1);
    store.getState().setSurveyDraft({ ...draft, observations: { ...draft.observations, score: 'Gone' } });
    expect(await store.getState().computeSurvey()).toBe(false);
    expect(store.getState().surveyProblem?.code).toBe('errors.survey.unknownObservationColumn');
    expect(store.getState().surveyResult).toBeNull();
  });

  it('confirms the proposed codebook as the analysis’s own, keeps an edit apart until confirmed, and can propose again', async () => {
    const { store, asked } = setup();
    store.getState().proposeSurvey(names);
    await store.getState().computeSurvey();
    const proposed = store.getState().surveyResult!.codebook;
    expect(await store.getState().confirmCodebook()).toBe(true);
    expect(asked.at(-1)!.codebook).toEqual(proposed);
    expect(store.getState().surveyResult!.proposed).toBe(false);
    expect(store.getState().surveyResult!.analysis.codebook).toEqual(proposed);
    // An edit is the form's until confirmed: the figures shown keep their codebook.
    const edited = { ...proposed, items: proposed.items.map((i) => (i.code === 'PC2' ? { ...i, reverse: true } : i)) };
    store.getState().editCodebook(edited);
    expect(store.getState().surveyDraft!.codebook).toEqual(edited);
    expect(store.getState().surveyResult!.analysis.codebook).toEqual(proposed);
    await store.getState().confirmCodebook();
    expect(asked.at(-1)!.codebook!.items.find((i) => i.code === 'PC2')!.reverse).toBe(true);
    await store.getState().proposeCodebookAgain();
    expect(asked.at(-1)!.codebook).toBeNull();
    expect(store.getState().surveyResult!.proposed).toBe(true);
  });

  it('saves the survey as a view from its tab with its chart and moment, and restores it onto that tab', async () => {
    const { store, saved } = setup();
    store.getState().proposeSurvey(names);
    await store.getState().computeSurvey();
    await store.getState().confirmCodebook();
    store.getState().setAnalysisTab('survey');
    store.getState().setSurveyChart('quadrant');
    store.getState().setSurveyMoment('nulmeting');
    expect(await store.getState().saveView('Wil blijft achter', '')).toBe(true);
    expect(saved[0]!.survey).toEqual({ analysis: store.getState().surveyResult!.analysis, chart: 'quadrant', moment: 'nulmeting' });
    expect(saved[0]!.survey!.analysis.codebook).not.toBeNull();
    expect(saved[0]!.gain).toBeUndefined();
    expect(saved[0]!.reference).toBeUndefined();
    // Elsewhere meanwhile; the view brings the tab, the chart, the moment and the figures back.
    store.setState({ analysisTab: 'chart', surveyResult: null, surveyDraft: null, surveyChart: 'items', surveyMoment: null });
    await store.getState().restoreView(store.getState().project!.views[0]!);
    expect(store.getState().analysisTab).toBe('survey');
    expect(store.getState().surveyChart).toBe('quadrant');
    expect(store.getState().surveyMoment).toBe('nulmeting');
    expect(store.getState().surveyResult?.analysis).toEqual(saved[0]!.survey!.analysis);
    expect(store.getState().surveyDraft?.moments.map((m) => m.source)).toEqual(['s1', 's2']);
  });

  it('saves a chart view, not the survey, from the chart tab', async () => {
    const { store, saved } = setup();
    store.getState().proposeSurvey(names);
    await store.getState().computeSurvey();
    store.getState().setAnalysisTab('chart');
    await store.getState().saveView('Grafiek', '');
    expect(saved[0]!.survey).toBeUndefined();
  });

  it('proposes afresh when sources come in while the form is untouched; a new project starts without the survey', async () => {
    const { store, setSources, state } = setup([SOURCES[0]!]);
    store.getState().proposeSurvey(names);
    expect(store.getState().surveyDraft!.moments).toHaveLength(1);
    setSources(SOURCES);
    expect(store.getState().surveyDraft).toBeNull();
    store.getState().proposeSurvey(names);
    expect(store.getState().surveyDraft!.moments).toHaveLength(2);
    await store.getState().computeSurvey();
    store.getState().adopt({ ...state(), sources: [] });
    expect(store.getState().surveyResult).toBeNull();
    expect(store.getState().surveyDraft).toBeNull();
  });

  it('computes shown figures again when a source’s data changes', async () => {
    const { store, asked, setSources } = setup();
    store.getState().proposeSurvey(names);
    await store.getState().computeSurvey();
    setSources(SOURCES.map((s) => (s.id === 's2' ? { ...s, fileHash: 'new' } : s)));
    await new Promise((r) => setTimeout(r, 0));
    expect(asked).toHaveLength(2);
    expect(asked[1]).toEqual(asked[0]);
  });
});
