import { WerkbankError } from '../../../../shared/api/errors';
import type { ColumnInfo } from '../../../../shared/model/table';
import { ident, str } from '../../db/sql';

/** The column of that name, or `errors.recipe.unknownColumn`. */
export function columnOf(columns: ColumnInfo[], name: string): ColumnInfo {
  const found = columns.find((c) => c.name === name);
  if (!found) throw new WerkbankError('errors.recipe.unknownColumn', { column: name });
  return found;
}

export const isTextType = (type: ColumnInfo['type']) => type === 'text' || type === 'identifier' || type === 'ordinal';

/**
 * The 1-based rank of an ordinal column's value among its levels (case- and space-insensitive),
 * NULL for an empty value or one outside the levels.
 */
export function levelRank(column: ColumnInfo): string {
  const levels = (column.levels ?? []).map((l) => str(l.trim().toLowerCase()));
  return `list_position([${levels.join(', ')}]::VARCHAR[], lower(trim(${ident(column.name)})))`;
}
