import { describe, expect, it } from 'vitest';
import type { WerkbankApi } from '../../../../shared/api/contract';
import { WerkbankError } from '../../../../shared/api/errors';
import type { GainAnalysis } from '../../../../shared/model/analysis/gain';
import type { ProjectState } from '../../../../shared/model/project';
import { Recipe } from '../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../shared/model/table';
import { GAIN_ALT_MAX, type View, ViewDraft, ViewGain } from '../../../../shared/model/view';
import type { ShellSupport } from '../../api/shell';
import { byClass } from '../../features/gain/figures/fixtures';
import { updateMoment } from '../../features/gain/gainDraft';
import { createWorkbenchStore } from '../store';

const shell: ShellSupport = { kind: 'browser', on: () => () => {}, deliver: async () => {} };
const recipe = Recipe.parse({ version: 3, base: 's1', steps: [] });

const longColumns: ColumnInfo[] = [
  { name: 'Stamboeknummer', type: 'identifier' },
  { name: 'Klas', type: 'text' },
  { name: 'Afname', type: 'text' },
  { name: 'Score', type: 'integer' },
  { name: 'Niveau', type: 'text' },
];

/** A store over a fake engine that answers learning gain from `byClass()`, or refuses raw scores as the real one does. */
function setup(columns: ColumnInfo[] = longColumns) {
  const asked: GainAnalysis[] = [];
  const saved: ViewDraft[] = [];
  let views: View[] = [];
  const state = (): ProjectState =>
    ({ formatVersion: 1, name: 'T', fileName: null, dirty: false, sources: [], recipe, result: { columns, rowCount: 10, steps: [] }, views, profiles: [] }) as unknown as ProjectState;
  const api = {
    'table.distinct': async ({ column }: { column: string }) => ({
      values: (column === 'Afname' ? ['juni', 'januari'] : ['C', 'A', 'E', 'B', 'D']).map((value) => ({ value, n: 10 })),
      truncated: false,
    }),
    'analysis.gain': async ({ analysis }: { analysis: GainAnalysis }) => {
      asked.push(analysis);
      const raw = analysis.moments.find((m) => m.measure.kind === 'raw');
      if (raw) throw new WerkbankError('errors.gain.rawScore', { moment: raw.label });
      return { ...byClass(), analysis };
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
  return { store, asked, saved, state };
}

describe('the learning-gain slice', () => {
  it('proposes a long analysis with the moments in time order and the norm bands low to high', async () => {
    const { store } = setup();
    await store.getState().proposeGain('nl-BE');
    const draft = store.getState().gainDraft!;
    expect(draft.layout).toBe('long');
    expect(draft.momentColumn).toBe('Afname');
    expect(draft.moments.map((m) => m.value)).toEqual(['januari', 'juni']);
    expect(draft.levelColumn).toBe('Niveau');
    expect(draft.levels).toBe('E, D, C, B, A');
    expect(store.getState().gainGuessed).toBe(true);
  });

  it('shows the engine’s refusal in place and clears figures shown before', async () => {
    const { store } = setup();
    await store.getState().proposeGain('nl-BE');
    // The proposal reads `Score` as raw points: refused until the user says it is a scale score.
    expect(store.getState().gainDraft!.moments.map((m) => m.measure)).toEqual(['raw', 'raw']);
    store.getState().setGainDraft(updateMoment(updateMoment(store.getState().gainDraft!, 0, { measure: 'scale' }), 1, { measure: 'scale' }));
    expect(await store.getState().computeGain()).toBe(true);
    expect(store.getState().gainResult).not.toBeNull();
    store.getState().setGainDraft(updateMoment(store.getState().gainDraft!, 0, { measure: 'raw' }));
    expect(await store.getState().computeGain()).toBe(false);
    expect(store.getState().gainProblem).toEqual({ code: 'errors.gain.rawScore', params: { moment: 'januari' } });
    expect(store.getState().gainResult).toBeNull();
    expect(store.getState().error).toBeNull();
  });

  it('says what the form lacks without asking the engine', async () => {
    const { store, asked } = setup();
    await store.getState().proposeGain('nl-BE');
    store.getState().setGainDraft({ ...store.getState().gainDraft!, threshold: Number.NaN });
    expect(await store.getState().computeGain()).toBe(false);
    expect(store.getState().gainProblem?.code).toBe('ui.gain.problems.threshold');
    expect(asked).toHaveLength(0);
  });

  it('saves a learning-gain view while its tab shows figures, and restores it on that tab', async () => {
    const { store, saved } = setup();
    await store.getState().proposeGain('nl-BE');
    store.getState().setGainDraft(updateMoment(updateMoment(store.getState().gainDraft!, 0, { measure: 'scale' }), 1, { measure: 'scale' }));
    await store.getState().computeGain();
    store.getState().setAnalysisTab('gain');
    store.getState().setGainChart('slope');
    expect(await store.getState().saveView('2A groeit het sterkst', '')).toBe(true);
    expect(saved[0]!.gain?.chart).toBe('slope');
    expect(saved[0]!.gain?.analysis.moments.map((m) => m.measure.kind)).toEqual(['scale', 'scale']);
    // A chart spec is stored too, though the chart tab was never opened.
    expect(saved[0]!.chart.type).toBe('bar');

    store.getState().setAnalysisTab('chart');
    store.setState({ gainResult: null, gainChart: 'ciDots', gainDraft: null });
    await store.getState().restoreView(store.getState().project!.views[0]!);
    expect(store.getState().analysisTab).toBe('gain');
    expect(store.getState().gainChart).toBe('slope');
    expect(store.getState().gainResult?.analysis).toEqual(saved[0]!.gain!.analysis);
    expect(store.getState().gainDraft?.moments.map((m) => m.measure)).toEqual(['scale', 'scale']);
  });

  it('saves a chart view from the chart tab, and a new project starts the panel afresh', async () => {
    const { store, saved, state } = setup();
    await store.getState().proposeGain('nl-BE');
    store.getState().setGainDraft(updateMoment(updateMoment(store.getState().gainDraft!, 0, { measure: 'scale' }), 1, { measure: 'scale' }));
    await store.getState().computeGain();
    expect(await store.getState().saveView('Staafdiagram', '')).toBe(true);
    expect(saved[0]!.gain).toBeUndefined();
    store.getState().adopt(state());
    expect(store.getState().gainResult).toBeNull();
    expect(store.getState().gainDraft).toBeNull();
    expect(store.getState().analysisTab).toBe('chart');
  });

  describe('the edited text alternative', () => {
    const generated = 'Gemiddelde winst per Klas van september naar juni: 1A +7,2 procentpunten (n = 21).';
    const other = 'Gemiddelde winst per Klas van september naar juni: 1A +6,0 procentpunten (n = 20).';

    async function computed() {
      const fixture = setup();
      await fixture.store.getState().proposeGain('nl-BE');
      fixture.store.getState().setGainDraft(updateMoment(updateMoment(fixture.store.getState().gainDraft!, 0, { measure: 'scale' }), 1, { measure: 'scale' }));
      await fixture.store.getState().computeGain();
      fixture.store.getState().setAnalysisTab('gain');
      return fixture;
    }

    it('is kept per chart kind with the generated text it was edited from, and reset to none', async () => {
      const { store } = await computed();
      store.getState().editGainAlt('ciDots', 'Klas 1C groeit het sterkst.', generated);
      store.getState().editGainAlt('ciDots', 'Klas 1C groeit het sterkst, met bijna 10 procentpunten.', other);
      expect(store.getState().gainAlts.ciDots).toEqual({ text: 'Klas 1C groeit het sterkst, met bijna 10 procentpunten.', from: generated });
      expect(store.getState().gainAlts.slope).toBeUndefined();
      store.getState().confirmGainAlt('ciDots', other);
      expect(store.getState().gainAlts.ciDots?.from).toBe(other);
      store.getState().resetGainAlt('ciDots');
      expect(store.getState().gainAlts.ciDots).toBeUndefined();
      // Typed back to the generated text: no edit.
      store.getState().editGainAlt('ciDots', 'x', generated);
      store.getState().editGainAlt('ciDots', generated, generated);
      expect(store.getState().gainAlts.ciDots).toBeUndefined();
    });

    it('is saved in the view of its chart kind and restored when the view opens', async () => {
      const { store, saved } = await computed();
      store.getState().editGainAlt('ciDots', 'Klas 1C groeit het sterkst.', generated);
      expect(await store.getState().saveView('Eigen tekst', '')).toBe(true);
      expect(saved[0]!.gain).toMatchObject({ chart: 'ciDots', alt: 'Klas 1C groeit het sterkst.', altFrom: generated });
      // The view passes the model's check, as the engine's contract applies it.
      expect(ViewDraft.parse(saved[0]).gain?.alt).toBe('Klas 1C groeit het sterkst.');

      // Another kind shows its own generated text: its view keeps no edit.
      store.getState().setGainChart('slope');
      expect(await store.getState().saveView('Zonder eigen tekst', '')).toBe(true);
      expect(saved[1]!.gain).toEqual({ analysis: saved[0]!.gain!.analysis, chart: 'slope' });

      // Opening the slope view drops the edit; reopening the first brings it back for its kind.
      await store.getState().restoreView(store.getState().project!.views[1]!);
      expect(store.getState().gainAlts).toEqual({});
      await store.getState().restoreView(store.getState().project!.views[0]!);
      expect(store.getState().gainChart).toBe('ciDots');
      expect(store.getState().gainAlts).toEqual({ ciDots: { text: 'Klas 1C groeit het sterkst.', from: generated } });
    });

    it('keeps no blank edit, and a new project starts without edits', async () => {
      const { store, saved, state } = await computed();
      store.getState().editGainAlt('ciDots', '   ', generated);
      await store.getState().saveView('Leeg', '');
      expect(saved[0]!.gain?.alt).toBeUndefined();
      expect(saved[0]!.gain?.altFrom).toBeUndefined();
      store.getState().adopt(state());
      expect(store.getState().gainAlts).toEqual({});
    });

    it('counts a saved edit without the text it came from as written for other figures', async () => {
      const { store } = setup();
      const analysis = { ...byClass().analysis };
      await store.getState().showGain({ analysis, chart: 'scatter', alt: 'Met de hand geschreven.' });
      expect(store.getState().gainAlts.scatter).toEqual({ text: 'Met de hand geschreven.', from: '' });
    });

    it('is checked by the model: at most GAIN_ALT_MAX characters, not empty', () => {
      const analysis = byClass().analysis;
      expect(ViewGain.safeParse({ analysis, chart: 'ciDots', alt: 'x'.repeat(GAIN_ALT_MAX) }).success).toBe(true);
      expect(ViewGain.safeParse({ analysis, chart: 'ciDots', alt: 'x'.repeat(GAIN_ALT_MAX + 1) }).success).toBe(false);
      expect(ViewGain.safeParse({ analysis, chart: 'ciDots', alt: '' }).success).toBe(false);
      expect(ViewGain.safeParse({ analysis, chart: 'gainStrip' }).success).toBe(true);
    });
  });
});
