import { WerkbankError } from '../../../../shared/api/errors';
import type { Recipe } from '../../../../shared/model/recipe';
import type {
  MatchBand,
  MatchCandidate,
  MatchCandidates,
  MatchEvidence,
  MatchRecord,
  MatchStepDraft,
  NameFields,
  RecordKey,
} from '../../../../shared/model/recipe/steps/match';
import type { ColumnInfo } from '../../../../shared/model/table';
import type { Session } from '../../db/session';
import { ident, type SqlParam, type SqlQuery } from '../../db/sql';
import { compileRecipe, finalStep, withCtes } from '../compile';
import { matchQuery } from '../steps/match';
import type { SourceTable } from '../steps/types';
import { matchDiagnostics } from './diagnostics';
import { type MatchPlan, RECORD_ID } from './plan';
import { keyText } from './normalize';
import { splitName } from './split-name';
import { nameLevelAt, supportLevelAt } from './weights';

export interface CandidatesRequest {
  /** The step to look at: with the id of a match step of the recipe, it takes that step's place
   * (the review list shows the effect of decisions not yet applied); without, it is appended. */
  step: MatchStepDraft & { id?: string };
  bands: MatchBand[];
  offset: number;
  limit: number;
}

/**
 * The review list of a match step: each candidate pair with the evidence per field (the names as
 * written and as compared, each level, similarity and weight, the prior), its total and band, and
 * the record keys a decision stores. Sorted by the source's record (its candidates together, the
 * best first), so the user picks among a record's candidates in one place.
 */
export async function matchCandidates(
  session: Session,
  recipe: Recipe,
  sources: ReadonlyMap<string, SourceTable>,
  request: CandidatesRequest,
): Promise<MatchCandidates> {
  const { step } = request;
  const at = step.id === undefined ? -1 : recipe.steps.findIndex((s) => s.id === step.id);
  if (step.id !== undefined && at < 0) throw new WerkbankError('errors.match.unknownStep', { step: step.id });
  const before = at < 0 ? recipe.steps : recipe.steps.slice(0, at);
  const compiled = compileRecipe({ ...recipe, steps: before }, sources);
  const input = finalStep(compiled);
  const params: Record<string, SqlParam> = {};
  const bind = (value: SqlParam) => {
    const name = `wbm_${Object.keys(params).length + 1}`;
    params[name] = value;
    return `$${name}`;
  };
  const { plan, select } = matchQuery(step, input, { sources, position: before.length + 1, bind });
  const query = (body: string, extra: string[] = []): SqlQuery => {
    const q = withCtes(compiled, body, extra);
    return { sql: q.sql, params: { ...q.params, ...params } };
  };

  const diagnostics = await matchDiagnostics(session, query, plan, select);
  const bands = request.bands.map((b) => `'${b === 'accepted' ? 'accepted' : b === 'review' ? 'review' : 'rejected'}'`).join(', ');
  const [count] = (await session.query(query(`SELECT count(*) FROM wbm_cand WHERE band IN (${bands})`, [...plan.ctes, ...candidateCtes(plan)]))).rows;
  const page = await session.query(
    query(
      `SELECT * FROM wbm_cand c WHERE band IN (${bands}) ORDER BY c.r_raw NULLS LAST, c.rid, c.total DESC, c.l_raw, c.lid LIMIT ${Math.trunc(request.limit)} OFFSET ${Math.trunc(request.offset)}`,
      [...plan.ctes, ...candidateCtes(plan)],
    ),
  );
  const col = (name: string) => page.columns.indexOf(name);
  const candidates = page.rows.map((row) => {
    const get = (name: string) => row[col(name)] ?? null;
    return toCandidate(get, plan);
  });
  return { candidates, total: Number(count?.[0] ?? 0), diagnostics };
}

/**
 * `wbm_cand`: every scored pair with its band, the user's verdict, its lead over rivals, and each
 * record's name, normal forms, support values (as written and as compared) and key fields.
 */
