import { message, type Message } from '../../../shared/model/message';
import type { RecipeResult } from '../../../shared/model/project';
import type { JoinDiagnostics, Recipe, StepReport } from '../../../shared/model/recipe';
import { displayCell } from '../../../shared/model/table';
import { type Session, toCell } from '../db/session';
import { type CompiledRecipe, finalStep, joinDiagnosticsSql, stepCountsSql } from './compile';

/** Row counts, warnings and join diagnostics after every step of a compiled recipe. */
export async function evaluateRecipe(session: Session, recipe: Recipe, compiled: CompiledRecipe): Promise<RecipeResult> {
  const counts = (await session.query(stepCountsSql(compiled))).rows[0]!.map(Number);
  const steps: StepReport[] = [];
  for (let i = 1; i < compiled.steps.length; i++) {
    const step = compiled.steps[i]!;
    const rowsAfter = counts[i]!;
    const warnings: Message[] = [];
    let join: JoinDiagnostics | undefined;
    if (step.join) {
      join = await joinDiagnostics(session, compiled, i);
      warnings.push(...joinWarnings(join, step.join.right.name));
    } else if (rowsAfter === 0 && counts[i - 1]! > 0) {
      const filter = recipe.steps[i - 1]!;
      warnings.push(message('engine.filterMatchedNothing', { column: filter.kind === 'filter' ? filter.column : '' }));
    }
    steps.push({ kind: step.kind, rowsAfter, warnings, ...(join ? { join } : {}) });
  }
  return { columns: finalStep(compiled).columns, rowCount: counts[counts.length - 1]!, steps };
}

/** How the join at `stepIndex` of a compiled recipe matches: keys, duplicates, empties, samples. */
export async function joinDiagnostics(session: Session, compiled: CompiledRecipe, stepIndex: number): Promise<JoinDiagnostics> {
  const row = (await session.queryRaw(joinDiagnosticsSql(compiled, stepIndex)))[0]!;
  const n = (i: number) => Number(toCell(row[i]!));
  const list = (i: number) => {
    const v = row[i] as { items?: readonly unknown[] } | null;
    return (v?.items ?? []).map((item) => String(displayCell(toCell(item as never))));
  };
  return {
    leftRows: n(0),
    rightRows: n(1),
    matchedKeys: n(2),
    unmatchedLeft: n(3),
    unmatchedRight: n(4),
    duplicateKeysLeft: n(5),
    duplicateKeysRight: n(6),
    emptyKeysLeft: n(7),
    emptyKeysRight: n(8),
    resultRows: n(9),
    sampleUnmatchedLeft: list(10),
    sampleUnmatchedRight: list(11),
  };
}

function joinWarnings(d: JoinDiagnostics, right: string): Message[] {
  const out: Message[] = [];
  if (d.matchedKeys === 0) out.push(message('engine.joinMatchedNothing', { source: right }));
  if (d.duplicateKeysLeft > 0 || d.duplicateKeysRight > 0) {
    out.push(message('engine.joinDuplicateKeys', { source: right, left: d.duplicateKeysLeft, right: d.duplicateKeysRight }));
  }
  if (d.emptyKeysLeft > 0 || d.emptyKeysRight > 0) {
    out.push(message('engine.joinEmptyKeys', { source: right, left: d.emptyKeysLeft, right: d.emptyKeysRight }));
  }
  return out;
}
