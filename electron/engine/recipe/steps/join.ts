import { WerkbankError } from '../../../../shared/api/errors';
import { message, type Message } from '../../../../shared/model/message';
import type { JoinDiagnostics, JoinStep } from '../../../../shared/model/recipe';
import { displayCell, type ColumnInfo } from '../../../../shared/model/table';
import { joinKeyColumn, joinStageColumn, ROW_ORDER_COLUMN } from '../../db/reserved';
import { type Session, toCell } from '../../db/session';
import { duckType, ident, type SqlQuery, str } from '../../db/sql';
import { columnOf } from './columns';
import { orderColumnAt } from './order';
import type { SourceTable, StepEnv, StepModule, WithSteps } from './types';

/**
 * Joins a source onto the table: every column of the table, then the source's columns except its
 * keys. The source's row order becomes an order column of its own, after the table's.
 */
export const joinStep: StepModule<JoinStep> = {
  columns(step, input, env) {
    const right = sourceOf(step.right, env);
    checkKeys(step, input, right);
    return [...input, ...rightColumns(input, right, step.rightKeys).map((c) => c.to)];
  },
  compile(step, input, env) {
    const right = sourceOf(step.right, env);
    const { leftKeys, rightKeys } = checkKeys(step, input.columns, right);
    const orderK = orderColumnAt(env.position);
    const select = [
      ...input.columns.map((c) => `l.${ident(c.name)}`),
      ...rightColumns(input.columns, right, step.rightKeys).map(({ from, to }) => `r.${ident(from.name)} AS ${ident(to.name)}`),
      ...input.orderColumns.map((o) => `l.${ident(o)}`),
      `r.${ident(ROW_ORDER_COLUMN)} AS ${ident(orderK)}`,
    ];
    const [leftExprs, rightExprs] = keyExpressions(leftKeys, rightKeys, step.normalizeKeys);
    const plan: JoinPlan = { step, leftKeys, rightKeys, leftKeyed: withKeys(input.cte, leftExprs), rightKeyed: withKeys(ident(right.table), rightExprs) };
    const on = leftKeys.map((_, k) => `l.${keyColumn(k)} = r.${keyColumn(k)}`).join(' AND ');
    const how = step.how === 'inner' ? 'INNER' : 'LEFT';
    return {
      body: `SELECT ${select.join(', ')} FROM ${plan.leftKeyed} AS l ${how} JOIN ${plan.rightKeyed} AS r ON ${on}`,
      orderColumns: [...input.orderColumns, orderK],
      findings: async (session, withSteps) => {
        const join = await joinDiagnostics(session, withSteps, plan);
        return { warnings: joinWarnings(join, right.name), join };
      },
    };
  },
};

interface JoinPlan {
  step: JoinStep;
  leftKeys: ColumnInfo[];
  rightKeys: ColumnInfo[];
  /** Subqueries of each side with the compared keys added as columns `__wb_k0`, `__wb_k1`, … */
  leftKeyed: string;
  rightKeyed: string;
}

function sourceOf(id: string, env: StepEnv): SourceTable {
  const found = env.sources.get(id);
  if (!found) throw new WerkbankError('errors.recipe.unknownSource', { source: id });
  return found;
}

function checkKeys(step: JoinStep, input: ColumnInfo[], right: SourceTable): { leftKeys: ColumnInfo[]; rightKeys: ColumnInfo[] } {
  if (step.leftKeys.length !== step.rightKeys.length) {
    throw new WerkbankError('errors.recipe.keyCountMismatch', { left: step.leftKeys.length, right: step.rightKeys.length });
  }
  return { leftKeys: step.leftKeys.map((k) => columnOf(input, k)), rightKeys: step.rightKeys.map((k) => columnOf(right.columns, k)) };
}

/**
 * Right-side columns kept after a join: the key columns are dropped; a name that clashes with
 * the left (DuckDB compares names case-insensitively) gets the right source's name as suffix.
 */
