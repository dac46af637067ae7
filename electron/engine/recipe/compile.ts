import { WerkbankError } from '../../../shared/api/errors';
import type { FilterStep, JoinStep, Recipe } from '../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../shared/model/table';
import { joinKeyColumn, joinStageColumn, ORDER_PREFIX, ROW_ORDER_COLUMN } from '../db/reserved';
import { date, duckType, ident, ISO_DATE, num, str } from '../db/sql';

/**
 * Compiles a Recipe to one SQL query with a CTE per step, in the spirit of Tad's reltab.
 * Every CTE carries the visible columns plus hidden order columns (the row order of each
 * table that went into it), so paging with any sort is stable.
 */

/** A loaded source as the compiler sees it. */
export interface SourceTable {
  id: string;
  name: string;
  /** Physical DuckDB table name. */
  table: string;
  columns: ColumnInfo[];
}

export interface JoinPlan {
  step: JoinStep;
  right: SourceTable;
  leftKeys: ColumnInfo[];
  rightKeys: ColumnInfo[];
  /** Subqueries of each side with the compared keys added as columns `__wb_k0`, `__wb_k1`, … */
  leftKeyed: string;
  rightKeyed: string;
}

export interface CompiledStep {
  kind: 'base' | 'join' | 'filter';
  cte: string;
  columns: ColumnInfo[];
  join?: JoinPlan;
}

export interface CompiledRecipe {
  /** `name AS (…)` definitions, in order. */
  ctes: string[];
  /** The base table first, then one entry per recipe step. */
  steps: CompiledStep[];
  /** Hidden order columns of the final CTE, most significant first. */
  orderColumns: string[];
}

export function compileRecipe(recipe: Recipe, sources: ReadonlyMap<string, SourceTable>): CompiledRecipe {
  const base = sourceOf(recipe.base, sources);
  const order0 = `${ORDER_PREFIX}0`;
  const ctes = [
    `s0 AS (SELECT ${[...base.columns.map((c) => ident(c.name)), `${ident(ROW_ORDER_COLUMN)} AS ${ident(order0)}`].join(', ')} FROM ${ident(base.table)})`,
  ];
  const steps: CompiledStep[] = [{ kind: 'base', cte: 's0', columns: base.columns }];
  const orderColumns = [order0];

  recipe.steps.forEach((step, i) => {
    const prev = steps[steps.length - 1]!;
    const cte = `s${i + 1}`;
    if (step.kind === 'join') {
      const right = sourceOf(step.right, sources);
      if (step.leftKeys.length !== step.rightKeys.length) {
        throw new WerkbankError('errors.recipe.keyCountMismatch', { left: step.leftKeys.length, right: step.rightKeys.length });
      }
      const leftKeys = step.leftKeys.map((k) => columnOf(prev.columns, k));
      const rightKeys = step.rightKeys.map((k) => columnOf(right.columns, k));
      const orderK = `${ORDER_PREFIX}${i + 1}`;
      const rightOut = rightColumns(prev.columns, right, step.rightKeys);
      const select = [
        ...prev.columns.map((c) => `l.${ident(c.name)}`),
        ...rightOut.map(({ from, to }) => `r.${ident(from.name)} AS ${ident(to.name)}`),
        ...orderColumns.map((o) => `l.${ident(o)}`),
        `r.${ident(ROW_ORDER_COLUMN)} AS ${ident(orderK)}`,
      ];
      const [leftExprs, rightExprs] = keyExpressions(leftKeys, rightKeys, step.normalizeKeys);
      const leftKeyed = withKeys(prev.cte, leftExprs);
      const rightKeyed = withKeys(ident(right.table), rightExprs);
      const on = leftKeys.map((_, k) => `l.${keyColumn(k)} = r.${keyColumn(k)}`).join(' AND ');
      const how = step.how === 'inner' ? 'INNER' : 'LEFT';
      ctes.push(`${cte} AS (SELECT ${select.join(', ')} FROM ${leftKeyed} AS l ${how} JOIN ${rightKeyed} AS r ON ${on})`);
      orderColumns.push(orderK);
      steps.push({
        kind: 'join',
        cte,
        columns: [...prev.columns, ...rightOut.map((c) => c.to)],
        join: { step, right, leftKeys, rightKeys, leftKeyed, rightKeyed },
      });
    } else {
      const column = columnOf(prev.columns, step.column);
      ctes.push(`${cte} AS (SELECT * FROM ${prev.cte} WHERE ${filterCondition(step, column)})`);
      steps.push({ kind: 'filter', cte, columns: prev.columns });
    }
  });
  return { ctes, steps, orderColumns };
}

export function finalStep(compiled: CompiledRecipe): CompiledStep {
  return compiled.steps[compiled.steps.length - 1]!;
}

/** `WITH <all step CTEs> <body>`. */
export function withCtes(compiled: CompiledRecipe, body: string, extraCtes: string[] = []): string {
  return `WITH ${[...compiled.ctes, ...extraCtes].join(',\n')}\n${body}`;
}

