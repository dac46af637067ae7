import type { MatchDecision, MatchStepDraft, MatchSupportKind, MatchThresholds, RecordKey } from '../../../../shared/model/recipe/steps/match';
import { DEFAULT_MATCH_THRESHOLDS } from '../../../../shared/model/recipe/steps/match';
import type { ColumnInfo } from '../../../../shared/model/table';
import { ident, num, type SqlParam } from '../../db/sql';
import { columnOf } from '../steps/columns';
import { classDigits, foldedName, keyText, MAX_BLOCK_WORDS, normalName, rawName, sortedTokens, supportLevel, supportValue } from './normalize';
import { NAME_M_EXACT, NAME_OFFSETS, NAME_PRIOR_PAIRS, NAME_U_PRIOR, nameWeightSql, PARTIAL_SIMILARITY, SUPPORT_MODEL, SUPPORT_PRIOR_PAIRS, TYPO_SIMILARITY, U_MAX, U_MIN } from './weights';

/**
 * The matcher as a chain of CTEs (all named `wbm_…`), written into the step's own query and
 * reused by its findings and by the review list:
 *
 *   rows → records (identical rows are one record) → normal names → blocking keys → candidate
 *   pairs → scores per field → decisions → pool → best per record → rivals → matches
 *
 * Blocking: a pair is scored only when it shares a key `word|<ab` or `word|>yz`: one folded word
 * of the name in full, plus the first or the last letters of another word (three of a word of six
 * letters or more, two of a shorter one: one changed letter then always leaves one of the two
 * intact). A one-letter slip in one word, a missing second first name, or a folded particle keep
 * a shared key; unrelated pupils with a common first name do not share one.
 */

/** One side of the match. */
export interface MatchSide {
  /** A relation: the step's input CTE, or the source's table. */
  from: string;
  columns: ColumnInfo[];
  name: MatchStepDraft['leftName'];
  /** The supporting columns of this side, in the step's order. */
  support: { column: ColumnInfo; kind: MatchSupportKind }[];
  /** Columns that the decisions' record keys name on this side (existing ones only). */
  keyFields: ColumnInfo[];
}

export interface MatchPlan {
  left: MatchSide;
  right: MatchSide;
  thresholds: MatchThresholds;
  decisionCount: number;
  /** `name AS (…)` definitions, in order. */
  ctes: string[];
}

type Bind = (value: SqlParam) => string;

/** Checks a match step's columns against its two sides and builds its CTEs. */
export function matchPlan(step: MatchStepDraft, left: { from: string; columns: ColumnInfo[] }, right: { from: string; columns: ColumnInfo[] }, bind: Bind): MatchPlan {
  const sides = (['left', 'right'] as const).map((side): MatchSide => {
    const { from, columns } = side === 'left' ? left : right;
    const name = side === 'left' ? step.leftName : step.rightName;
    for (const column of name.kind === 'full' ? [name.column] : [name.first, name.last]) columnOf(columns, column);
    const support = step.support.map((s) => ({ column: columnOf(columns, s[side]), kind: s.kind }));
    const named = new Set(step.decisions.flatMap((d) => Object.keys(d[side]?.fields ?? {})));
    const keyFields = columns.filter((c) => named.has(c.name));
    return { from, columns, name, support, keyFields };
  });
  const plan: MatchPlan = {
    left: sides[0]!,
    right: sides[1]!,
    thresholds: { ...DEFAULT_MATCH_THRESHOLDS, ...step.thresholds },
    decisionCount: step.decisions.length,
    ctes: [],
  };
  plan.ctes = [...sideCtes('l', plan.left), ...sideCtes('r', plan.right), ...decisionCtes(plan, step.decisions, bind), ...weightCtes(plan), ...pairCtes(plan), ...assignCtes(plan)];
  return plan;
}

/** The most pairs one blocking key may make: 100 namesakes on each side. */
const MAX_BLOCK_PAIRS = 10_000;

/** The hidden record id of each row: a hash of its visible cells (identical rows, one record). */
export const RECORD_ID = '__wb_mid';