function rightColumns(left: ColumnInfo[], right: SourceTable, rightKeys: string[]): { from: ColumnInfo; to: ColumnInfo }[] {
  const taken = new Set(left.map((c) => c.name.toLowerCase()));
  const out: { from: ColumnInfo; to: ColumnInfo }[] = [];
  for (const col of right.columns) {
    if (rightKeys.includes(col.name)) continue;
    let name = col.name;
    for (let n = 1; taken.has(name.toLowerCase()); n++) {
      name = n === 1 ? `${col.name} (${right.name})` : `${col.name} (${right.name} ${n})`;
    }
    taken.add(name.toLowerCase());
    out.push({ from: col, to: { ...col, name } });
  }
  return out;
}

// ---- join keys -------------------------------------------------------------------------

/**
 * A key in two stages, each a column of its own: DuckDB hash-joins on plain columns fast,
 * while the same expressions written inside ON are evaluated far more slowly.
 */
interface KeyExpr {
  /** First stage, over the table's columns. */
  stage1: string;
  /** Second stage, over the first stage's column (`$`). */
  stage2: string;
}

const keyColumn = (k: number) => ident(joinKeyColumn(k));
const stageColumn = (k: number) => ident(joinStageColumn(k));

/** `(SELECT *, keys FROM (SELECT *, stage-1 FROM from))`. */
function withKeys(from: string, exprs: KeyExpr[]): string {
  const stage1 = exprs.map((e, k) => `${e.stage1} AS ${stageColumn(k)}`).join(', ');
  const stage2 = exprs.map((e, k) => `${e.stage2.replaceAll('$', stageColumn(k))} AS ${keyColumn(k)}`).join(', ');
  return `(SELECT *, ${stage2} FROM (SELECT *, ${stage1} FROM ${from}))`;
}

function keyExpressions(left: ColumnInfo[], right: ColumnInfo[], normalize: boolean): [KeyExpr[], KeyExpr[]] {
  if (normalize) return [left.map(normalizedKey), right.map(normalizedKey)];
  // Exact comparison, but an empty text key is still no key: blank rows must not match each other.
  const raw = (col: ColumnInfo, other: ColumnInfo): KeyExpr => {
    const c = duckType(col.type) === duckType(other.type) ? ident(col.name) : `CAST(${ident(col.name)} AS VARCHAR)`;
    return { stage1: duckType(col.type) === 'VARCHAR' || c !== ident(col.name) ? `nullif(${c}, '')` : c, stage2: '$' };
  };
  return [left.map((c, k) => raw(c, right[k]!)), right.map((c, k) => raw(c, left[k]!))];
}

/**
 * A key as trimmed, lower-case text, with numbers in one canonical form: an integral decimal
 * becomes an integer, and an all-digit text loses its leading zeros, so `0045123`,
 * ` 45123` and 45123 compare equal. Empty text becomes NULL, which never matches.
 */
function normalizedKey(col: ColumnInfo): KeyExpr {
  const c = ident(col.name);
  switch (col.type) {
    case 'integer':
    case 'date':
    case 'boolean':
      return { stage1: `CAST(${c} AS VARCHAR)`, stage2: '$' };
    case 'decimal':
      return {
        stage1: c,
        stage2: `CASE WHEN $ = trunc($) AND abs($) < 1e15 THEN CAST(CAST($ AS BIGINT) AS VARCHAR) ELSE CAST($ AS VARCHAR) END`,
      };
    case 'text':
    case 'identifier':
    case 'ordinal':
      return {
        stage1: `nullif(lower(trim(${c}, ${str(' \t\u00a0\r\n')})), '')`,
        stage2: `CASE WHEN regexp_full_match($, '[0-9]+') THEN coalesce(nullif(ltrim($, '0'), ''), '0') ELSE $ END`,
      };
  }
}

/** The key of a row of a keyed subquery, or NULL when any part is empty. */
function compositeKey(count: number): string {
  if (count === 1) return keyColumn(0);
  const parts = Array.from({ length: count }, (_, k) => keyColumn(k));
  return `CASE WHEN ${parts.map((p) => `${p} IS NULL`).join(' OR ')} THEN NULL ELSE concat_ws(chr(31), ${parts.map((p) => `CAST(${p} AS VARCHAR)`).join(', ')}) END`;
}

