import { WerkbankError } from '../../../shared/api/errors';
import type { GainAnalysis, GainMoment, LeftOut } from '../../../shared/model/analysis/gain';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import type { Session } from '../db/session';
import { ident, type SqlParam } from '../db/sql';
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

/** A pupil's row: key, group, a score per moment (percent or scale, null when missing), a level per moment. */
export interface PupilRow {
  /** The key as text where a left-out list may name it (a duplicate, or missing at the first or last moment); else null. */
  key: string | null;
  /** Whether the row has a key at all (a row without one is left out). */
  hasKey: boolean;
  group: string | null;
  scores: (number | null)[];
  levels: (string | null)[];
  /** Rows (wide) or rows at one moment (long) beyond the first for this pupil. */
  duplicates: number;
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

/**
 * One row per pupil (by key, in the order of the result's rows), in one query. Wide: a row of
 * the result is a pupil; a key on several rows keeps its first row, the others count as
 * duplicates. Long: the rows of each moment are gathered per key; a pupil with two rows at one
 * moment keeps the first and counts a duplicate; the group is the one at the earliest moment.
 */
export async function pupilRows(session: Session, result: Materialized, analysis: GainAnalysis): Promise<PupilRow[]> {
  const key = ident(columnOf(result.columns, analysis.key).name);
  const group = analysis.groupBy === null ? 'NULL' : asText(ident(columnOf(result.columns, analysis.groupBy).name));
  const order = result.orderColumns.map(ident);
  const k = analysis.moments.length;
  const table = ident(result.table);
  if (analysis.layout === 'wide') {
    const scores = analysis.moments.map((m) => valueSql(m, ident(columnOf(result.columns, m.column!).name)));
    const levels = analysis.moments.map((m) => (m.levelColumn === null ? 'NULL' : asText(ident(columnOf(result.columns, m.levelColumn).name))));
    const sql = `SELECT ${keyWhenNeeded(k)}, g, ${range(k).map((i) => `v${i}`).join(', ')}, ${range(k).map((i) => `l${i}`).join(', ')}, dup FROM (
      SELECT ${asText(key)} AS k, ${group} AS g, ${scores.map((s, i) => `${s} AS v${i}`).join(', ')}, ${levels.map((l, i) => `${l} AS l${i}`).join(', ')},
        row_number() OVER (PARTITION BY ${key} ORDER BY ${order.join(', ')}) AS rn, count(*) OVER (PARTITION BY ${key}) - 1 AS dup, ${order.map((o, i) => `${o} AS o${i}`).join(', ')}
      FROM ${table}) WHERE rn = 1 OR k IS NULL ORDER BY ${order.map((_, i) => `o${i}`).join(', ')}`;
    return toPupils((await session.queryColumns(sql)).values, k);
  }
  // Long: moment i's rows are those whose moment column (as text) is the moment's value.
  const momentCol = analysis.momentColumn === null ? null : columnOf(result.columns, analysis.momentColumn);
  if (!momentCol) throw new WerkbankError('errors.gain.noMomentColumn', { moment: analysis.moments[0]!.label });
  const params: Record<string, SqlParam> = {};
  const index = `CASE ${asText(ident(momentCol.name))} ${analysis.moments
    .map((m, i) => {
      params[`m${i}`] = m.value === null ? null : String(m.value);
      return `WHEN $m${i} THEN ${i}`;
    })
    .join(' ')} END`;
  const score = ident(columnOf(result.columns, analysis.scoreColumn!).name);
  const level = analysis.levelColumn === null ? 'NULL' : asText(ident(columnOf(result.columns, analysis.levelColumn).name));
  const values = analysis.moments.map((m) => valueSql(m, score));
  const byRow = order.map((_, j) => `o${j}`).join(', ');
  const firstRow = order.length > 1 ? `{${order.map((_, j) => `'k${j}': o${j}`).join(', ')}}` : 'o0';
  const sql = `WITH r AS (SELECT ${asText(key)} AS k, ${group} AS g, ${index} AS mi, ${values.map((v, i) => `${v} AS v${i}`).join(', ')}, ${level} AS lv, ${order.map((o, i) => `${o} AS o${i}`).join(', ')} FROM ${table}),
    p AS (SELECT k, first(g ORDER BY mi, ${byRow}) AS g,
      ${range(k).map((i) => `first(v${i} ORDER BY ${byRow}) FILTER (WHERE mi = ${i}) AS v${i}`).join(', ')},
      ${range(k).map((i) => `first(lv ORDER BY ${byRow}) FILTER (WHERE mi = ${i}) AS l${i}`).join(', ')},
      ${range(k).map((i) => `greatest(count(*) FILTER (WHERE mi = ${i}) - 1, 0)`).join(' + ')} AS dup,
      min(${firstRow}) AS first_row
    FROM r WHERE mi IS NOT NULL GROUP BY k)
    SELECT ${keyWhenNeeded(k)}, g, ${range(k).map((i) => `v${i}`).join(', ')}, ${range(k).map((i) => `l${i}`).join(', ')}, dup FROM p ORDER BY first_row`;
  return toPupils((await session.queryColumns({ sql, params })).values, k);
}

/**
 * The key as text only where a left-out list may name it (a duplicate, or missing at the first or
 * last moment), and whether there is one: reading 100,000 keys of complete pairs costs more than
 * the statistics.
 */
function keyWhenNeeded(k: number): string {
  return `CASE WHEN dup > 0 OR v0 IS NULL OR v${k - 1} IS NULL THEN k END, k IS NOT NULL`;
}

/** Pupils from the query's columns: key (when needed), has a key, group, k scores, k levels, duplicates. */
function toPupils(columns: Cell[][], k: number): PupilRow[] {
  if (columns[0]!.length === 0) return [];
  const [keys, hasKeys, groups] = [columns[0]!, columns[1]!, columns[2]!];
  const scores = range(k).map((i) => columns[3 + i]!);
  const levels = range(k).map((i) => columns[3 + k + i]!);
  const noLevels = levels.every((l) => l.every((v) => v === null));
  const dup = columns[3 + 2 * k]!;
  const text = (v: Cell) => (v === null ? null : String(v));
  const nullLevels: (string | null)[] = range(k).map(() => null);
  return keys.map((key, r) => ({
    key: text(key),
    hasKey: hasKeys[r] === true,
    group: text(groups[r]!),
    scores: scores.map((s) => num(s[r])),
    levels: noLevels ? nullLevels : levels.map((l) => text(l[r]!)),
    duplicates: hasKeys[r] === true ? Number(dup[r]) : 0,
  }));
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Keys named in a left-out list: enough to find them, never the whole class list. */
export const LEFT_OUT_KEYS = 20;

/**
 * The pupils paired between the first and the last moment, and the ones left out with why:
 * no key, a duplicate (counted, the first row kept), or missing at a moment (a pupil missing at
 * both counts at both).
 */
export function pairUp(rows: PupilRow[], analysis: GainAnalysis): { pairs: PupilRow[]; leftOut: LeftOut[] } {
  const last = analysis.moments.length - 1;
  const noKey: string[] = [];
  let noKeyCount = 0;
  const missing = analysis.moments.map(() => ({ n: 0, keys: [] as string[] }));
  let duplicates = 0;
  const duplicateKeys: string[] = [];
  const pairs: PupilRow[] = [];
  for (const row of rows) {
    if (!row.hasKey) {
      noKeyCount += 1;
      continue;
    }
    if (row.duplicates > 0) {
      duplicates += row.duplicates;
      if (duplicateKeys.length < LEFT_OUT_KEYS) duplicateKeys.push(row.key!);
    }
    let complete = true;
    for (const i of [0, last]) {
      if (row.scores[i] === null) {
        complete = false;
        missing[i]!.n += 1;
        if (missing[i]!.keys.length < LEFT_OUT_KEYS) missing[i]!.keys.push(row.key!);
      }
    }
    if (complete) pairs.push(row);
  }
  const leftOut: LeftOut[] = [];
  if (noKeyCount > 0) leftOut.push({ reason: 'noKey', moment: null, n: noKeyCount, keys: noKey });
  if (duplicates > 0) leftOut.push({ reason: 'duplicate', moment: null, n: duplicates, keys: duplicateKeys });
  for (const i of [0, last]) {
    if (missing[i]!.n > 0) leftOut.push({ reason: 'missingAt', moment: analysis.moments[i]!.label, n: missing[i]!.n, keys: missing[i]!.keys });
  }
  return { pairs, leftOut };
}