function sideCtes(p: 'l' | 'r', side: MatchSide): string[] {
  const visible = side.columns.map((c) => ident(c.name));
  const order = side.name.kind === 'full' ? side.name.order : 'split';
  const support = side.support.map((s, i) => `any_value(${supportValue(s.column, s.kind)}) AS s${i}`);
  const keys = side.keyFields.map((c, i) => `any_value(${keyText(c)}) AS f${i}`);
  // The grade of a class (its digits), once per record: class levels compare it on every candidate.
  const grades = side.support.map((s, i) => `, ${s.kind === 'class' ? classDigits(`s${i}`) : 'NULL'} AS g${i}`).join('');
  return [
    `wbm_${p}rows AS MATERIALIZED (SELECT *, hash(${visible.join(', ')}) AS ${RECORD_ID} FROM ${side.from})`,
    `wbm_${p}rec AS (SELECT ${RECORD_ID} AS id, count(*) AS nrows, any_value(${rawName(side.name, side.columns)}) AS raw${[...support, ...keys].map((s) => `, ${s}`).join('')} FROM wbm_${p}rows GROUP BY ${RECORD_ID})`,
    `wbm_${p}n1 AS (SELECT *, ${normalName('raw', order)} AS n${grades} FROM wbm_${p}rec)`,
    `wbm_${p}n2 AS (SELECT *, ${sortedTokens('n')} AS ut, ${sortedTokens(foldedName('n'))} AS gt, array_to_string(${sortedTokens('n')}, ' ') AS nkey FROM wbm_${p}n1)`,
    `wbm_${p}norm AS MATERIALIZED (SELECT *, array_to_string(gt, ' ') AS gkey FROM wbm_${p}n2)`,
    `wbm_${p}tok AS (SELECT * FROM (SELECT id, unnest(gt) AS tok, generate_subscripts(gt, 1) AS i FROM wbm_${p}norm WHERE gt IS NOT NULL) WHERE i <= ${MAX_BLOCK_WORDS})`,
    `wbm_${p}key AS (
      SELECT DISTINCT x.id, x.tok, x.k, n.nkey, n.gkey${side.support.map((_, i) => `, n.s${i}, n.g${i}`).join('')} FROM wbm_${p}norm n JOIN (
        SELECT a.id, a.tok, unnest([a.tok || '|<' || left(b.tok, b.w), a.tok || '|>' || right(b.tok, b.w)]) AS k
        FROM wbm_${p}tok a JOIN (SELECT *, CASE WHEN length(tok) >= 6 THEN 3 ELSE 2 END AS w FROM wbm_${p}tok) b ON a.id = b.id AND a.i <> b.i
        UNION ALL SELECT id, gt[1], gt[1] || '|' FROM wbm_${p}norm WHERE len(gt) = 1) x ON x.id = n.id)`,
  ];
}

/**
 * The weights of this table: u of an exact name and of each supporting field estimated on the
 * left side's distinct pupils (weights.ts), the prior from the number of pupils on either side.
 * One row: `prior`, `e` (exact name), and per support field `a<i>`, `c<i>`, `d<i>` (agree, close,
 * differ) with the u they came from.
 */