/** The key as the user wrote it, for showing unmatched samples. */
function originalKey(keys: ColumnInfo[]): string {
  const parts = keys.map((k) => `CAST(${ident(k.name)} AS VARCHAR)`);
  return parts.length === 1 ? parts[0]! : `concat_ws(' | ', ${parts.join(', ')})`;
}

export const SAMPLE_UNMATCHED = 5;

/**
 * One query computing JoinDiagnostics. Columns, in order: leftRows, rightRows, matchedKeys,
 * unmatchedLeft, unmatchedRight, duplicateKeysLeft, duplicateKeysRight, emptyKeysLeft,
 * emptyKeysRight, resultRows, sampleUnmatchedLeft (list), sampleUnmatchedRight (list). Rows with
 * an empty key are counted as empty, not as unmatched.
 */
function joinDiagnosticsSql(withSteps: WithSteps, plan: JoinPlan): SqlQuery {
  const n = plan.leftKeys.length;
  const extra = [
    `wb_lk AS (SELECT ${compositeKey(n)} AS k, ${originalKey(plan.leftKeys)} AS o FROM ${plan.leftKeyed})`,
    `wb_rk AS (SELECT ${compositeKey(n)} AS k, ${originalKey(plan.rightKeys)} AS o FROM ${plan.rightKeyed})`,
    `wb_lc AS (SELECT k, count(*) AS n, min(o) AS o FROM wb_lk WHERE k IS NOT NULL GROUP BY k)`,
    `wb_rc AS (SELECT k, count(*) AS n, min(o) AS o FROM wb_rk WHERE k IS NOT NULL GROUP BY k)`,
    `wb_lu AS (SELECT * FROM wb_lc WHERE NOT EXISTS (SELECT 1 FROM wb_rc WHERE wb_rc.k = wb_lc.k))`,
    `wb_ru AS (SELECT * FROM wb_rc WHERE NOT EXISTS (SELECT 1 FROM wb_lc WHERE wb_lc.k = wb_rc.k))`,
    `wb_m AS (SELECT wb_lc.n AS ln, wb_rc.n AS rn FROM wb_lc JOIN wb_rc ON wb_lc.k = wb_rc.k)`,
  ];
  const unmatchedLeft = '(SELECT coalesce(sum(n), 0) FROM wb_lu)';
  const emptyLeft = '(SELECT count(*) FROM wb_lk WHERE k IS NULL)';
  const matchedRows = '(SELECT coalesce(sum(ln * rn), 0) FROM wb_m)';
  const resultRows = plan.step.how === 'inner' ? matchedRows : `${matchedRows} + ${unmatchedLeft} + ${emptyLeft}`;
  const sample = (t: string) => `(SELECT coalesce(list(o ORDER BY o), []) FROM (SELECT o FROM ${t} ORDER BY o LIMIT ${SAMPLE_UNMATCHED}))`;
  const body = `SELECT
    (SELECT count(*) FROM wb_lk),
    (SELECT count(*) FROM wb_rk),
    (SELECT count(*) FROM wb_m),
    ${unmatchedLeft},
    (SELECT coalesce(sum(n), 0) FROM wb_ru),
    (SELECT count(*) FROM wb_lc WHERE n > 1),
    (SELECT count(*) FROM wb_rc WHERE n > 1),
    ${emptyLeft},
    (SELECT count(*) FROM wb_rk WHERE k IS NULL),
    ${resultRows},
    ${sample('wb_lu')},
    ${sample('wb_ru')}`;
  return withSteps(body, extra);
}

/** How the join matches: keys, duplicates, empties, samples. */
async function joinDiagnostics(session: Session, withSteps: WithSteps, plan: JoinPlan): Promise<JoinDiagnostics> {
  const row = (await session.queryRaw(joinDiagnosticsSql(withSteps, plan)))[0]!;
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
