import { WerkbankError } from '../../../shared/api/errors';
import type { RecipeResult } from '../../../shared/model/project';
import type { JoinDiagnostics, StepReport } from '../../../shared/model/recipe';
import type { Session } from '../db/session';
import { type CompiledRecipe, finalStep, stepCountsSql, withStepsUpTo } from './compile';

/**
 * Row counts (one query for all steps), columns, warnings and diagnostics after every step of a
 * compiled recipe, one report per step, keyed by the step's id.
 */
export async function evaluateRecipe(session: Session, compiled: CompiledRecipe): Promise<RecipeResult> {
  const counts = (await session.query(stepCountsSql(compiled))).rows[0]!.map(Number);
  const steps: StepReport[] = [];
  for (let i = 1; i < compiled.steps.length; i++) {
    const step = compiled.steps[i]!;
    const found = await step.part!.findings(session, withStepsUpTo(compiled, i), { before: counts[i - 1]!, after: counts[i]! });
    steps.push({ id: step.id!, kind: step.kind, rowsAfter: counts[i]!, columns: step.columns, warnings: found.warnings, ...(found.join ? { join: found.join } : {}), ...(found.match ? { match: found.match } : {}) });
  }
  const last = finalStep(compiled);
  const rowCount = counts[counts.length - 1]!;
  const broken = compiled.broken;
  if (!broken) return { columns: last.columns, rowCount, steps };
  // The step that no longer fits says why; the ones after it did not run. Both show the table they got.
  broken.unrun.forEach((step, k) => {
    const stopped = { id: step.id, kind: step.kind, rowsAfter: rowCount, columns: last.columns, warnings: [] };
    steps.push(k === 0 ? { ...stopped, error: broken.error.toMessage() } : { ...stopped, notRun: true });
  });
  return { columns: last.columns, rowCount, steps, stoppedAt: broken.id };
}

/**
 * The match diagnostics of the last step of a compiled recipe, a join, without counting rows.
 * A switched-off join passes its table on unjoined and has none: that request is refused.
 */
export async function lastJoinDiagnostics(session: Session, compiled: CompiledRecipe): Promise<JoinDiagnostics> {
  const index = compiled.steps.length - 1;
  const found = await compiled.steps[index]!.part?.findings(session, withStepsUpTo(compiled, index), null);
  if (found?.join) return found.join;
  const detail = compiled.steps[index]!.kind === 'join' ? 'step: a switched-off join has no match diagnostics' : 'step: not a join';
  throw new WerkbankError('errors.invalidRequest', { channel: 'join.preview', detail });
}