function weightCtes(plan: MatchPlan): string[] {
  const sup = plan.left.support;
  const cols = (p: string) => ['nkey', ...sup.map((_, i) => `${p}s${i}`)].join(', ');
  const pairsAlike = (c: string) => `coalesce(sum(${c} * (${c} - 1)), 0)`;
  const alike = (group: string) =>
    `(SELECT ${pairsAlike('c')} FROM (SELECT count(DISTINCT nkey) AS c FROM wbm_lp WHERE ${group} IS NOT NULL GROUP BY ${group}))`;
  // Pairs alike among pairs of pupils, with a prior worth `pseudo` pairs: a small table cannot
  // make a field decisive or worthless by chance (two namesakes among six pupils).
  const ratio = (k: string, n: string, prior: number, pseudo: number) =>
    `least(greatest((${k} + ${num(prior * pseudo)}) / (${n} * (${n} - 1) + ${num(pseudo)}), ${num(U_MIN)}), ${num(U_MAX)})`;
  const counts = [
    `(SELECT count(*) FROM wbm_lp) AS npl`,
    `(SELECT count(*) FROM (SELECT DISTINCT ${cols('')} FROM wbm_rnorm WHERE nkey IS NOT NULL)) AS npr`,
    `(SELECT ${pairsAlike('c')} FROM (SELECT count(*) AS c FROM wbm_lp GROUP BY nkey)) AS kn`,
    ...sup.flatMap((s, i) => {
      const close = SUPPORT_MODEL[s.kind].close;
      return [
        `${alike(`s${i}`)} AS k${i}`,
        `(SELECT count(*) FROM (SELECT DISTINCT nkey, s${i} FROM wbm_lp WHERE s${i} IS NOT NULL)) AS n${i}`,
        ...(typeof close === 'function' ? [] : [`${alike(close.group(`s${i}`))} AS kc${i}`]),
      ];
    }),
  ];
  const us = [
    `(kn + ${num(NAME_U_PRIOR * NAME_PRIOR_PAIRS)}) / (npl * (npl - 1) + ${num(NAME_PRIOR_PAIRS)}) AS un`,
    ...sup.flatMap((s, i) => {
      const { uDefault, close } = SUPPORT_MODEL[s.kind];
      const agree = `${ratio(`k${i}`, `n${i}`, uDefault, SUPPORT_PRIOR_PAIRS)} AS u${i}`;
      // Pupils alike in the close group but not equal.
      if (typeof close === 'function') return [agree, `0 AS uc${i}`];
      return [agree, `${ratio(`greatest(kc${i} - k${i}, 0)`, `n${i}`, close.uDefault, SUPPORT_PRIOR_PAIRS)} AS uc${i}`];
    }),
  ];
  const weights = [
    `log2(${num(NAME_M_EXACT)} / un) AS e`,
    `-log2(greatest(npl, npr, 2)) AS prior`,
    ...sup.flatMap((s, i) => {
      const { m, mDiffer } = SUPPORT_MODEL[s.kind];
      return [`log2(${num(m)} / u${i}) AS a${i}`, `log2(${num(mDiffer)} / greatest(1 - u${i} - uc${i}, 0.01)) AS d0${i}`];
    }),
  ];
  const close = sup.map((s, i) => {
    const model = SUPPORT_MODEL[s.kind].close;
    return `least(${typeof model === 'function' ? model(`a${i}`) : `log2(${num(model.m)} / uc${i})`}, a${i}) AS c${i}`;
  });
  return [
    `wbm_lp AS MATERIALIZED (SELECT DISTINCT ${cols('')} FROM wbm_lnorm WHERE nkey IS NOT NULL)`,
    `wbm_w AS MATERIALIZED (
      SELECT *${sup.map((_, i) => `, least(d0${i}, c${i}) AS d${i}`).join('')} FROM (
        SELECT *${close.map((c) => `, ${c}`).join('')} FROM (
          SELECT *, ${weights.join(', ')} FROM (
            SELECT *, ${us.join(', ')} FROM (SELECT ${counts.join(', ')})))))`,
  ];
}

/** The weight of support field `i` at a level (1 agree, 2 close, 3 differ, 4 missing), from `wbm_w w`. */
function supportWeight(i: number, level: string, w = 'w'): string {
  return `CASE ${level} WHEN 1 THEN ${w}.a${i} WHEN 2 THEN ${w}.c${i} WHEN 3 THEN ${w}.d${i} ELSE 0 END`;
}

