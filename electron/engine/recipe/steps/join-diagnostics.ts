import { message, type Message } from '../../../../shared/model/message';
import type { JoinDiagnostics, JoinKind } from '../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../shared/model/table';
import { rowReader, type Session } from '../../db/session';
import type { SqlQuery } from '../../db/sql';
import { compositeKey, originalKey } from './join-keys';
import type { WithSteps } from './types';

/** What the diagnostics query needs of a compiled join. */
export interface JoinPlan {
  how: JoinKind;
  leftKeys: ColumnInfo[];
  rightKeys: ColumnInfo[];
  /** Subqueries of each side with the compared keys added as columns `__wb_k0`, `__wb_k1`, … */
  leftKeyed: string;
  rightKeyed: string;
}

export const SAMPLE_UNMATCHED = 5;

/**
 * The result's row count of each kind of join, from the counts the query has: pairs of matched
 * rows, rows without a partner and rows with an empty key on each side, and the left rows that
 * have a partner.
 */
function resultRowsSql(how: JoinKind): string {
  const pairs = '(SELECT coalesce(sum(ln * rn), 0) FROM wb_m)';
  const leftAlone = '(SELECT coalesce(sum(n), 0) FROM wb_lu) + (SELECT count(*) FROM wb_lk WHERE k IS NULL)';
  const rightAlone = '(SELECT coalesce(sum(n), 0) FROM wb_ru) + (SELECT count(*) FROM wb_rk WHERE k IS NULL)';
  switch (how) {
    case 'inner':
      return pairs;
    case 'left':
      return `${pairs} + ${leftAlone}`;
    case 'right':
      return `${pairs} + ${rightAlone}`;
    case 'full':
      return `${pairs} + ${leftAlone} + ${rightAlone}`;
    case 'anti':
      return leftAlone;
    case 'semi':
      return '(SELECT coalesce(sum(ln), 0) FROM wb_m)';
  }
}

/**
 * One query computing JoinDiagnostics. Columns, in order: leftRows, rightRows, matchedKeys,
 * unmatchedLeft, unmatchedRight, duplicateKeysLeft, duplicateKeysRight, emptyKeysLeft,
 * emptyKeysRight, repeatedLeftRows, repeatedRightRows, manyToManyKeys, resultRows,
 * sampleUnmatchedLeft (list), sampleUnmatchedRight (list). Rows with an empty key are counted
 * as empty, not as unmatched.
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
  const sample = (t: string) => `(SELECT coalesce(list(o ORDER BY o), []) FROM (SELECT o FROM ${t} ORDER BY o LIMIT ${SAMPLE_UNMATCHED}))`;
  const body = `SELECT
    (SELECT count(*) FROM wb_lk),
    (SELECT count(*) FROM wb_rk),
    (SELECT count(*) FROM wb_m),
    (SELECT coalesce(sum(n), 0) FROM wb_lu),
    (SELECT coalesce(sum(n), 0) FROM wb_ru),
    (SELECT count(*) FROM wb_lc WHERE n > 1),
    (SELECT count(*) FROM wb_rc WHERE n > 1),
    (SELECT count(*) FROM wb_lk WHERE k IS NULL),
    (SELECT count(*) FROM wb_rk WHERE k IS NULL),
    (SELECT coalesce(sum(ln), 0) FROM wb_m WHERE rn > 1),
    (SELECT coalesce(sum(rn), 0) FROM wb_m WHERE ln > 1),
    (SELECT count(*) FROM wb_m WHERE ln > 1 AND rn > 1),
    ${resultRowsSql(plan.how)},
    ${sample('wb_lu')},
    ${sample('wb_ru')}`;
  return withSteps(body, extra);
}

/**
 * Whether a join of this kind repeats rows of the table it keeps: a left row with several
 * partners appears several times after an inner, left or full join; a source row with several
 * partners after a right join. Semi and anti joins keep each row at most once.
 */
export function multipliesRows(how: JoinKind, repeatedLeftRows: number, repeatedRightRows: number): boolean {
  switch (how) {
    case 'inner':
    case 'left':
    case 'full':
      return repeatedLeftRows > 0;
    case 'right':
      return repeatedRightRows > 0;
    case 'anti':
    case 'semi':
      return false;
  }
}

/** How the join matches: keys, duplicates, empties, samples. */
export async function joinDiagnostics(session: Session, withSteps: WithSteps, plan: JoinPlan): Promise<JoinDiagnostics> {
  const row = (await session.queryRaw(joinDiagnosticsSql(withSteps, plan)))[0]!;
  const { n, list } = rowReader(row);
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
    repeatedLeftRows: n(9),
    repeatedRightRows: n(10),
    manyToManyKeys: n(11),
    multipliesRows: multipliesRows(plan.how, n(9), n(10)),
    resultRows: n(12),
    sampleUnmatchedLeft: list(13),
    sampleUnmatchedRight: list(14),
  };
}

/** The key pairs in words for a message: `Klas = Klas, Naam = naam`. */
export function keyPairsText(leftKeys: ColumnInfo[], rightKeys: ColumnInfo[]): string {
  return leftKeys.map((l, k) => `${l.name} = ${rightKeys[k]!.name}`).join(', ');
}

export function joinWarnings(d: JoinDiagnostics, how: JoinKind, right: string, keys: string): Message[] {
  const out: Message[] = [];
  if (d.matchedKeys === 0) out.push(message('engine.joinMatchedNothing', { source: right }));
  if (d.multipliesRows) {
    const before = how === 'right' ? d.rightRows : d.leftRows;
    const repeated = how === 'right' ? d.repeatedRightRows : d.repeatedLeftRows;
    out.push(message('engine.joinMultipliesRows', { source: right, keys, repeated, before, result: d.resultRows }));
  }
  // Semi and anti joins keep each row once: duplicate keys change nothing there.
  if ((d.duplicateKeysLeft > 0 || d.duplicateKeysRight > 0) && how !== 'semi' && how !== 'anti') {
    out.push(message('engine.joinDuplicateKeys', { source: right, left: d.duplicateKeysLeft, right: d.duplicateKeysRight }));
  }
  if (d.emptyKeysLeft > 0 || d.emptyKeysRight > 0) {
    out.push(message('engine.joinEmptyKeys', { source: right, left: d.emptyKeysLeft, right: d.emptyKeysRight }));
  }
  return out;
}
