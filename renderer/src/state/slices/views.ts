import type { Locale } from '../../../../shared/i18n/index';
import type { ViewDesign } from '../../../../shared/model/annotation';
import type { RokCatalog } from '../../../../shared/model/story/rok';
import type { ChartSpec, View, ViewDraft } from '../../../../shared/model/view';
import { fitChartSpec } from '../../features/chart/spec';
import type { SliceDeps } from '../store';

/** What the chart editor adds to a title and takeaway: the view edited (if any), its design, the plain chart's look. */
export interface ViewEdit {
  /** A saved view being edited: saved under the same id, from its own recipe and analysis. */
  id?: string;
  design?: ViewDesign;
  chart?: Pick<ChartSpec, 'type' | 'sort' | 'decimals'>;
}

/** Saved views: recipe + chart (or a learning-gain analysis or a comparison) with a title, takeaway and design. */
export interface ViewsSlice {
  /**
   * The view last opened or saved: where two views show the same figures (a copy), the screen
   * names this one (activeView.ts).
   */
  openedViewId: string | null;
  /**
   * Saves what the screen shows (the learning-gain analysis or the comparison when its tab shows
   * figures, else the chart) as a new view, or, with `edit.id`, that view edited.
   */
  saveView(title: string, takeaway: string, edit?: ViewEdit): Promise<boolean>;
  restoreView(view: View): Promise<void>;
  deleteView(viewId: string): Promise<void>;
  /** A copy right after the view (the engine titles it "… (kopie)", in the locale's word). */
  duplicateView(viewId: string, locale?: Locale): Promise<void>;
  /** Moves a view to place `to` (0-based) in the list. */
  moveView(viewId: string, to: number): Promise<void>;
  /** Saves the project's own ROK titles, or (null) goes back to the shipped working titles. */
  saveRok(catalog: RokCatalog | null): Promise<boolean>;
  /**
   * Counts the requests to save what the screen shows as a view from the menu or Ctrl+D: the
   * result section opens its view dialog for each (as its button does), or says why it cannot.
   */
  viewSaveRequests: number;
  requestViewSave(): void;
}

export function viewsSlice({ set, get, api }: SliceDeps): ViewsSlice {
  /** Counts the views opened: only the latest one's restore finishes (restoreView). */
  let restoring = 0;
  const withState = async (call: () => ReturnType<typeof api['view.save']>): Promise<boolean> => {
    const state = await get().run(call);
    if (state) set({ project: state });
    return Boolean(state);
  };

  /** The draft of an edited view: its own recipe and analysis, the edited words, design and look. */
  const editedDraft = (view: View, title: string, takeaway: string, edit: ViewEdit): ViewDraft => {
    const { createdAt: _c, updatedAt: _u, ...content } = view;
    const draft: ViewDraft = { ...content, title, takeaway, chart: { ...view.chart, ...edit.chart } };
    if (edit.design) draft.design = edit.design;
    const s = get();
    // The gain chart's alt text is edited beside the chart (and in the editor): the store holds it.
    if (view.gain && s.gainResult && s.gainChart === view.gain.chart) {
      const { alt, altFrom } = s.gainView(s.gainResult);
      draft.gain = { analysis: view.gain.analysis, chart: view.gain.chart, ...(alt ? { alt, altFrom } : {}) };
    }
    return draft;
  };

  return {
    openedViewId: null,
    viewSaveRequests: 0,
    requestViewSave: () => set((s) => ({ viewSaveRequests: s.viewSaveRequests + 1 })),
    async saveView(title, takeaway, edit = {}) {
      const s = get();
      let draft: ViewDraft;
      const editing = edit.id === undefined ? undefined : s.project?.views.find((v) => v.id === edit.id);
      if (editing) {
        draft = editedDraft(editing, title, takeaway, edit);
      } else {
        const recipe = s.project?.recipe;
        const shown = s.summary?.chart ?? s.chartSpec ?? fitChartSpec(s.project?.result?.columns ?? [], null);
        if (!recipe || !shown) return false;
        draft = { title, takeaway, recipe, chart: { ...shown, ...edit.chart } };
        if (edit.design) draft.design = edit.design;
        if (s.analysisTab === 'gain' && s.gainResult) draft.gain = s.gainView(s.gainResult);
        else if (s.analysisTab === 'reference' && s.referenceResult) draft.reference = { analysis: s.referenceResult.analysis };
        else if (s.analysisTab === 'survey' && s.surveyResult) draft.survey = s.surveyView(s.surveyResult);
      }
      const before = new Set(s.project?.views.map((v) => v.id) ?? []);
      const saved = await withState(() => api['view.save']({ view: draft }));
      if (saved) set({ openedViewId: editing?.id ?? get().project?.views.find((v) => !before.has(v.id))?.id ?? null });
      // A plain chart drawn in its new look, so the screen shows the view just saved.
      if (saved && !draft.gain && !draft.reference && !draft.survey && edit.chart && get().analysisTab === 'chart') {
        set({ chartSpec: draft.chart });
        await get().drawChart(draft.chart);
      }
      return saved;
    },
    async restoreView(view) {
      // A view opened while another is still being restored wins: the older one stops at its next
      // step, so its late figures cannot land on the newer view's screen.
      const turn = ++restoring;
      const current = () => turn === restoring;
      // The restored chart and figures are drawn below, not redrawn from the old ones.
      set({ summary: null, gainResult: null, referenceResult: null, surveyResult: null, openedViewId: view.id });
      const ok = await get().setRecipe(() => view.recipe, { tolerant: true });
      if (!ok || !current()) return;
      set({ chartSpec: view.chart });
      if (view.gain) await get().showGain(view.gain);
      else if (view.reference) await get().showReference(view.reference);
      else if (view.survey) await get().showSurvey(view.survey);
      else set({ analysisTab: 'chart' });
      if (!current()) return;
      const result = await get().run(() => api['chart.summary']({ recipe: null, chart: view.chart }));
      if (result && current()) set({ summary: result });
    },
    async deleteView(viewId) {
      await withState(() => api['view.delete']({ viewId }));
    },
    async duplicateView(viewId, locale) {
      await withState(() => api['view.duplicate']({ viewId, ...(locale ? { locale } : {}) }));
    },
    async moveView(viewId, to) {
      await withState(() => api['view.move']({ viewId, to }));
    },
    async saveRok(catalog) {
      return withState(() => api['rok.save']({ catalog }));
    },
  };
}
