import { WerkbankError } from '../../../../shared/api/errors';
import type { JoinKind, JoinStep } from '../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../shared/model/table';
import { ROW_ORDER_COLUMN } from '../../db/reserved';
import { ident } from '../../db/sql';
import { columnOf } from './columns';
import { joinDiagnostics, joinWarnings, keyPairsText, type JoinPlan } from './join-diagnostics';
import { keyExpressions, keysEqual, withKeys } from './join-keys';
import { orderColumnAt, sideColumnAt } from './order';
import type { SourceTable, StepEnv, StepModule, StepPart } from './types';

export { SAMPLE_UNMATCHED } from './join-diagnostics';

/**
 * Joins a source onto the table. Inner and left joins: every column of the table, then the
 * source's columns except its keys. Right and full joins keep the source's keys too (a source row
 * without a partner has no value in the table's key columns). Semi and anti joins keep the table's
 * columns only.
 *
 * Row order: the table's rows in their order, each with its partners in the source's order (the
 * source's row order becomes an order column after the table's); a right or full join puts the
 * source's rows without a partner after them, in the source's order.
 */
export const joinStep: StepModule<JoinStep> = {
  columns(step, input, env) {
    const right = sourceOf(step.right, env);
    checkKeys(step, input, right);
    return [...input, ...rightColumns(input, right, step).map((c) => c.to)];
  },
  compile(step, input, env) {
    const right = sourceOf(step.right, env);
    const { leftKeys, rightKeys } = checkKeys(step, input.columns, right);
    const [leftExprs, rightExprs] = keyExpressions(step.keys, leftKeys, rightKeys);
    const plan: JoinPlan = {
      how: step.how,
      leftKeys,
      rightKeys,
      leftKeyed: withKeys(input.cte, leftExprs),
      rightKeyed: withKeys(ident(right.table), rightExprs),
    };
    const on = keysEqual(leftKeys.length);
    const leftCols = input.columns.map((c) => `l.${ident(c.name)}`);
    const leftOrder = input.orderColumns.map((o) => `l.${ident(o)}`);
    const findings: StepPart['findings'] = async (session, withSteps) => {
      const join = await joinDiagnostics(session, withSteps, plan);
      return { warnings: joinWarnings(join, step.how, right.name, keyPairsText(leftKeys, rightKeys)), join };
    };

    if (step.how === 'semi' || step.how === 'anti') {
      // Each row of the table once: EXISTS, which DuckDB runs as a semi or anti hash join.
      const exists = `EXISTS (SELECT 1 FROM ${plan.rightKeyed} AS r WHERE ${on})`;
      return {
        body: `SELECT ${[...leftCols, ...leftOrder].join(', ')} FROM ${plan.leftKeyed} AS l WHERE ${step.how === 'anti' ? 'NOT ' : ''}${exists}`,
        orderColumns: input.orderColumns,
        findings,
      };
    }

    const orderK = orderColumnAt(env.position);
    const rightCols = rightColumns(input.columns, right, step).map(({ from, to }) => `r.${ident(from.name)} AS ${ident(to.name)}`);
    const rightOrder = `r.${ident(ROW_ORDER_COLUMN)} AS ${ident(orderK)}`;
    if (step.how === 'inner' || step.how === 'left') {
      return {
        body: `SELECT ${[...leftCols, ...rightCols, ...leftOrder, rightOrder].join(', ')} FROM ${plan.leftKeyed} AS l ${SQL_JOIN[step.how]} JOIN ${plan.rightKeyed} AS r ON ${on}`,
        orderColumns: [...input.orderColumns, orderK],
        findings,
      };
    }
    // Right and full: a first order column puts the source's rows without a table row (every
    // order column of the table empty: a row always has one) after the others.
    const side = sideColumnAt(env.position);
    const noLeft = `coalesce(${leftOrder.join(', ')}) IS NULL`;
    const sideSql = `CAST(CASE WHEN ${noLeft} THEN 1 ELSE 0 END AS BIGINT) AS ${ident(side)}`;
    return {
      body: `SELECT ${[...leftCols, ...rightCols, sideSql, ...leftOrder, rightOrder].join(', ')} FROM ${plan.leftKeyed} AS l ${SQL_JOIN[step.how]} JOIN ${plan.rightKeyed} AS r ON ${on}`,
      orderColumns: [side, ...input.orderColumns, orderK],
      findings,
    };
  },
};

const SQL_JOIN: Record<Exclude<JoinKind, 'semi' | 'anti'>, string> = { inner: 'INNER', left: 'LEFT', right: 'RIGHT', full: 'FULL OUTER' };

function sourceOf(id: string, env: StepEnv): SourceTable {
  const found = env.sources.get(id);
  if (!found) throw new WerkbankError('errors.recipe.unknownSource', { source: id });
  return found;
}

function checkKeys(step: JoinStep, input: ColumnInfo[], right: SourceTable): { leftKeys: ColumnInfo[]; rightKeys: ColumnInfo[] } {
  return { leftKeys: step.keys.map((k) => columnOf(input, k.left)), rightKeys: step.keys.map((k) => columnOf(right.columns, k.right)) };
}

/**
 * Right-side columns kept after a join: none for a semi or anti join; the key columns are
 * dropped by an inner or left join (their values equal the table's), kept by a right or full
 * one. A name that clashes with the left (DuckDB compares names case-insensitively) gets the
 * right source's name as suffix.
 */
function rightColumns(left: ColumnInfo[], right: SourceTable, step: JoinStep): { from: ColumnInfo; to: ColumnInfo }[] {
  if (step.how === 'semi' || step.how === 'anti') return [];
  const dropKeys = step.how === 'inner' || step.how === 'left';
  const keys = new Set(step.keys.map((k) => k.right));
  const taken = new Set(left.map((c) => c.name.toLowerCase()));
  const out: { from: ColumnInfo; to: ColumnInfo }[] = [];
  for (const col of right.columns) {
    if (dropKeys && keys.has(col.name)) continue;
    let name = col.name;
    for (let n = 1; taken.has(name.toLowerCase()); n++) {
      name = n === 1 ? `${col.name} (${right.name})` : `${col.name} (${right.name} ${n})`;
    }
    taken.add(name.toLowerCase());
    out.push({ from: col, to: { ...col, name } });
  }
  return out;
}