/** Candidate pairs and their scores: a level and a weight per field, the prior, and the total. */
function pairCtes(plan: MatchPlan): string[] {
  const sup = plan.left.support.map((s, i) => ({ kind: s.kind, l: `l.s${i}`, r: `r.s${i}`, lg: `l.g${i}`, rg: `r.g${i}` }));
  const levels = sup.map((s) => supportLevel(s.kind, s.l, s.r, s.lg, s.rg)).map((x, i) => `${x} AS sl${i}`);
  const supportWeights = sup.map((_, i) => `${supportWeight(i, `sl${i}`)} AS sw${i}`);
  const others = ['prior', ...sup.map((_, i) => `sw${i}`)].join(' + ');
  return [
    // Pairs sharing a blocking key, with the number of words they share in full (`nex`: the word
    // of a shared key is in both names), and any pair the user accepted (scored to be shown).
    // A pair whose support fields rule out the review band for any name but an equal one is left
    // out at once (in a school group, most pupils sharing a first name are in other classes).
    // A key shared by too many pairs is no block (a column of equal values, a wrong column chosen).
    `wbm_bigkeys AS (
      SELECT l.k FROM (SELECT k, count(*) AS n FROM wbm_lkey GROUP BY k) l JOIN (SELECT k, count(*) AS n FROM wbm_rkey GROUP BY k) r ON l.k = r.k
      WHERE l.n * r.n > ${MAX_BLOCK_PAIRS})`,
    `wbm_pairs AS MATERIALIZED (
      SELECT lid, rid, max(nex) AS nex FROM (
        SELECT lid, rid, count(DISTINCT tok) AS nex FROM (
          SELECT l.id AS lid, r.id AS rid, l.tok, CASE WHEN l.gkey = r.gkey OR l.nkey = r.nkey THEN l.e ELSE l.e + ${num(NAME_OFFSETS.subset ?? 0)} END + l.prior${sup
            .map((x, i) => ` + ${supportWeight(i, supportLevel(x.kind, x.l, x.r, x.lg, x.rg), 'l')}`)
            .join('')} AS bound
          FROM (SELECT * FROM wbm_lkey, (SELECT ${['e', 'prior', ...sup.flatMap((_, i) => [`a${i}`, `c${i}`, `d${i}`])].join(', ')} FROM wbm_w)) l
          JOIN wbm_rkey r ON l.k = r.k
          WHERE l.k NOT IN (SELECT k FROM wbm_bigkeys))
        WHERE bound >= ${num(plan.thresholds.review)}
        GROUP BY lid, rid
        UNION ALL SELECT lid, rid, 0 FROM wbm_dacc0)
      GROUP BY lid, rid)`,
    // What is cheap first: equal names, the support fields, and the best name level the shared
    // words allow (`ub`: 4 and 5 still need the similarity of the words).
    `wbm_cmp AS (
      SELECT *, CASE
          WHEN ueq THEN 1
          WHEN geq THEN 2
          WHEN nl_ <> nr_ AND least(nl_, nr_) >= 2 AND nex = least(nl_, nr_) THEN 3
          WHEN nl_ = nr_ AND nl_ >= 2 AND nex = nl_ - 1 THEN 4
          WHEN nex >= 1 THEN 5
          ELSE 6 END AS ub
      FROM (
        SELECT *, ${supportWeights.map((x) => `${x}, `).join('')}w.prior, w.e
        FROM (
          SELECT p.lid, p.rid, p.nex, l.nkey = r.nkey AS ueq, l.gkey = r.gkey AS geq, len(l.gt) AS nl_, len(r.gt) AS nr_,
            a.lid IS NOT NULL AS forced${levels.map((x) => `, ${x}`).join('')}
          FROM wbm_pairs p JOIN wbm_lnorm l ON l.id = p.lid JOIN wbm_rnorm r ON r.id = p.rid
          LEFT JOIN (SELECT DISTINCT lid, rid FROM wbm_dacc0) a ON a.lid = p.lid AND a.rid = p.rid
          WHERE l.gt IS NOT NULL AND r.gt IS NOT NULL), wbm_w w))`,
    // Pairs that cannot reach the review band even at their best name level are dropped here,
    // before the costly part: the Jaro-Winkler similarity of every word with the other name's.
    `wbm_keep AS (
      SELECT c.*, CASE WHEN nl_ <= nr_ THEN l.gt ELSE r.gt END AS sh, CASE WHEN nl_ <= nr_ THEN r.gt ELSE l.gt END AS lo
      FROM wbm_cmp c JOIN wbm_lnorm l ON l.id = c.lid JOIN wbm_rnorm r ON r.id = c.rid
      WHERE forced OR ${nameWeightSql('ub', 'e')} + ${others} >= ${num(plan.thresholds.review)})`,
    `wbm_sim AS (
      SELECT *, CASE WHEN ub <= 3 THEN 1.0 ELSE list_avg(best) END AS sim, CASE WHEN ub <= 3 THEN 1.0 ELSE list_min(best) END AS worst
      FROM (
        SELECT *, CASE WHEN ub <= 3 THEN NULL
            ELSE list_transform(sh, lambda x: list_max(list_transform(lo, lambda y: jaro_winkler_similarity(x, y)))) END AS best
        FROM wbm_keep))`,
    `wbm_scored AS MATERIALIZED (
      SELECT lid, rid, nl, sim, ${['prior', 'nw', ...sup.map((_, i) => `sl${i}, sw${i}`)].join(', ')}, prior + nw${sup.map((_, i) => ` + sw${i}`).join('')} AS total
      FROM (
        SELECT *, ${nameWeightSql('nl', 'e')} AS nw FROM (
          SELECT *, CASE
              WHEN ub <= 3 THEN ub
              WHEN ub = 4 AND worst >= ${num(TYPO_SIMILARITY)} THEN 4
              WHEN worst >= ${num(PARTIAL_SIMILARITY)} THEN 5
              ELSE 6 END AS nl
          FROM wbm_sim)))`,
  ];
}

