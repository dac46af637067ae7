import type { Locale } from '../../../../shared/i18n/index';
import type { GainAnalysis, GainResult } from '../../../../shared/model/analysis/gain';
import { guessGain, levelOrder } from '../../../../shared/model/analysis/gain-guess';
import type { Message } from '../../../../shared/model/message';
import type { Cell } from '../../../../shared/model/table';
import type { GainChartKind, ViewGain } from '../../../../shared/model/view';
import { fitChartSpec } from '../../features/chart/spec';
import { confirmAlt, editAlt, type GainAltEdit } from '../../features/gain/altText';
import { availableKinds } from '../../features/gain/figures/index';
import { analysisOf, draftOf, emptyDraft, type GainDraft, momentColumnCandidate, orderMomentValues } from '../../features/gain/gainDraft';
import type { SliceDeps, WorkbenchStore } from '../store';
import { analysisComputer, followNewResult } from './analysis';

/** Which of the tabs beside the grid shows: the bar chart, learning gain, the comparison with a reference or the staff survey. */
export type AnalysisTab = 'chart' | 'gain' | 'reference' | 'survey';

/** The learning-gain panel: its form, the computed figures, the chart kind, and the tab it sits in. */
export interface GainSlice {
  analysisTab: AnalysisTab;
  gainDraft: GainDraft | null;
  /** False when nothing could be guessed from the columns (the form starts empty). */
  gainGuessed: boolean;
  /** The figures shown; `gainResult.analysis` is the analysis they were computed for. */
  gainResult: GainResult | null;
  /** Why the analysis was not computed (the form's problem or the engine's refusal), shown in the panel. */
  gainProblem: Message | null;
  gainChart: GainChartKind;
  /** The user's own text alternatives, per chart kind, each with the generated text it was edited from. */
  gainAlts: Partial<Record<GainChartKind, GainAltEdit>>;
  setAnalysisTab(tab: AnalysisTab): void;
  setGainDraft(draft: GainDraft): void;
  setGainChart(kind: GainChartKind): void;
  /** The user typed `text` as the alt text of `kind`, whose figures give `generated`. */
  editGainAlt(kind: GainChartKind, text: string, generated: string): void;
  /** Back to the text generated from the figures. */
  resetGainAlt(kind: GainChartKind): void;
  /** The user says the edited text fits the figures shown now (`generated`). */
  confirmGainAlt(kind: GainChartKind, generated: string): void;
  /** What a view saves of the panel showing `result`: the analysis, the chart kind, and its edited alt text if any. */
  gainView(result: GainResult): ViewGain;
  /** Starts the form from what the columns suggest (guessGain), unless a form is there already. */
  proposeGain(locale: Locale): Promise<void>;
  /** Computes the given analysis, or the form's. */
  computeGain(analysis?: GainAnalysis): Promise<boolean>;
  /** Shows a saved view's analysis: the gain tab, its form and chart kind, its figures computed. */
  showGain(gain: ViewGain): Promise<boolean>;
  /** The values of a column (a long table's moments), in time order as far as they tell. */
  momentValues(column: string, locale: Locale): Promise<Cell[]>;
}

/** The gain state of a freshly opened project. */
export const GAIN_RESET = {
  gainDraft: null,
  gainGuessed: true,
  gainResult: null,
  gainProblem: null,
  gainChart: 'ciDots',
  gainAlts: {},
  analysisTab: 'chart',
} as const satisfies Partial<GainSlice>;

const DISTINCT_LIMIT = 100;

export function gainSlice(deps: SliceDeps): GainSlice {
  const { set, get, api } = deps;

  const distinct = async (column: string): Promise<Cell[]> => {
    const out = await get().run(() => api['table.distinct']({ recipe: null, column, limit: DISTINCT_LIMIT }));
    return out?.values.map((v) => v.value) ?? [];
  };

  return {
    ...GAIN_RESET,
    setAnalysisTab: (analysisTab) => set({ analysisTab }),
    setGainDraft: (gainDraft) => set({ gainDraft }),
    setGainChart: (gainChart) => set({ gainChart }),
    editGainAlt(kind, text, generated) {
      const edit = editAlt(get().gainAlts[kind], text, generated);
      set({ gainAlts: { ...get().gainAlts, [kind]: edit } });
    },
    resetGainAlt(kind) {
      set({ gainAlts: { ...get().gainAlts, [kind]: undefined } });
    },
    confirmGainAlt(kind, generated) {
      const edit = get().gainAlts[kind];
      if (edit) set({ gainAlts: { ...get().gainAlts, [kind]: confirmAlt(edit, generated) } });
    },
    gainView(result) {
      const chart = get().gainChart;
      const edit = get().gainAlts[chart];
      // A blank edit draws the generated text: nothing of it to keep.
      return edit && edit.text.trim() !== '' ? { analysis: result.analysis, chart, alt: edit.text, altFrom: edit.from } : { analysis: result.analysis, chart };
    },
    async momentValues(column, locale) {
      const info = get().project?.result?.columns.find((c) => c.name === column);
      if (!info) return [];
      return orderMomentValues(await distinct(column), info, locale);
    },
    async proposeGain(locale) {
      const columns = get().project?.result?.columns;
      if (!columns || get().gainDraft) return;
      const momentColumn = momentColumnCandidate(columns);
      const values = momentColumn ? (await get().momentValues(momentColumn.name, locale)).map(String) : null;
      let guess = guessGain(columns, values);
      const levelColumn = guess?.levelColumn ? columns.find((c) => c.name === guess!.levelColumn) : undefined;
      if (guess && levelColumn && guess.levels === null) {
        const levels = (await distinct(levelColumn.name)).filter((v) => v !== null).map(String);
        guess = { ...guess, levels: levelOrder(levelColumn, levels) };
      }
      // A view restored meanwhile brought its own form.
      if (get().gainDraft) return;
      set({ gainDraft: guess ? draftOf(guess) : emptyDraft(columns), gainGuessed: guess !== null });
    },
    computeGain: analysisComputer(deps, {
      draft: () => get().gainDraft,
      analysisOf,
      ask: (analysis: GainAnalysis) => api['analysis.gain']({ recipe: null, analysis }),
      problem: (gainProblem) => set({ gainProblem }),
      // A refusal (raw scores, percentiles, a missing column) is shown in the panel, in place.
      refused: (gainProblem) => set({ gainProblem, gainResult: null }),
      computed(result) {
        const kinds = availableKinds(result);
        const columns = get().project?.result?.columns ?? [];
        set({
          gainResult: result,
          gainChart: kinds.includes(get().gainChart) ? get().gainChart : 'ciDots',
          // A view always carries a chart spec too: the form's, or the one the chart tab would start from.
          chartSpec: get().chartSpec ?? fitChartSpec(columns, null),
        });
      },
    }),
    async showGain(gain) {
      // An edit saved without the text it came from (written by hand) counts as written for other figures.
      const gainAlts = gain.alt ? { [gain.chart]: { text: gain.alt, from: gain.altFrom ?? '' } } : {};
      set({ analysisTab: 'gain', gainDraft: draftOf(gain.analysis), gainGuessed: true, gainChart: gain.chart, gainAlts, gainResult: null, gainProblem: null });
      return get().computeGain(gain.analysis);
    },
  };
}

/** Computed figures follow the recipe: a new result computes them again (a refusal shows in the panel). */
export function followRecipeWithGain(store: WorkbenchStore): void {
  followNewResult(store, (state) => {
    const shown = state.gainResult;
    if (shown) void state.computeGain(shown.analysis);
  });
}
