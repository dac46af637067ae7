import type { Message } from '../../../../shared/model/message';
import type { ProjectState } from '../../../../shared/model/project';
import { toUserMessage } from '../errors';
import type { SliceDeps, WorkbenchState, WorkbenchStore } from '../store';
import { dataVersion } from './project';

/** How an analysis panel's slice computes its figures: where its form is, how the engine is asked, where the answer goes. */
interface Computation<D, A, R> {
  draft(): D | null;
  /** The form's analysis, or the problem that keeps it from being one. */
  analysisOf(draft: D): { analysis: A } | { problem: Message };
  ask(analysis: A): Promise<R>;
  /** Shows the panel's problem; null clears it. */
  problem(problem: Message | null): void;
  /** The engine refused: shows why, in place of the figures. */
  refused(problem: Message): void;
  computed(result: R): void;
}

/**
 * The compute action of an analysis panel: computes the given analysis, or the form's; true when
 * figures were computed. Answers of an earlier computation that arrive after a later one was
 * asked for are dropped; a refusal (any error of the engine) is shown in the panel, in place.
 */
export function analysisComputer<D, A, R>({ get }: SliceDeps, c: Computation<D, A, R>): (given?: A) => Promise<boolean> {
  let round = 0;
  return async (given) => {
    let analysis = given;
    if (!analysis) {
      const draft = c.draft();
      if (!draft) return false;
      const out = c.analysisOf(draft);
      if ('problem' in out) {
        c.problem(out.problem);
        return false;
      }
      analysis = out.analysis;
    }
    const mine = ++round;
    c.problem(null);
    const outcome = await get().run(async (): Promise<{ result: R } | { problem: Message }> => {
      try {
        return { result: await c.ask(analysis) };
      } catch (error) {
        return { problem: toUserMessage(error) };
      }
    });
    if (mine !== round || !outcome) return false;
    if ('problem' in outcome) {
      c.refused(outcome.problem);
      return false;
    }
    c.computed(outcome.result);
    return true;
  };
}

/** What an analysis's figures depend on: the recipe and the data of its sources; null without a result. */
function resultKey(project: ProjectState | null): string | null {
  return project?.result ? `${JSON.stringify(project.recipe)}|${dataVersion(project)}` : null;
}

/** Calls `onNewResult` with the state whenever the project has a result of another recipe or other data than before. */
export function followNewResult(store: WorkbenchStore, onNewResult: (state: WorkbenchState) => void): void {
  let key = resultKey(store.getState().project);
  store.subscribe((state, previous) => {
    if (state.project === previous.project) return;
    const next = resultKey(state.project);
    if (next === key) return;
    key = next;
    if (next !== null) onNewResult(state);
  });
}