/**
 * The user's decisions as a table of bound values, each matched to the records its keys select.
 * `wbm_dacc0`: accepted pairs whose keys each select one record; `wbm_uacc`: those that no later
 * decision overrides; `wbm_urej`: rejections (a side may be NULL: every candidate of the other).
 */
function decisionCtes(plan: MatchPlan, decisions: MatchDecision[], bind: Bind): string[] {
  const lf = plan.left.keyFields.map((c) => c.name);
  const rf = plan.right.keyFields.map((c) => c.name);
  const columns = ['d', 'verdict', 'ln', 'rn', ...lf.map((_, i) => `lf${i}`), ...rf.map((_, i) => `rf${i}`)];
  const text = (v: string | null | undefined) => `CAST(${bind(v ?? null)} AS VARCHAR)`;
  const field = (key: RecordKey | null, name: string) => text(key ? key.fields[name] : null);
  const rows = decisions.map((d, i) =>
    [String(i + 1), text(d.verdict), text(d.left?.name), text(d.right?.name), ...lf.map((f) => field(d.left, f)), ...rf.map((f) => field(d.right, f))].join(', '),
  );
  const table =
    rows.length > 0
      ? `SELECT * FROM (VALUES ${rows.map((r) => `(${r})`).join(', ')}) AS v(${columns.join(', ')})`
      : `SELECT ${columns.map((c) => (c === 'd' ? 'CAST(NULL AS INTEGER) AS d' : `CAST(NULL AS VARCHAR) AS ${c}`)).join(', ')} WHERE false`;
  const select = (p: 'l' | 'r', fields: string[]) =>
    `SELECT d.d, any_value(x.id) AS id, count(*) AS n FROM wbm_dec d JOIN wbm_${p}norm x ON x.nkey = d.${p}n${fields
      .map((_, i) => ` AND (d.${p}f${i} IS NULL OR d.${p}f${i} = x.f${i})`)
      .join('')} GROUP BY d.d`;
  // A later decision on the same record overrides an earlier one.
  const overrides = (a: string, b: string) =>
    `((${b}.lid = ${a}.lid AND (${b}.rid = ${a}.rid OR ${b}.rid IS NULL)) OR (${b}.lid IS NULL AND ${b}.rid = ${a}.rid))`;
  return [
    `wbm_dec AS (${table})`,
    `wbm_dl AS (${select('l', lf)})`,
    `wbm_dr AS (${select('r', rf)})`,
    `wbm_dapp AS MATERIALIZED (
      SELECT d.d, d.verdict, dl.id AS lid, dr.id AS rid FROM wbm_dec d LEFT JOIN wbm_dl dl ON dl.d = d.d LEFT JOIN wbm_dr dr ON dr.d = d.d
      WHERE (d.ln IS NULL OR dl.n = 1) AND (d.rn IS NULL OR dr.n = 1) AND (d.ln IS NOT NULL OR d.rn IS NOT NULL))`,
    `wbm_dacc0 AS (SELECT lid, rid, d FROM wbm_dapp WHERE verdict = 'accept' AND lid IS NOT NULL AND rid IS NOT NULL)`,
    `wbm_uacc AS MATERIALIZED (
      SELECT a.lid, a.rid FROM wbm_dacc0 a
      WHERE NOT EXISTS (SELECT 1 FROM wbm_dacc0 b WHERE b.d > a.d AND (b.lid = a.lid OR b.rid = a.rid))
        AND NOT EXISTS (SELECT 1 FROM wbm_dapp c WHERE c.verdict = 'reject' AND c.d > a.d AND ${overrides('a', 'c')}))`,
    `wbm_urej AS MATERIALIZED (
      SELECT c.lid, c.rid FROM wbm_dapp c
      WHERE c.verdict = 'reject' AND NOT EXISTS (SELECT 1 FROM wbm_dacc0 a WHERE a.d > c.d AND ${overrides('a', 'c')}))`,
  ];
}