function candidateCtes(plan: MatchPlan): string[] {
  const side = (p: 'l' | 'r') => {
    const s = p === 'l' ? plan.left : plan.right;
    const shown = s.support.map((x, i) => `any_value(CAST(${ident(x.column.name)} AS VARCHAR)) AS v${i}`);
    const keys = s.columns.map((c, i) => `any_value(${keyText(c)}) AS k${i}`);
    const keyOfSupport = s.support.map((x) => `k${s.columns.findIndex((c) => c.name === x.column.name)}`);
    const names = nameColumns(s.name).map((c, i) => `any_value(CAST(${ident(c)} AS VARCHAR)) AS x${i}`);
    return `wbm_${p}show AS (
      SELECT *, count(*) OVER (PARTITION BY nkey${keyOfSupport.map((k) => `, ${k}`).join('')}) AS keyn FROM (
        SELECT n.id, n.raw, n.nkey, n.gkey, n.nrows${s.support.map((_, i) => `, CAST(n.s${i} AS VARCHAR) AS s${i}`).join('')}, x.* EXCLUDE (${RECORD_ID})
        FROM wbm_${p}norm n JOIN (SELECT ${[RECORD_ID, ...shown, ...keys, ...names].join(', ')} FROM wbm_${p}rows GROUP BY ${RECORD_ID}) x ON x.${RECORD_ID} = n.id))`;
  };
  const sideColumns = (p: 'l' | 'r') => {
    const s = p === 'l' ? plan.left : plan.right;
    const cols = ['raw', 'nkey', 'gkey', 'nrows', 'keyn', ...s.support.flatMap((_, i) => [`s${i}`, `v${i}`]), ...s.columns.map((_, i) => `k${i}`), ...nameColumns(s.name).map((_, i) => `x${i}`)];
    return cols.map((c) => `${p}.${c} AS ${p}_${c}`).join(', ');
  };
  const sup = plan.left.support.map((_, i) => `, s.sl${i}, s.sw${i}`).join('');
  return [
    side('l'),
    side('r'),
    `wbm_rivals AS (SELECT lid, rid, count(*) OVER (PARTITION BY lid) + count(*) OVER (PARTITION BY rid) - 2 AS rivals FROM wbm_review)`,
    `wbm_cand AS (
      SELECT s.lid, s.rid, s.nl, s.sim, s.prior, s.nw${sup}, s.total,
        CASE WHEN m.lid IS NOT NULL THEN 'accepted' WHEN v.lid IS NOT NULL THEN 'review' ELSE 'rejected' END AS band,
        CASE WHEN m.how = 'user' THEN 'accept'
          WHEN EXISTS (SELECT 1 FROM wbm_urej c WHERE (c.lid = s.lid OR c.lid IS NULL) AND (c.rid = s.rid OR c.rid IS NULL)) THEN 'reject' END AS decided,
        coalesce(b.mutual, false) AS mutual, b.total - b.rival_l AS margin_l, b.total - b.rival_r AS margin_r, coalesce(v.rivals, 0) AS rivals,
        ${sideColumns('l')}, ${sideColumns('r')}
      FROM wbm_scored s
      LEFT JOIN wbm_match m ON m.lid = s.lid AND m.rid = s.rid
      LEFT JOIN wbm_rivals v ON v.lid = s.lid AND v.rid = s.rid
      LEFT JOIN wbm_best b ON b.lid = s.lid AND b.rid = s.rid
      JOIN wbm_lshow l ON l.id = s.lid JOIN wbm_rshow r ON r.id = s.rid)`,
  ];
}

function nameColumns(name: NameFields): string[] {
  return name.kind === 'full' ? [name.column] : [name.first, name.last];
}

type Getter = (name: string) => unknown;

function toCandidate(get: Getter, plan: MatchPlan): MatchCandidate {
  const text = (name: string) => {
    const v = get(name);
    return v === null ? null : String(v);
  };
  const num = (name: string) => {
    const v = get(name);
    return v === null ? null : Number(v);
  };
  const nameColumn = (name: NameFields) => (name.kind === 'full' ? name.column : `${name.first} + ${name.last}`);
  const evidence: MatchEvidence[] = [
    {
      field: 'name',
      leftColumn: nameColumn(plan.left.name),
      rightColumn: nameColumn(plan.right.name),
      left: text('l_raw'),
      right: text('r_raw'),
      leftNormal: text('l_gkey'),
      rightNormal: text('r_gkey'),
      level: nameLevelAt(num('nl') ?? 6),
      similarity: num('sim'),
      weight: num('nw') ?? 0,
    },
    ...plan.left.support.map((s, i): MatchEvidence => ({
      field: s.kind,
      leftColumn: s.column.name,
      rightColumn: plan.right.support[i]!.column.name,
      left: text(`l_v${i}`),
      right: text(`r_v${i}`),
      leftNormal: text(`l_s${i}`),
      rightNormal: text(`r_s${i}`),
      level: supportLevelAt(num(`sl${i}`) ?? 4),
      similarity: null,
      weight: num(`sw${i}`) ?? 0,
    })),
    { field: 'prior', leftColumn: '', rightColumn: '', left: null, right: null, leftNormal: null, rightNormal: null, level: 'prior', similarity: null, weight: num('prior') ?? 0 },
  ];
  const decided = text('decided');
  return {
    left: record(get, 'l', plan.left.name, plan.left.columns, plan.left.support),
    right: record(get, 'r', plan.right.name, plan.right.columns, plan.right.support),
    evidence,
    total: num('total') ?? 0,
    band: (text('band') ?? 'rejected') as MatchBand,
    decided: decided === 'accept' || decided === 'reject' ? decided : null,
    mutualBest: get('mutual') === true,
    marginLeft: num('margin_l'),
    marginRight: num('margin_r'),
    rivals: num('rivals') ?? 0,
  };
}

/**
 * One side of a candidate: its key (the support fields; every column where that is not enough to
 * tell the record from another with the same name and support values), its name split for reading.
 */
function record(get: Getter, p: 'l' | 'r', name: NameFields, columns: ColumnInfo[], support: MatchPlan['left']['support']): MatchRecord {
  const keyOf = (i: number) => String(get(`${p}_k${i}`) ?? '');
  const unique = Number(get(`${p}_keyn`)) <= 1;
  const fields: RecordKey['fields'] = {};
  columns.forEach((c, i) => {
    if (!unique || support.some((s) => s.column.name === c.name)) fields[c.name] = keyOf(i);
  });
  const raw = String(get(`${p}_raw`) ?? '');
  const split =
    name.kind === 'split'
      ? { first: nullable(get(`${p}_x0`)), last: nullable(get(`${p}_x1`)) }
      : splitName(raw, name.order);
  return { key: { name: String(get(`${p}_nkey`) ?? ''), fields }, name: raw, first: split.first, last: split.last, rows: Number(get(`${p}_nrows`) ?? 1) };
}

function nullable(v: unknown): string | null {
  return v === null || v === undefined || String(v).trim() === '' ? null : String(v).trim();
}
