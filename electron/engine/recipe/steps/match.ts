import { WerkbankError } from '../../../../shared/api/errors';
import type { MatchStep, MatchStepDraft } from '../../../../shared/model/recipe/steps/match';
import type { ColumnInfo } from '../../../../shared/model/table';
import { RESERVED_PREFIX, ROW_ORDER_COLUMN } from '../../db/reserved';
import { ident } from '../../db/sql';
import { matchDiagnostics, matchWarnings } from '../matching/diagnostics';
import { type MatchPlan, matchPlan, RECORD_ID } from '../matching/plan';
import { orderColumnAt } from './order';
import type { Relation, SourceTable, StepEnv, StepModule } from './types';

/**
 * Matches a source onto the table by pupils' names (no shared id): see
 * shared/model/recipe/steps/match.ts for the model and recipe/matching/ for the SQL. The result:
 * the table's columns, the source's columns (renamed on a clash, like a join), the optional score
 * column. The source's row order becomes an order column of its own, after the table's.
 */
export const matchStep: StepModule<MatchStep> = {
  columns(step, input, env) {
    const right = sourceOf(step.right, env);
    matchPlan(step, { from: '', columns: input }, { from: '', columns: right.columns }, () => 'NULL');
    return outputColumns(step, input, right).map((c) => c.to);
  },
  compile(step, input, env) {
    const { plan, select, orderColumns, right } = matchQuery(step, input, env);
    return {
      body: `WITH ${plan.ctes.join(',\n')}\n${select}`,
      orderColumns,
      findings: async (session, withSteps) => {
        const match = await matchDiagnostics(session, withSteps, plan, select);
        return { warnings: matchWarnings(match, right.name, step.how), match };
      },
    };
  },
};

/**
 * The matcher's CTEs over the step's input and the source, and the SELECT of the result rows over
 * them (the step's body; the review list reuses both).
 */
export function matchQuery(step: MatchStepDraft, input: Relation, env: StepEnv): { plan: MatchPlan; select: string; orderColumns: string[]; right: SourceTable } {
  const right = sourceOf(step.right, env);
  const plan = matchPlan(step, { from: input.cte, columns: input.columns }, { from: ident(right.table), columns: right.columns }, env.bind);
  const orderK = orderColumnAt(env.position);
  return { plan, select: outputSelect(step, input, right, orderK), orderColumns: [...input.orderColumns, orderK], right };
}

export function sourceOf(id: string, env: Pick<StepEnv, 'sources'>): SourceTable {
  const found = env.sources.get(id);
  if (!found) throw new WerkbankError('errors.recipe.unknownSource', { source: id });
  return found;
}

interface OutputColumn {
  /** Where the value comes from: `l.` or `r.` and a column, or the score. */
  from: string;
  to: ColumnInfo;
}

/**
 * The result's columns: the table's, then the source's (a name that clashes with one before it,
 * without regard to case, gets the source's name as suffix), then the score column.
 */
function outputColumns(step: MatchStepDraft, left: ColumnInfo[], right: SourceTable): OutputColumn[] {
  const taken = new Set(left.map((c) => c.name.toLowerCase()));
  const out: OutputColumn[] = left.map((c) => ({ from: `l.${ident(c.name)}`, to: c }));
  for (const col of right.columns) {
    let name = col.name;
    for (let n = 1; taken.has(name.toLowerCase()); n++) name = n === 1 ? `${col.name} (${right.name})` : `${col.name} (${right.name} ${n})`;
    taken.add(name.toLowerCase());
    out.push({ from: `r.${ident(col.name)}`, to: { ...col, name } });
  }
  if (step.scoreColumn !== null) {
    const name = step.scoreColumn;
    if (name.trim() === '') throw new WerkbankError('errors.recipe.emptyColumnName');
    if (name.startsWith(RESERVED_PREFIX)) throw new WerkbankError('errors.recipe.reservedColumnName', { name });
    if (taken.has(name.toLowerCase())) throw new WerkbankError('errors.recipe.duplicateColumnName', { name });
    out.push({ from: 's.total', to: { name, type: 'decimal' } });
  }
  return out;
}

/** The result rows over the matcher's CTEs: each row of the table with its partner's row, if any. */
function outputSelect(step: MatchStepDraft, input: Relation, right: SourceTable, orderK: string): string {
  const columns = outputColumns(step, input.columns, right);
  const select = [
    ...columns.map((c) => `${c.from === 's.total' ? 'CAST(s.total AS DOUBLE)' : c.from} AS ${ident(c.to.name)}`),
    ...input.orderColumns.map((o) => `l.${ident(o)}`),
    `r.${ident(ROW_ORDER_COLUMN)} AS ${ident(orderK)}`,
  ];
  const join = step.how === 'inner' ? 'JOIN' : 'LEFT JOIN';
  const score = step.scoreColumn !== null ? ' LEFT JOIN wbm_scored s ON s.lid = m.lid AND s.rid = m.rid' : '';
  return `SELECT ${select.join(', ')} FROM wbm_lrows l ${join} wbm_match m ON m.lid = l.${RECORD_ID} ${join} wbm_rrows r ON r.${RECORD_ID} = m.rid${score}`;
}
