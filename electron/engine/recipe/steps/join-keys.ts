import type { JoinKey } from '../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../shared/model/table';
import { joinKeyColumn, joinStageColumn } from '../../db/reserved';
import { duckType, ident, str } from '../../db/sql';
import { isTextType } from './columns';

/**
 * The compared value of a join key, in two stages, each a column of its own: DuckDB hash-joins
 * on plain columns fast, while the same expressions written inside ON are evaluated far more
 * slowly.
 */
export interface KeyExpr {
  /** First stage, over the table's columns. */
  stage1: string;
  /** Second stage, over the first stage's column (`$`). */
  stage2: string;
}

export const keyColumn = (k: number) => ident(joinKeyColumn(k));
const stageColumn = (k: number) => ident(joinStageColumn(k));

/** `(SELECT *, keys FROM (SELECT *, stage-1 FROM from))`: the compared keys as `__wb_k0`, `__wb_k1`, … */
export function withKeys(from: string, exprs: KeyExpr[]): string {
  const stage1 = exprs.map((e, k) => `${e.stage1} AS ${stageColumn(k)}`).join(', ');
  const stage2 = exprs.map((e, k) => `${e.stage2.replaceAll('$', stageColumn(k))} AS ${keyColumn(k)}`).join(', ');
  return `(SELECT *, ${stage2} FROM (SELECT *, ${stage1} FROM ${from}))`;
}

/** Whitespace `trim` removes: spaces, tabs, no-break spaces, line breaks. */
const SPACES = str(' \t\u00a0\r\n');

/**
 * The compared value of one side of a key pair. Text: trimmed, lower-cased and without accents
 * as the options say; empty text is no key (NULL never matches); digits only lose their leading
 * zeros when asked. A number, date or yes/no: compared in its own type when both sides share it,
 * else as text — with `numberAsText` always as text, an integral decimal without its decimals,
 * so 45123, 45123,0 and `45123` meet.
 */
export function keyExpr(col: ColumnInfo, other: ColumnInfo, options: JoinKey): KeyExpr {
  const c = ident(col.name);
  if (!isTextType(col.type)) {
    if (options.numberAsText) {
      if (col.type !== 'decimal') return { stage1: `CAST(${c} AS VARCHAR)`, stage2: '$' };
      return {
        stage1: c,
        stage2: `CASE WHEN $ = trunc($) AND abs($) < 1e15 THEN CAST(CAST($ AS BIGINT) AS VARCHAR) ELSE CAST($ AS VARCHAR) END`,
      };
    }
    return { stage1: duckType(col.type) === duckType(other.type) ? c : `CAST(${c} AS VARCHAR)`, stage2: '$' };
  }
  let text = c;
  if (options.trim) text = `trim(${text}, ${SPACES})`;
  if (options.ignoreCase) text = `lower(${text})`;
  if (options.ignoreAccents) text = `strip_accents(${text})`;
  return {
    stage1: `nullif(${text}, '')`,
    stage2: options.stripLeadingZeros ? `CASE WHEN regexp_full_match($, '[0-9]+') THEN coalesce(nullif(ltrim($, '0'), ''), '0') ELSE $ END` : '$',
  };
}

/** The key expressions of both sides, pair by pair. */
export function keyExpressions(keys: JoinKey[], left: ColumnInfo[], right: ColumnInfo[]): [KeyExpr[], KeyExpr[]] {
  return [keys.map((key, k) => keyExpr(left[k]!, right[k]!, key)), keys.map((key, k) => keyExpr(right[k]!, left[k]!, key))];
}

/** `l.__wb_k0 = r.__wb_k0 AND …` */
export function keysEqual(count: number, l = 'l', r = 'r'): string {
  return Array.from({ length: count }, (_, k) => `${l}.${keyColumn(k)} = ${r}.${keyColumn(k)}`).join(' AND ');
}

/** The key of a row of a keyed subquery, or NULL when any part is empty. */
export function compositeKey(count: number): string {
  if (count === 1) return keyColumn(0);
  const parts = Array.from({ length: count }, (_, k) => keyColumn(k));
  return `CASE WHEN ${parts.map((p) => `${p} IS NULL`).join(' OR ')} THEN NULL ELSE concat_ws(chr(31), ${parts.map((p) => `CAST(${p} AS VARCHAR)`).join(', ')}) END`;
}

/** The key as the user wrote it, for showing unmatched samples. */
export function originalKey(keys: ColumnInfo[]): string {
  const parts = keys.map((k) => `CAST(${ident(k.name)} AS VARCHAR)`);
  return parts.length === 1 ? parts[0]! : `concat_ws(' | ', ${parts.join(', ')})`;
}
