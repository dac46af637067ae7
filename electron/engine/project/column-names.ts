import { cleanName } from '../../../shared/model/names';
import type { ColumnInfo } from '../../../shared/model/table';
import { HIDDEN_PREFIX } from '../db/reserved';

/**
 * Column names clean (names.ts) and unique without regard to case (DuckDB compares names
 * case-insensitively), never empty and never a hidden column's name. The importer should
 * already deliver such names; this keeps a table loadable whatever it delivers.
 */
export function uniqueColumnNames(columns: ColumnInfo[]): ColumnInfo[] {
  const taken = new Set<string>();
  return columns.map((col, i) => {
    const clean = cleanName(col.name);
    const trimmed = clean === '' ? `#${i + 1}` : clean;
    // Hidden columns (the row order) are named `__wb_…`; a user column keeps clear of them.
    const base = trimmed.toLowerCase().startsWith(HIDDEN_PREFIX) ? `_${trimmed}` : trimmed;
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} (${n})`;
    taken.add(name.toLowerCase());
    return { ...col, name };
  });
}
