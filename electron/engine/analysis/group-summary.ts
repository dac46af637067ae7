import { WerkbankError } from '../../../shared/api/errors';
import type { ChartSpec, GroupSummary, GroupSummaryRow } from '../../../shared/model/view';
import type { Session } from '../db/session';
import { ident } from '../db/sql';
import type { Materialized } from '../recipe/cache';
import { columnOf } from '../recipe/compile';
import { sortExpression } from '../recipe/paging';

/**
 * The chart's figures over a materialised recipe result: per group, rows, rows with a measure
 * value, and the mean (or count); groups in natural order, empty last.
 */
export async function groupSummary(session: Session, result: Materialized, chart: ChartSpec): Promise<GroupSummary> {
  const group = columnOf(result.columns, chart.groupBy);
  const g = ident(group.name);
  let measures = 'count(*), NULL';
  if (chart.aggregate === 'mean') {
    if (chart.measure === null) throw new WerkbankError('errors.recipe.measureRequired');
    const measure = columnOf(result.columns, chart.measure);
    // Levels (ordinal) are ranks, not an interval scale: their mean means nothing (DOMAIN.md).
    if (measure.type !== 'integer' && measure.type !== 'decimal') {
      throw new WerkbankError('errors.recipe.measureNotNumeric', { column: measure.name });
    }
    measures = `count(${ident(measure.name)}), avg(${ident(measure.name)})`;
  }
  // Ordinal groups come in level order (E, D, C, B, A), values outside the levels after them.
  const order = group.type === 'ordinal' ? `${sortExpression(group)} ASC NULLS LAST, ${g}` : g;
  const found = await session.query(
    `SELECT ${g}, count(*), ${measures} FROM ${ident(result.table)} GROUP BY ${g} ORDER BY ${order} ASC NULLS LAST`,
  );
  const rows: GroupSummaryRow[] = found.rows.map(([key, n, nValid, mean]) => ({
    key: key === null ? null : String(key),
    n: Number(n),
    nValid: Number(nValid),
    value: chart.aggregate === 'count' ? Number(n) : typeof mean === 'number' ? mean : null,
  }));
  // SQL orders numbers and dates naturally; text gets a natural order (`2A` before `10A`).
  if (group.type === 'text' || group.type === 'identifier') rows.sort(naturalKeyOrder);
  return { chart, rows };
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

function naturalKeyOrder(a: GroupSummaryRow, b: GroupSummaryRow): number {
  if (a.key === null || b.key === null) return a.key === b.key ? 0 : a.key === null ? 1 : -1;
  return collator.compare(a.key, b.key) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
