import type { WerkbankApi } from '../../../../shared/api/contract';
import type { ProjectState } from '../../../../shared/model/project';
import type { ChartSpec, GroupSummary } from '../../../../shared/model/view';
import { fitChartSpec } from '../../features/chart/spec';
import type { SliceDeps, WorkbenchStore } from '../store';
import { dataVersion } from './project';

/** The chart form's spec and the drawn chart's numbers. */
export interface ChartSlice {
  chartSpec: ChartSpec | null;
  summary: GroupSummary | null;
  setChartSpec(spec: ChartSpec): void;
  /** Draws the given spec, or the form's. */
  drawChart(spec?: ChartSpec): Promise<void>;
}

export function chartSlice({ set, get, api }: SliceDeps): ChartSlice {
  return {
    chartSpec: null,
    summary: null,
    setChartSpec: (chartSpec) => set({ chartSpec }),
    async drawChart(spec) {
      const chart = spec ?? get().chartSpec;
      if (!chart) return;
      const result = await get().run(() => api['chart.summary']({ recipe: null, chart }));
      if (result) set({ summary: result });
    },
  };
}

/** What the chart depends on: the recipe and the data of its sources; null without a result. */
function resultKey(state: { project: ProjectState | null }): string | null {
  const project = state.project;
  return project?.result ? `${JSON.stringify(project.recipe)}|${dataVersion(project)}` : null;
}

/**
 * A drawn chart follows the recipe: redraw it for the new result, or drop it when its columns
 * are gone. A redraw still under way when the result changes again is ignored.
 */
export function followRecipeWithChart(store: WorkbenchStore, api: WerkbankApi): void {
  let key = resultKey(store.getState());
  let round = 0;
  store.subscribe((state, previous) => {
    if (state.project === previous.project) return;
    const next = resultKey(state);
    if (next === key) return;
    key = next;
    const mine = ++round;
    const drawn = state.summary;
    const columns = state.project?.result?.columns;
    if (!drawn || !columns || next === null) return;
    if (fitChartSpec(columns, drawn.chart) !== drawn.chart) {
      store.setState({ summary: null });
      return;
    }
    void state.run(() => api['chart.summary']({ recipe: null, chart: drawn.chart })).then((summary) => {
      if (mine === round && summary) store.setState({ summary });
    });
  });
}
