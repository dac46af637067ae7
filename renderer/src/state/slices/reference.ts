import { guessOurs, guessReference, type ReferenceAnalysis, type ReferenceResult } from '../../../../shared/model/analysis/reference';
import type { Message } from '../../../../shared/model/message';
import type { ViewReference } from '../../../../shared/model/view';
import { fitChartSpec } from '../../features/chart/spec';
import { analysisOf, draftOf, emptyDraft, fitsColumns, type ReferenceDraft } from '../../features/reference/referenceDraft';
import type { SliceDeps, WorkbenchStore } from '../store';
import { analysisComputer, followNewResult } from './analysis';

/** The comparison with a reference (the *Vergelijking* tab): its form, the group column's values, the computed figures. */
export interface ReferenceSlice {
  referenceDraft: ReferenceDraft | null;
  /** False when nothing could be guessed from the columns (the form starts empty). */
  referenceGuessed: boolean;
  /** The figures shown; `referenceResult.analysis` is the analysis they were computed for. */
  referenceResult: ReferenceResult | null;
  /** Why the comparison was not computed (the form's problem or the engine's refusal), shown in the panel. */
  referenceProblem: Message | null;
  /** The values of the group column, for the "our school" select. */
  referenceGroups: { column: string; values: string[] } | null;
  setReferenceDraft(draft: ReferenceDraft): void;
  /** Starts the form from what the columns suggest (guessReference, guessOurs), unless a form is there already. */
  proposeReference(): Promise<void>;
  /** The values of a group column (asked once per column); our school is one of them. */
  loadReferenceGroups(column: string): Promise<string[]>;
  /** Computes the given analysis, or the form's. */
  computeReference(analysis?: ReferenceAnalysis): Promise<boolean>;
  /** Shows a saved view's comparison: the Vergelijking tab, its form, its figures computed. */
  showReference(reference: ViewReference): Promise<boolean>;
}

/** The reference state of a freshly opened project. */
export const REFERENCE_RESET = { referenceDraft: null, referenceGuessed: true, referenceResult: null, referenceProblem: null, referenceGroups: null } as const;

const DISTINCT_LIMIT = 200;

export function referenceSlice(deps: SliceDeps): ReferenceSlice {
  const { set, get, api } = deps;

  return {
    ...REFERENCE_RESET,
    setReferenceDraft: (referenceDraft) => set({ referenceDraft }),
    async loadReferenceGroups(column) {
      const known = get().referenceGroups;
      if (known?.column === column) return known.values;
      const out = await get().run(() => api['table.distinct']({ recipe: null, column, limit: DISTINCT_LIMIT }));
      const values = (out?.values ?? []).flatMap((v) => (v.value === null || String(v.value).trim() === '' ? [] : [String(v.value)]));
      set({ referenceGroups: { column, values } });
      return values;
    },
    async proposeReference() {
      const columns = get().project?.result?.columns;
      if (!columns || get().referenceDraft) return;
      const guess = guessReference(columns);
      let draft = guess ? draftOf(guess) : emptyDraft();
      if (guess) {
        const values = await get().loadReferenceGroups(guess.group);
        draft = { ...draft, ours: guessOurs(values) ?? '' };
      }
      // A view restored meanwhile brought its own form.
      if (get().referenceDraft) return;
      set({ referenceDraft: draft, referenceGuessed: guess !== null });
    },
    computeReference: analysisComputer(deps, {
      draft: () => get().referenceDraft,
      analysisOf,
      ask: (analysis: ReferenceAnalysis) => api['analysis.reference']({ recipe: null, analysis }),
      problem: (referenceProblem) => set({ referenceProblem }),
      // A refusal (no column of numbers, duplicates, no row of our school) is shown in the panel, in place.
      refused: (referenceProblem) => set({ referenceProblem, referenceResult: null }),
      computed(result) {
        const columns = get().project?.result?.columns ?? [];
        set({
          referenceResult: result,
          // A view always carries a chart spec too: the form's, or the one the chart tab would start from.
          chartSpec: get().chartSpec ?? fitChartSpec(columns, null),
        });
      },
    }),
    async showReference(reference) {
      set({ analysisTab: 'reference', referenceDraft: draftOf(reference.analysis), referenceGuessed: true, referenceResult: null, referenceProblem: null });
      return get().computeReference(reference.analysis);
    },
  };
}

/**
 * The comparison follows the recipe: a new result computes shown figures again (a refusal shows
 * in the panel); a form whose columns are gone is proposed afresh from the new table.
 */
export function followRecipeWithReference(store: WorkbenchStore): void {
  followNewResult(store, (state) => {
    // Another table's values: ask again when needed.
    if (state.referenceGroups) store.setState({ referenceGroups: null });
    const shown = state.referenceResult;
    const draft = state.referenceDraft;
    const columns = state.project?.result?.columns ?? [];
    if (shown) void state.computeReference(shown.analysis);
    else if (draft && (!fitsColumns(draft, columns) || (!state.referenceGuessed && draft.group === '' && draft.mean === ''))) store.setState({ referenceDraft: null, referenceProblem: null });
  });
}