/**
 * One-to-one assignment. The pool: scored pairs at or above the review limit, without the
 * records the user paired and the pairs the user rejected. A pair is each other's best when its
 * score is the single highest of both its records. A rival of such a pair is another candidate of
 * either record that is not itself taken by its own best pair (`Nora Desmet` is no rival for
 * `Nora De Smet` once the other `Nora De Smet` is hers). Accepted automatically: each other's best,
 * at or above the accept limit, ahead of every rival by the margin.
 */
function assignCtes(plan: MatchPlan): string[] {
  const { accept, review, margin } = plan.thresholds;
  return [
    `wbm_pool AS (
      SELECT s.lid, s.rid, s.total FROM wbm_scored s
      WHERE s.total >= ${num(review)}
        AND s.lid NOT IN (SELECT lid FROM wbm_uacc) AND s.rid NOT IN (SELECT rid FROM wbm_uacc)
        AND s.lid NOT IN (SELECT lid FROM wbm_urej WHERE rid IS NULL) AND s.rid NOT IN (SELECT rid FROM wbm_urej WHERE lid IS NULL)
        AND NOT EXISTS (SELECT 1 FROM wbm_urej c WHERE c.lid = s.lid AND c.rid = s.rid))`,
    `wbm_b1 AS (SELECT *, max(total) OVER (PARTITION BY lid) AS bl, max(total) OVER (PARTITION BY rid) AS br FROM wbm_pool)`,
    `wbm_b2 AS MATERIALIZED (
      SELECT lid, rid, total, total = bl AND total = br
          AND sum(CASE WHEN total = bl THEN 1 ELSE 0 END) OVER (PARTITION BY lid) = 1
          AND sum(CASE WHEN total = br THEN 1 ELSE 0 END) OVER (PARTITION BY rid) = 1 AS mutual
      FROM wbm_b1)`,
    `wbm_b3 AS (
      SELECT b.*, ml.rid AS lmate, mr.lid AS rmate FROM wbm_b2 b
      LEFT JOIN (SELECT lid, rid FROM wbm_b2 WHERE mutual) ml ON ml.lid = b.lid
      LEFT JOIN (SELECT lid, rid FROM wbm_b2 WHERE mutual) mr ON mr.rid = b.rid)`,
    `wbm_best AS MATERIALIZED (
      SELECT *,
        max(CASE WHEN NOT mutual AND rmate IS NULL THEN total END) OVER (PARTITION BY lid) AS rival_l,
        max(CASE WHEN NOT mutual AND lmate IS NULL THEN total END) OVER (PARTITION BY rid) AS rival_r
      FROM wbm_b3)`,
    `wbm_match AS MATERIALIZED (
      SELECT lid, rid, 'auto' AS how FROM wbm_best
      WHERE mutual AND total >= ${num(accept)}
        AND (rival_l IS NULL OR total - rival_l >= ${num(margin)}) AND (rival_r IS NULL OR total - rival_r >= ${num(margin)})
      UNION ALL SELECT lid, rid, 'user' FROM wbm_uacc)`,
    `wbm_review AS MATERIALIZED (
      SELECT * FROM wbm_best WHERE lid NOT IN (SELECT lid FROM wbm_match) AND rid NOT IN (SELECT rid FROM wbm_match))`,
  ];
}
