import { message, type Message } from '../../../../shared/model/message';
import type { MatchDiagnostics } from '../../../../shared/model/recipe/steps/match';
import { rowReader, type Session } from '../../db/session';
import type { SqlQuery } from '../../db/sql';
import type { MatchPlan } from './plan';

export const SAMPLE_UNMATCHED = 5;

/** The CTE holding the step's result rows, for counting them beside the matcher's CTEs. */
export const OUTPUT_CTE = 'wbm_out';

/**
 * One query computing MatchDiagnostics from the matcher's CTEs and `wbm_out` (the result rows).
 * `query` puts a body behind the CTEs up to the step's input and the given extra CTEs.
 */
export async function matchDiagnostics(
  session: Session,
  query: (body: string, extraCtes: string[]) => SqlQuery,
  plan: MatchPlan,
  outputSelect: string,
): Promise<MatchDiagnostics> {
  const unmatched = (p: 'l' | 'r') => `(SELECT * FROM wbm_${p}norm WHERE id NOT IN (SELECT ${p}id FROM wbm_match))`;
  const sample = (p: 'l' | 'r') =>
    `(SELECT coalesce(list(raw ORDER BY raw), []) FROM (SELECT raw FROM ${unmatched(p)} WHERE raw IS NOT NULL ORDER BY raw LIMIT ${SAMPLE_UNMATCHED}))`;
  const ambiguous = (p: 'l' | 'r') => `(SELECT count(*) FROM (SELECT ${p}id FROM wbm_review GROUP BY ${p}id HAVING count(*) > 1))`;
  const body = `SELECT
    (SELECT count(*) FROM wbm_lrows), (SELECT count(*) FROM wbm_rrows),
    (SELECT count(*) FROM wbm_lnorm), (SELECT count(*) FROM wbm_rnorm),
    (SELECT coalesce(sum(nrows), 0) FROM wbm_lnorm WHERE ut IS NULL), (SELECT coalesce(sum(nrows), 0) FROM wbm_rnorm WHERE ut IS NULL),
    (SELECT count(*) FROM wbm_scored),
    (SELECT count(*) FROM wbm_match WHERE how = 'auto'), (SELECT count(*) FROM wbm_match WHERE how = 'user'),
    (SELECT count(*) FROM wbm_review), (SELECT count(DISTINCT lid) FROM wbm_review), (SELECT count(DISTINCT rid) FROM wbm_review),
    ${ambiguous('l')}, ${ambiguous('r')},
    (SELECT coalesce(sum(nrows), 0) FROM ${unmatched('l')}), (SELECT coalesce(sum(nrows), 0) FROM ${unmatched('r')}),
    (SELECT count(*) FROM wbm_dapp),
    (SELECT count(*) FROM ${OUTPUT_CTE}),
    ${sample('l')}, ${sample('r')}`;
  const row = (await session.queryRaw(query(body, [...plan.ctes, `${OUTPUT_CTE} AS (${outputSelect})`])))[0]!;
  const { n, list } = rowReader(row);
  return {
    leftRows: n(0),
    rightRows: n(1),
    leftRecords: n(2),
    rightRecords: n(3),
    emptyNamesLeft: n(4),
    emptyNamesRight: n(5),
    pairs: n(6),
    acceptedAuto: n(7),
    acceptedByUser: n(8),
    reviewPairs: n(9),
    reviewLeft: n(10),
    reviewRight: n(11),
    ambiguousLeft: n(12),
    ambiguousRight: n(13),
    unmatchedLeft: n(14),
    unmatchedRight: n(15),
    decisionsApplied: n(16),
    decisionsNotApplied: plan.decisionCount - n(16),
    resultRows: n(17),
    sampleUnmatchedLeft: list(18),
    sampleUnmatchedRight: list(19),
  };
}

/** What a headless run says about a match: what waits for review, what matched nothing. */
export function matchWarnings(d: MatchDiagnostics, source: string, how: 'left' | 'inner'): Message[] {
  const out: Message[] = [];
  if (d.acceptedAuto + d.acceptedByUser === 0) out.push(message('engine.match.nothing', { source }));
  if (d.reviewPairs > 0) out.push(message('engine.match.toReview', { source, pairs: d.reviewPairs, left: d.reviewLeft, right: d.reviewRight }));
  // Identical rows are one record: a record matched to one listed twice gets both (as a join does).
  if (d.resultRows > (how === 'left' ? d.leftRows : d.leftRows - d.unmatchedLeft)) out.push(message('engine.match.repeatsRows', { source, rows: d.resultRows, before: d.leftRows }));
  if (d.decisionsNotApplied > 0) out.push(message('engine.match.staleDecisions', { source, n: d.decisionsNotApplied }));
  // A row of the source that found nobody, not even a candidate to review: say so, with examples.
  if (d.unmatchedRight > d.reviewRight) {
    const examples = d.sampleUnmatchedRight.map((s) => `"${s}"`).join(', ');
    out.push(message('engine.match.unmatchedRight', { source, n: d.unmatchedRight - d.reviewRight, examples }));
  }
  if (d.emptyNamesLeft > 0 || d.emptyNamesRight > 0) {
    out.push(message('engine.match.emptyNames', { source, left: d.emptyNamesLeft, right: d.emptyNamesRight }));
  }
  return out;
}
