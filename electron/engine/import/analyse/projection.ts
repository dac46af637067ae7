import { ident } from '../../db/sql';
import { RAW_ROW, rawColumn } from '../../db/reserved';
import { type Shape, shapeSql, trimmedSql } from './sql-values';

export const ROW = ident(RAW_ROW);
export const rawCell = (index: number) => ident(rawColumn(index));
export const trimmedCell = (index: number) => ident(`t${index}`);
export const shapeCell = (index: number) => ident(`s${index}`);

/** A column the projection reads: raw column `index`, its text (the cell, or a cast of a typed cell), its tokens for the shape. */
export interface ProjectedColumn {
  index: number;
  text: string;
  /** Missing-value tokens for the shape `s<index>`; null: no shape needed. */
  tokens: string[] | null;
  /** The shape most cells have, tested first (see shapeSql). */
  expected?: Shape | null;
  /** false when no cell of the column has whitespace around it (analysis counted): no trim needed. */
  trim?: boolean;
}

/** Which rows of the raw table, and which of its columns, the value expressions read. */
export interface DataSource {
  /** The raw table, quoted. */
  table: string;
  /** SQL condition over the raw table's columns. */
  where: string;
  columns: ProjectedColumn[];
}

/**
 * The projection every value expression reads: the row number, and per column the raw cell
 * `c<i>`, the trimmed cell `t<i>` and (where tokens are given) its shape `s<i>`. `extra`
 * expressions over the raw row are passed through under their names. With `limit`, only the
 * first rows (by row number) are read: shapes are computed for those alone.
 */
export function dataSql(source: DataSource, options: { limit?: number; extra?: { expr: string; name: string }[] } = {}): string {
  const extra = options.extra ?? [];
  const limit = options.limit === undefined ? '' : ` ORDER BY ${ROW} LIMIT ${Math.max(0, Math.floor(options.limit))}`;
  // Innermost: the rows (only the first ones with a limit); then trimmed cells; then shapes.
  const raw = [ROW, ...extra.map((e) => `${e.expr} AS ${e.name}`), ...source.columns.map((c) => `${c.text} AS ${rawCell(c.index)}`)];
  const trimmed = [
    ROW,
    ...extra.map((e) => e.name),
    ...source.columns.flatMap((c) => [
      rawCell(c.index),
      `${c.trim === false ? rawCell(c.index) : trimmedSql(rawCell(c.index))} AS ${trimmedCell(c.index)}`,
    ]),
  ];
  const shaped = [
    ROW,
    ...extra.map((e) => e.name),
    ...source.columns.flatMap((c) => [
      rawCell(c.index),
      trimmedCell(c.index),
      ...(c.tokens ? [`${shapeSql(trimmedCell(c.index), c.tokens, c.expected ?? null)} AS ${shapeCell(c.index)}`] : []),
    ]),
  ];
  const rows = `SELECT ${raw.join(', ')} FROM ${source.table} WHERE ${source.where}${limit}`;
  return `SELECT ${shaped.join(', ')} FROM (SELECT ${trimmed.join(', ')} FROM (${rows}))`;
}
