import type { Codebook, SurveyAnalysis, SurveyResult } from '../../../../shared/model/analysis/survey';
import type { Message } from '../../../../shared/model/message';
import type { SurveyChartKind, ViewSurvey } from '../../../../shared/model/view';
import { fitChartSpec } from '../../features/chart/spec';
import { availableSurveyKinds } from '../../features/survey/figures/index';
import { analysisOf, draftOf, guessSurveyDraft, type MomentNames, type SurveyDraft } from '../../features/survey/surveyDraft';
import type { SliceDeps, WorkbenchState, WorkbenchStore } from '../store';
import { analysisComputer } from './analysis';
import { dataVersion } from './project';

/** The staff survey with the observations (the *Teambevraging* tab): its form, the computed figures, the chart and moment shown. */
export interface SurveySlice {
  surveyDraft: SurveyDraft | null;
  /** The form as proposed from the sources, untouched: it is proposed afresh when the sources change. */
  surveyProposal: SurveyDraft | null;
  /** False when no survey was found among the sources (the form starts nearly empty). */
  surveyGuessed: boolean;
  /** The figures shown; `surveyResult.analysis` is the analysis they were computed for. */
  surveyResult: SurveyResult | null;
  /** Why the survey was not computed (the form's problem or the engine's refusal), shown in the panel. */
  surveyProblem: Message | null;
  surveyChart: SurveyChartKind;
  /** The moment shown by the charts and the table of one moment; null: the last. */
  surveyMoment: string | null;
  setSurveyDraft(draft: SurveyDraft): void;
  setSurveyChart(kind: SurveyChartKind): void;
  setSurveyMoment(moment: string | null): void;
  /** Starts the form from the project's sources (guessSurveyDraft), unless a form is there already. */
  proposeSurvey(names: MomentNames): void;
  /** Computes the given analysis, or the form's. */
  computeSurvey(analysis?: SurveyAnalysis): Promise<boolean>;
  /** The codebook as the user edits it in the table: it becomes the form's own (not yet computed). */
  editCodebook(codebook: Codebook): void;
  /** Stores the codebook shown (the proposed one, or the one edited) as the analysis's own, and computes with it. */
  confirmCodebook(): Promise<boolean>;
  /** Back to the codebook proposed from the headers (the analysis keeps none), and computes. */
  proposeCodebookAgain(): Promise<boolean>;
  /** What a view saves of the panel showing `result`: the analysis, the chart kind and the moment. */
  surveyView(result: SurveyResult): ViewSurvey;
  /** Shows a saved view's survey: the Teambevraging tab, its form, chart and moment, its figures computed. */
  showSurvey(survey: ViewSurvey): Promise<boolean>;
}

/** The survey state of a freshly opened project. */
export const SURVEY_RESET = {
  surveyDraft: null,
  surveyProposal: null,
  surveyGuessed: true,
  surveyResult: null,
  surveyProblem: null,
  surveyChart: 'items',
  surveyMoment: null,
} as const satisfies Partial<SurveySlice>;

export function surveySlice(deps: SliceDeps): SurveySlice {
  const { set, get, api } = deps;

  const compute = analysisComputer(deps, {
    draft: () => get().surveyDraft,
    analysisOf,
    ask: (analysis: SurveyAnalysis) => api['analysis.survey']({ analysis }),
    problem: (surveyProblem) => set({ surveyProblem }),
    // A refusal (no coded headers, a column gone) is shown in the panel, in place.
    refused: (surveyProblem) => set({ surveyProblem, surveyResult: null }),
    computed(result) {
      const kinds = availableSurveyKinds(result);
      const moment = get().surveyMoment;
      const columns = get().project?.result?.columns ?? [];
      set({
        surveyResult: result,
        surveyChart: kinds.includes(get().surveyChart) ? get().surveyChart : 'items',
        surveyMoment: moment !== null && result.moments.some((m) => m.label === moment) ? moment : null,
        // A view always carries a chart spec too: the form's, or the one the chart tab would start from.
        chartSpec: get().chartSpec ?? fitChartSpec(columns, null),
      });
    },
  });

  /** The form with `codebook` as its own, computed. */
  const computeWith = async (codebook: Codebook | null): Promise<boolean> => {
    const draft = get().surveyDraft;
    if (!draft) return false;
    set({ surveyDraft: { ...draft, codebook } });
    return compute();
  };

  return {
    ...SURVEY_RESET,
    setSurveyDraft: (surveyDraft) => set({ surveyDraft }),
    setSurveyChart: (surveyChart) => set({ surveyChart }),
    setSurveyMoment: (surveyMoment) => set({ surveyMoment }),
    proposeSurvey(names) {
      const sources = get().project?.sources;
      if (!sources || get().surveyDraft) return;
      const { draft, guessed } = guessSurveyDraft(sources, names);
      set({ surveyDraft: draft, surveyProposal: draft, surveyGuessed: guessed });
    },
    computeSurvey: compute,
    editCodebook(codebook) {
      const draft = get().surveyDraft;
      if (draft) set({ surveyDraft: { ...draft, codebook } });
    },
    confirmCodebook() {
      const shown = get().surveyDraft?.codebook ?? get().surveyResult?.codebook ?? null;
      return shown ? computeWith(shown) : Promise.resolve(false);
    },
    proposeCodebookAgain: () => computeWith(null),
    surveyView: (result) => ({ analysis: result.analysis, chart: get().surveyChart, moment: get().surveyMoment }),
    async showSurvey(survey) {
      const draft = draftOf(survey.analysis);
      set({ analysisTab: 'survey', surveyDraft: draft, surveyProposal: null, surveyGuessed: true, surveyChart: survey.chart, surveyMoment: survey.moment, surveyResult: null, surveyProblem: null });
      return compute(survey.analysis);
    },
  };
}

const sourceKey = (state: WorkbenchState) => (state.project?.sources ?? []).map((s) => s.id).join(',');

/**
 * The survey follows the project (a freshly opened project starts without it: `adopt` resets it
 * with the rest of the screen): new data in a source computes shown figures again; sources added
 * or removed propose the form afresh while the user has not touched it.
 */
export function followProjectWithSurvey(store: WorkbenchStore): void {
  let data = dataVersion(store.getState().project);
  let sources = sourceKey(store.getState());
  store.subscribe((state, previous) => {
    if (state.project === previous.project) return;
    const nextData = dataVersion(state.project);
    const nextSources = sourceKey(state);
    const sourcesChanged = nextSources !== sources;
    const dataChanged = nextData !== data;
    data = nextData;
    sources = nextSources;
    if (state.surveyResult && (dataChanged || sourcesChanged)) {
      void state.computeSurvey(state.surveyResult.analysis);
      return;
    }
    if (sourcesChanged && !state.surveyResult && state.surveyDraft !== null && state.surveyDraft === state.surveyProposal) {
      store.setState({ surveyDraft: null, surveyProposal: null, surveyProblem: null });
    }
  });
}
