import type { Locale } from '../../../shared/i18n/index';
import { formatMessage } from '../../../shared/i18n/index';
import type { Recipe } from '../../../shared/model/recipe';
import { isPupilLevel } from '../../../shared/model/recipe/privacy';
import type { ColumnInfo } from '../../../shared/model/table';
import { ident, str } from '../db/sql';

/**
 * Small-group suppression in a grouped result table that leaves the app (CSV, XLSX, Parquet,
 * JSON): a group of fewer than k rows, but at least one (shared/model/privacy/suppress.ts, primary
 * rule), keeps its keys and loses every other value — its n, means, shares — which are written as
 * empty cells, and a marker column at the end says `< k` on that row. A count pivot loses each
 * cell under k the same way. A table has no total row of its own, so nothing needs complementary
 * suppression within it. A table with a row per pupil is not suppressed (it needs the explicit
 * confirmation instead); a grouped table whose group size is no longer among its columns (dropped
 * after the group step), and a pivot of means, sums or first values, cannot be checked here.
 */
export interface TableSuppression {
  /** Per output column: the SQL that writes it (NULL on a suppressed row or cell). */
  select: string[];
  columns: ColumnInfo[];
  /** SQL true on a row with anything withheld, and the number of cells withheld on a row. */
  rowHidden: string;
  cellsHidden: string;
  k: number;
}

/** The plan for a result, or null where the table is pupil-level, ungrouped or cannot be checked. */
export function tableSuppression(recipe: Recipe | null, columns: readonly ColumnInfo[], k: number | null, locale: Locale): TableSuppression | null {
  if (k === null || !recipe || isPupilLevel(recipe, columns)) return null;
  const steps = recipe.steps.filter((s) => !s.disabled);
  const last = [...steps].reverse().find((s) => s.kind === 'group' || s.kind === 'pivot');
  if (!last) return null;
  const names = new Set(columns.map((c) => c.name));
  const small = (column: string) => `(${ident(column)} > 0 AND ${ident(column)} < ${k})`;
  let hiddenCells: string[];
  let select: string[];
  if (last.kind === 'group') {
    if (!names.has(last.countName)) return null;
    const keys = new Set(last.keys);
    const row = small(last.countName);
    select = columns.map((c) => (keys.has(c.name) ? ident(c.name) : `CASE WHEN ${row} THEN NULL ELSE ${ident(c.name)} END AS ${ident(c.name)}`));
    hiddenCells = [`CASE WHEN ${row} THEN ${columns.filter((c) => !keys.has(c.name)).length} ELSE 0 END`];
  } else {
    if (last.aggregate !== 'count') return null;
    const cells = new Set(last.values.map((v) => v.name).filter((n) => names.has(n)));
    select = columns.map((c) => (cells.has(c.name) ? `CASE WHEN ${small(c.name)} THEN NULL ELSE ${ident(c.name)} END AS ${ident(c.name)}` : ident(c.name)));
    hiddenCells = [...cells].map((c) => `CASE WHEN ${small(c)} THEN 1 ELSE 0 END`);
  }
  const cellsHidden = hiddenCells.length > 0 ? `(${hiddenCells.join(' + ')})` : '0';
  const rowHidden = `(${cellsHidden} > 0)`;
  let marker = formatMessage({ code: 'ui.export.suppressedColumn', params: { k } }, locale);
  while (names.has(marker)) marker = `${marker} `;
  const text = formatMessage({ code: 'ui.export.suppressedMark', params: { k } }, locale);
  return {
    select: [...select, `CASE WHEN ${rowHidden} THEN ${str(text)} ELSE NULL END AS ${ident(marker)}`],
    columns: [...columns, { name: marker, type: 'text' }],
    rowHidden,
    cellsHidden,
    k,
  };
}
