import { WerkbankError } from '../../../shared/api/errors';
import type { GainAnalysis, GainMoment, LeftOut } from '../../../shared/model/analysis/gain';
import type { ColumnInfo } from '../../../shared/model/table';
import type { Session } from '../db/session';
import { ident, type SqlParam, type SqlQuery } from '../db/sql';
import type { Materialized } from '../recipe/cache';
import { columnOf } from '../recipe/compile';

/**
 * Learning gain, part one: which moments may be compared at all, and the pupils' scores per
 * moment collected in one query over the recipe's result (a row per pupil), ready for the pure
 * statistics in shared/stats.
 */

/** What a gain is counted in. */
export type GainUnit = 'percentPoints' | 'scalePoints';

const NUMERIC = new Set(['integer', 'decimal']);

/**
 * Whether the moments' scores may be subtracted, and in what unit; a refusal names the moment
 * and why, in the user's language (DOMAIN.md: raw scores of different maxima, percentiles and
 * level codes do not subtract).
 */
export function comparableUnit(analysis: GainAnalysis, columns: ColumnInfo[]): GainUnit {
  for (const moment of analysis.moments) {
    if (moment.measure.kind === 'raw') throw new WerkbankError('errors.gain.rawScore', { moment: moment.label });
    if (moment.measure.kind === 'percentile') throw new WerkbankError('errors.gain.percentile', { moment: moment.label });
    if (moment.measure.kind === 'score' && moment.measure.max === null && moment.measure.maxColumn === null) {
      throw new WerkbankError('errors.gain.rawScore', { moment: moment.label });
    }
    const score = scoreColumn(analysis, moment, columns);
    if (!NUMERIC.has(score.type)) {
      throw new WerkbankError(score.type === 'ordinal' || score.type === 'text' ? 'errors.gain.levelsNotScores' : 'errors.gain.notNumeric', { moment: moment.label, column: score.name });
    }
    if (moment.measure.kind === 'score' && moment.measure.maxColumn !== null) {
      const max = columnOf(columns, moment.measure.maxColumn);
      if (!NUMERIC.has(max.type)) throw new WerkbankError('errors.gain.notNumeric', { moment: moment.label, column: max.name });
    }
  }
  const scale = analysis.moments.filter((m) => m.measure.kind === 'scale');
  if (scale.length > 0 && scale.length < analysis.moments.length) {
    const percent = analysis.moments.find((m) => m.measure.kind !== 'scale')!;
    throw new WerkbankError('errors.gain.mixedScales', { scale: scale[0]!.label, percent: percent.label });
  }
  return scale.length > 0 ? 'scalePoints' : 'percentPoints';
}

function scoreColumn(analysis: GainAnalysis, moment: GainMoment, columns: ColumnInfo[]): ColumnInfo {
  if (analysis.layout === 'long') {
    if (analysis.scoreColumn === null) throw new WerkbankError('errors.gain.noScoreColumn');
    return columnOf(columns, analysis.scoreColumn);
  }
  if (moment.column === null) throw new WerkbankError('errors.gain.noMomentColumn', { moment: moment.label });
  return columnOf(columns, moment.column);
}

/** The score in the unit compared: a percentage of the stated maximum, or the value as it is. */
function valueSql(moment: GainMoment, score: string): string {
  const value = `CAST(${score} AS DOUBLE)`;
  const m = moment.measure;
  if (m.kind !== 'score') return value;
  if (m.maxColumn !== null) return `${value} / nullif(CAST(${ident(m.maxColumn)} AS DOUBLE), 0) * 100`;
  return `${value} / ${m.max} * 100`;
}

const asText = (sql: string) => `CAST(${sql} AS VARCHAR)`;

/** Keys named in a left-out list: enough to find them, never the whole class list. */
export const LEFT_OUT_KEYS = 20;

/**
 * A row per pupil (by key, in the order of the result's rows), column by column: numbers in typed
 * arrays (NaN where missing), no object per pupil. `groups[codes[r]]` is pupil r's group (code 0:
 * no group value).
 */
export interface Pupils {
  n: number;
  /** 1 when the row has a key (a row without one is left out), else 0. */
  hasKey: Float64Array;
  groups: (string | null)[];
  codes: Float64Array;
  /** A score per moment (percent or scale; NaN when missing). */
  scores: Float64Array[];
  /** Rows (wide) or rows at one moment (long) beyond the first for this pupil. */
  duplicates: Float64Array;
  /** The key as text only where a left-out list may name it (a duplicate, or missing at the first or last moment); else null. */
  keys: (string | null)[];
  /** The levels at the first and the last moment as their index in the order asked for (-1: outside it; NaN: none). */
  levels: [Float64Array, Float64Array] | null;
}