/** One query returning the row count after every step (base first). */
export function stepCountsSql(compiled: CompiledRecipe): string {
  return withCtes(compiled, `SELECT ${compiled.steps.map((s) => `(SELECT count(*) FROM ${s.cte})`).join(', ')}`);
}

export function columnOf(columns: ColumnInfo[], name: string): ColumnInfo {
  const found = columns.find((c) => c.name === name);
  if (!found) throw new WerkbankError('errors.recipe.unknownColumn', { column: name });
  return found;
}

function sourceOf(id: string, sources: ReadonlyMap<string, SourceTable>): SourceTable {
  const found = sources.get(id);
  if (!found) throw new WerkbankError('errors.recipe.unknownSource', { source: id });
  return found;
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
 * One query computing JoinDiagnostics for a join step (its index in `compiled.steps`).
 * Columns, in order: leftRows, rightRows, matchedKeys, unmatchedLeft, unmatchedRight,
 * duplicateKeysLeft, duplicateKeysRight, emptyKeysLeft, emptyKeysRight, resultRows,
 * sampleUnmatchedLeft (list), sampleUnmatchedRight (list). Rows with an empty key are
 * counted as empty, not as unmatched.
 */
export function joinDiagnosticsSql(compiled: CompiledRecipe, stepIndex: number): string {
  const plan = compiled.steps[stepIndex]?.join;
  if (!plan) throw new Error(`step ${stepIndex} is not a join`);
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
  return withCtes(compiled, body, extra);
}

// ---- filters ---------------------------------------------------------------------------

function filterCondition(step: FilterStep, column: ColumnInfo): string {
  const c = ident(column.name);
  const isText = column.type === 'text' || column.type === 'identifier' || column.type === 'ordinal';
  const empty = isText ? `(${c} IS NULL OR trim(${c}) = '')` : `${c} IS NULL`;
  const { op, value } = step;
  if (op === 'isEmpty' || (op === 'eq' && value === null)) return empty;
  if (op === 'notEmpty' || (op === 'neq' && value === null)) return `NOT ${empty}`;
  if (value === null) throw new WerkbankError('errors.recipe.badFilterValue', { column: column.name, value: '' });
  if (op === 'contains') return `contains(lower(CAST(${c} AS VARCHAR)), lower(${str(String(value))}))`;
  if (column.type === 'ordinal' && (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte')) return ordinalComparison(op, value, column);
  const lit = filterLiteral(value, column);
  switch (op) {
    case 'eq':
      return `${c} = ${lit}`;
    // Rows without a value are "not equal" too: a user excluding class 2A keeps the rows without a class.
    case 'neq':
      return `${c} IS DISTINCT FROM ${lit}`;
    case 'gt':
      return `${c} > ${lit}`;
    case 'gte':
      return `${c} >= ${lit}`;
    case 'lt':
      return `${c} < ${lit}`;
    case 'lte':
      return `${c} <= ${lit}`;
  }
}

/**
 * The 1-based rank of an ordinal column's value among its levels (case- and space-insensitive),
 * NULL for an empty value or one outside the levels.
 */
export function levelRank(column: ColumnInfo): string {
  const levels = (column.levels ?? []).map((l) => str(l.trim().toLowerCase()));
  return `list_position([${levels.join(', ')}]::VARCHAR[], lower(trim(${ident(column.name)})))`;
}

/**
 * `Niveau >= C` on an ordinal column compares ranks in the column's levels (E < D < C < B < A),
 * not text. The value must be one of the levels; rows without a level never pass.
 */
function ordinalComparison(op: 'gt' | 'gte' | 'lt' | 'lte', value: Exclude<Cell, null>, column: ColumnInfo): string {
  const levels = column.levels ?? [];
  const wanted = String(value).trim().toLowerCase();
  const rank = levels.findIndex((l) => l.trim().toLowerCase() === wanted);
  if (rank < 0) throw new WerkbankError('errors.recipe.badFilterValue', { column: column.name, value: String(value) });
  const position = levelRank(column);
  const sign = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[op];
  return `${position} ${sign} ${rank + 1}`;
}

/** A filter value as a literal of the column's type. */
function filterLiteral(value: Exclude<Cell, null>, column: ColumnInfo): string {
  const bad = () => new WerkbankError('errors.recipe.badFilterValue', { column: column.name, value: String(value) });
  switch (column.type) {
    case 'integer':
    case 'decimal': {
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(',', '.')) : NaN;
      if (!Number.isFinite(n) || (typeof value === 'string' && value.trim() === '')) throw bad();
      return num(n);
    }
    case 'date':
      if (typeof value !== 'string' || !ISO_DATE.test(value)) throw bad();
      return date(value);
    case 'boolean':
      if (value === true || value === 'true') return 'TRUE';
      if (value === false || value === 'false') return 'FALSE';
      throw bad();
    case 'text':
    case 'identifier':
    case 'ordinal':
      return str(String(value));
  }
}
