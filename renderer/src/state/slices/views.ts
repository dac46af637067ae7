import type { View, ViewDraft } from '../../../../shared/model/view';
import { fitChartSpec } from '../../features/chart/spec';
import type { SliceDeps } from '../store';

/** Saved views: recipe + chart (or a learning-gain analysis) with a title and takeaway. */
export interface ViewsSlice {
  /** Saves what the screen shows: the learning-gain analysis or the comparison when its tab shows figures, else the chart. */
  saveView(title: string, takeaway: string): Promise<boolean>;
  restoreView(view: View): Promise<void>;
  deleteView(viewId: string): Promise<void>;
}

export function viewsSlice({ set, get, api }: SliceDeps): ViewsSlice {
  return {
    async saveView(title, takeaway) {
      const s = get();
      const recipe = s.project?.recipe;
      const chart = s.summary?.chart ?? s.chartSpec ?? fitChartSpec(s.project?.result?.columns ?? [], null);
      if (!recipe || !chart) return false;
      const draft: ViewDraft = { title, takeaway, recipe, chart };
      if (s.analysisTab === 'gain' && s.gainResult) draft.gain = s.gainView(s.gainResult);
      else if (s.analysisTab === 'reference' && s.referenceResult) draft.reference = { analysis: s.referenceResult.analysis };
      const state = await get().run(() => api['view.save']({ view: draft }));
      if (state) set({ project: state });
      return Boolean(state);
    },
    async restoreView(view) {
      // The restored chart and figures are drawn below, not redrawn from the old ones.
      set({ summary: null, gainResult: null, referenceResult: null });
      const ok = await get().setRecipe(() => view.recipe, { tolerant: true });
      if (!ok) return;
      set({ chartSpec: view.chart });
      if (view.gain) await get().showGain(view.gain);
      else if (view.reference) await get().showReference(view.reference);
      else set({ analysisTab: 'chart' });
      const result = await get().run(() => api['chart.summary']({ recipe: null, chart: view.chart }));
      if (result) set({ summary: result });
    },
    async deleteView(viewId) {
      const state = await get().run(() => api['view.delete']({ viewId }));
      if (state) set({ project: state });
    },
  };
}