/**
 * The pupils in one query over the recipe's result. Wide: a row of the result is a pupil; a key
 * on several rows keeps its first row, the others count as duplicates. Long: the rows of each
 * moment are gathered per key; a pupil with two rows at one moment keeps the first and counts a
 * duplicate; the group is the one at the earliest moment. Only numbers cross in bulk: the group
 * as a small code (from a tiny query of the distinct groups), the key only where a left-out list
 * may name it, levels (only with `levelOrder`) as their index in that order, -1 for a level outside
 * it (the order's levels are bound values).
 */
export async function pupilColumns(session: Session, result: Materialized, analysis: GainAnalysis, levelOrder: readonly string[] | null): Promise<Pupils> {
  const key = ident(columnOf(result.columns, analysis.key).name);
  const groupText = analysis.groupBy === null ? null : asText(ident(columnOf(result.columns, analysis.groupBy).name));
  const group = groupText ?? 'NULL';
  const order = result.orderColumns.map(ident);
  const k = analysis.moments.length;
  const last = k - 1;
  const table = ident(result.table);
  // The codes number the distinct groups in the dictionary's order (1…); no group is 0.
  const dictionary = groupText === null ? null : `SELECT DISTINCT ${groupText} AS g FROM ${table} WHERE ${groupText} IS NOT NULL`;
  const groups: (string | null)[] = [null];
  if (dictionary !== null) {
    for (const [g] of (await session.query(`${dictionary} ORDER BY g`)).rows) groups.push(String(g));
  }
  const withCodes = dictionary === null ? '' : `WITH d AS (SELECT g, CAST(row_number() OVER (ORDER BY g) AS INTEGER) AS c FROM (${dictionary})) `;
  const code = dictionary === null ? '0' : 'coalesce(d.c, 0)';
  const params: Record<string, SqlParam> = {};
  levelOrder?.forEach((level, i) => (params[`lv${i}`] = level));
  // Another school's export may write `b` or `B `: a level is compared trimmed and without regard
  // to case, as an ordinal column's levels are (recipe/steps/columns.ts levelRank).
  const rank = (level: string) =>
    `CASE WHEN ${level} IS NULL THEN NULL ${(levelOrder ?? []).map((_, i) => `WHEN lower(trim(${level})) = lower(trim($lv${i})) THEN ${i}`).join(' ')} ELSE -1 END`;
  const join = dictionary === null ? '' : 'LEFT JOIN d ON s.g = d.g';
  const select =
    `SELECT CASE WHEN s.dup > 0 OR s.v0 IS NULL OR s.v${last} IS NULL THEN s.k END, CAST(s.k IS NOT NULL AS INTEGER), ${code}, ${range(k)
      .map((i) => `s.v${i}`)
      .join(', ')}, s.dup${levelOrder ? `, ${rank('s.l0')}, ${rank(`s.l${last}`)}` : ''} FROM`;
  let statement: SqlQuery;
  if (analysis.layout === 'wide') {
    const scores = analysis.moments.map((m) => valueSql(m, ident(columnOf(result.columns, m.column!).name)));
    const levels = analysis.moments.map((m) => (m.levelColumn === null ? 'CAST(NULL AS VARCHAR)' : asText(ident(columnOf(result.columns, m.levelColumn).name))));
    statement = {
      sql: `${withCodes}${select} (
      SELECT ${asText(key)} AS k, ${group} AS g, ${scores.map((v, i) => `${v} AS v${i}`).join(', ')}, ${levels.map((l, i) => `${l} AS l${i}`).join(', ')},
        row_number() OVER (PARTITION BY ${key} ORDER BY ${order.join(', ')}) AS rn, count(*) OVER (PARTITION BY ${key}) - 1 AS dup, ${order.map((o, i) => `${o} AS o${i}`).join(', ')}
      FROM ${table}) s ${join} WHERE s.rn = 1 OR s.k IS NULL ORDER BY ${order.map((_, i) => `s.o${i}`).join(', ')}`,
      params,
    };
  } else {
    // Long: moment i's rows are those whose moment column (as text) is the moment's value.
    const momentCol = analysis.momentColumn === null ? null : columnOf(result.columns, analysis.momentColumn);
    if (!momentCol) throw new WerkbankError('errors.gain.noMomentColumn', { moment: analysis.moments[0]!.label });
    // Another school's export may write `Januari` or ` juni`: the moment's value is compared
    // trimmed and without regard to case.
    const index = `CASE lower(trim(${asText(ident(momentCol.name))})) ${analysis.moments
      .map((m, i) => {
        params[`m${i}`] = m.value === null ? null : String(m.value);
        return `WHEN lower(trim($m${i})) THEN ${i}`;
      })
      .join(' ')} END`;
    const score = ident(columnOf(result.columns, analysis.scoreColumn!).name);
    const level = analysis.levelColumn === null ? 'CAST(NULL AS VARCHAR)' : asText(ident(columnOf(result.columns, analysis.levelColumn).name));
    const values = analysis.moments.map((m) => valueSql(m, score));
    const byRow = order.map((_, j) => `o${j}`).join(', ');
    const firstRow = order.length > 1 ? `{${order.map((_, j) => `'k${j}': o${j}`).join(', ')}}` : 'o0';
    statement = {
      sql: `${withCodes === '' ? 'WITH ' : `${withCodes.slice(0, -1)}, `}r AS (SELECT ${asText(key)} AS k, ${group} AS g, ${index} AS mi, ${values.map((v, i) => `${v} AS v${i}`).join(', ')}, ${level} AS lv, ${order.map((o, i) => `${o} AS o${i}`).join(', ')} FROM ${table}),
      p AS (SELECT k, first(g ORDER BY mi, ${byRow}) AS g,
        ${range(k).map((i) => `first(v${i} ORDER BY ${byRow}) FILTER (WHERE mi = ${i}) AS v${i}`).join(', ')},
        ${range(k).map((i) => `first(lv ORDER BY ${byRow}) FILTER (WHERE mi = ${i}) AS l${i}`).join(', ')},
        ${range(k).map((i) => `greatest(count(*) FILTER (WHERE mi = ${i}) - 1, 0)`).join(' + ')} AS dup,
        min(${firstRow}) AS first_row
      FROM r WHERE mi IS NOT NULL GROUP BY k)
      ${select} p s ${join} ORDER BY s.first_row`,
      params,
    };
  }
  const columns = await session.queryArrays(statement);
  const numbers = (i: number) => columns[i] as Float64Array;
  const texts = (i: number) => columns[i] as (string | null)[];
  const hasKey = numbers(1);
  const duplicates = numbers(3 + k);
  // A row without a key counts no duplicates.
  for (let r = 0; r < hasKey.length; r++) if (hasKey[r] !== 1) duplicates[r] = 0;
  return {
    n: hasKey.length,
    hasKey,
    groups,
    codes: numbers(2),
    scores: range(k).map((i) => numbers(3 + i)),
    duplicates,
    keys: texts(0),
    levels: levelOrder ? [numbers(4 + k), numbers(5 + k)] : null,
  };
}

