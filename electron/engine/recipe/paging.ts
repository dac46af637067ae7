import { type Cell, type ColumnInfo, MAX_DISPLAY_CHARS, type SortKey, type TablePage } from '../../../shared/model/table';
import { displayAlias } from '../db/reserved';
import type { Session } from '../db/session';
import { ident } from '../db/sql';
import type { Materialized } from './cache';
import { columnOf, levelRank } from './compile';

export interface DistinctValues {
  values: { value: Cell; n: number }[];
  truncated: boolean;
}

/** One page of a materialised recipe result, in the requested order and then in row order. */
export async function resultPage(
  session: Session,
  result: Materialized,
  offset: number,
  limit: number,
  sort: SortKey[],
): Promise<TablePage> {
  const order = [
    ...sort.map((s) => `${sortExpression(columnOf(result.columns, s.column))} ${s.direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`),
    ...result.orderColumns.map((o) => `${ident(o)} ASC`),
  ];
  // Text is cut for display in SQL, so a megabyte cell never reaches JavaScript; the
  // positional aliases keep ORDER BY on the full values.
  const select = result.columns
    .map((c, i) => (isTextType(c.type) ? `${displayTextSql(ident(c.name))} AS ${ident(displayAlias(i))}` : ident(c.name)))
    .join(', ');
  const rows = await session.query(
    `SELECT ${select} FROM ${ident(result.table)} ORDER BY ${order.join(', ')} LIMIT ${limit} OFFSET ${offset}`,
  );
  return { columns: result.columns, rows: rows.rows, offset, totalRows: result.rowCount };
}

/** Distinct values of a column of a materialised result, most frequent first. */
export async function distinctValues(session: Session, result: Materialized, column: string, limit: number): Promise<DistinctValues> {
  const c = ident(columnOf(result.columns, column).name);
  const found = await session.query(
    `SELECT ${c}, count(*) FROM ${ident(result.table)} GROUP BY ${c} ORDER BY 2 DESC, 1 ASC NULLS LAST LIMIT ${limit + 1}`,
  );
  const values = found.rows.slice(0, limit).map(([value, n]) => ({ value: value ?? null, n: Number(n) }));
  return { values, truncated: found.rows.length > limit };
}

/**
 * The expression a column sorts by: text without regard to case, ordinal columns by the rank
 * of their level (values outside the levels, which the importer reads as missing, last).
 */
export function sortExpression(col: ColumnInfo): string {
  const c = ident(col.name);
  if (col.type === 'ordinal' && col.levels && col.levels.length > 0) return levelRank(col);
  return col.type === 'text' || col.type === 'identifier' || col.type === 'ordinal' ? `${c} COLLATE NOCASE` : c;
}

const isTextType = (type: ColumnInfo['type']) => type === 'text' || type === 'identifier' || type === 'ordinal';

/** A text expression cut to MAX_DISPLAY_CHARS characters for display, ending in `…` (as displayCell). */
function displayTextSql(expr: string): string {
  return `CASE WHEN length(${expr}) > ${MAX_DISPLAY_CHARS} THEN left(${expr}, ${MAX_DISPLAY_CHARS - 1}) || '…' ELSE ${expr} END`;
}
