import type { View } from '../../../../shared/model/view';
import type { SliceDeps } from '../store';

/** Saved views: recipe + chart with a title and takeaway. */
export interface ViewsSlice {
  saveView(title: string, takeaway: string): Promise<boolean>;
  restoreView(view: View): Promise<void>;
  deleteView(viewId: string): Promise<void>;
}

export function viewsSlice({ set, get, api }: SliceDeps): ViewsSlice {
  return {
    async saveView(title, takeaway) {
      const recipe = get().project?.recipe;
      const chart = get().summary?.chart ?? get().chartSpec;
      if (!recipe || !chart) return false;
      const state = await get().run(() => api['view.save']({ view: { title, takeaway, recipe, chart } }));
      if (state) set({ project: state });
      return Boolean(state);
    },
    async restoreView(view) {
      set({ summary: null }); // the restored chart is drawn below, not redrawn from the old one
      const ok = await get().setRecipe(() => view.recipe, { tolerant: true });
      if (!ok) return;
      set({ chartSpec: view.chart });
      const result = await get().run(() => api['chart.summary']({ recipe: null, chart: view.chart }));
      if (result) set({ summary: result });
    },
    async deleteView(viewId) {
      const state = await get().run(() => api['view.delete']({ viewId }));
      if (state) set({ project: state });
    },
  };
}