/** The pairs between the first and the last moment, as numbers in the result's order. */
export interface Pairs {
  groups: (string | null)[];
  codes: Float64Array;
  start: Float64Array;
  end: Float64Array;
}

/**
 * The pupils paired between the first and the last moment, and the ones left out with why:
 * no key, a duplicate (counted, the first row kept), or missing at a moment (a pupil missing at
 * both counts at both).
 */
export function pairUp(pupils: Pupils, analysis: GainAnalysis): { pairs: Pairs; leftOut: LeftOut[] } {
  const last = analysis.moments.length - 1;
  let noKeyCount = 0;
  const missing = [0, last].map(() => ({ n: 0, keys: [] as string[] }));
  let duplicates = 0;
  const duplicateKeys: string[] = [];
  const from = pupils.scores[0]!;
  const to = pupils.scores[last]!;
  const kept = new Int32Array(pupils.n);
  let count = 0;
  for (let r = 0; r < pupils.n; r++) {
    if (pupils.hasKey[r] !== 1) {
      noKeyCount += 1;
      continue;
    }
    if (pupils.duplicates[r]! > 0) {
      duplicates += pupils.duplicates[r]!;
      if (duplicateKeys.length < LEFT_OUT_KEYS) duplicateKeys.push(pupils.keys[r]!);
    }
    let complete = true;
    [from[r]!, to[r]!].forEach((score, m) => {
      if (!Number.isFinite(score)) {
        complete = false;
        missing[m]!.n += 1;
        if (missing[m]!.keys.length < LEFT_OUT_KEYS) missing[m]!.keys.push(pupils.keys[r]!);
      }
    });
    if (complete) kept[count++] = r;
  }
  const pairs: Pairs = { groups: pupils.groups, codes: new Float64Array(count), start: new Float64Array(count), end: new Float64Array(count) };
  for (let i = 0; i < count; i++) {
    const r = kept[i]!;
    pairs.codes[i] = pupils.codes[r]!;
    pairs.start[i] = from[r]!;
    pairs.end[i] = to[r]!;
  }
  const leftOut: LeftOut[] = [];
  if (noKeyCount > 0) leftOut.push({ reason: 'noKey', moment: null, n: noKeyCount, keys: [] });
  if (duplicates > 0) leftOut.push({ reason: 'duplicate', moment: null, n: duplicates, keys: duplicateKeys });
  [0, last].forEach((i, m) => {
    if (missing[m]!.n > 0) leftOut.push({ reason: 'missingAt', moment: analysis.moments[i]!.label, n: missing[m]!.n, keys: missing[m]!.keys });
  });
  return { pairs, leftOut };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
