import { WerkbankError } from '../../../shared/api/errors';
import {
  guessOurs,
  MAX_REFERENCE_ROWS,
  type ReferenceAnalysis,
  type ReferenceComponent,
  type ReferenceResult,
  type ReferenceRow,
} from '../../../shared/model/analysis/reference';
import { type Message, message } from '../../../shared/model/message';
import type { ColumnInfo } from '../../../shared/model/table';
import type { Session } from '../db/session';
import { ident } from '../db/sql';
import type { Materialized } from '../recipe/cache';
import { columnOf } from '../recipe/compile';

/**
 * Comparison with a reference (DOMAIN.md): a table of means per component and group (our school,
 * Flanders, similar schools) read as it is, our school first with the differences to the
 * others. The table holds no spread, so no interval and no effect size are made up; our mean is
 * withheld for a component with fewer pupils than the privacy threshold.
 */

const NUMERIC = new Set(['integer', 'decimal']);

/** Throws when the analysis's columns are not in the table or not of a usable type. */
export function checkReferenceColumns(analysis: ReferenceAnalysis, columns: ColumnInfo[]): void {
  columnOf(columns, analysis.group);
  if (analysis.component !== null) columnOf(columns, analysis.component);
  for (const name of [analysis.mean, analysis.n]) {
    if (name === null) continue;
    const column = columnOf(columns, name);
    if (!NUMERIC.has(column.type)) throw new WerkbankError('errors.reference.notNumeric', { column: column.name });
  }
  if (analysis.component !== null && analysis.component === analysis.group) throw new WerkbankError('errors.reference.sameColumn', { column: analysis.group });
}

export async function referenceComparison(session: Session, result: Materialized, analysis: ReferenceAnalysis): Promise<ReferenceResult> {
  checkReferenceColumns(analysis, result.columns);
  if (result.rowCount > MAX_REFERENCE_ROWS) throw new WerkbankError('errors.reference.tooManyRows', { rows: result.rowCount, max: MAX_REFERENCE_ROWS });
  const text = (name: string | null) => (name === null ? 'NULL' : `nullif(trim(CAST(${ident(columnOf(result.columns, name).name)} AS VARCHAR)), '')`);
  const number = (name: string | null) => (name === null ? 'NULL' : `CAST(${ident(columnOf(result.columns, name).name)} AS DOUBLE)`);
  const sql = `SELECT ${text(analysis.component)}, ${text(analysis.group)}, ${number(analysis.mean)}, ${number(analysis.n)}
    FROM ${ident(result.table)} ORDER BY ${result.orderColumns.map(ident).join(', ')}`;
  const rows = (await session.query(sql)).rows;

  let leftOut = 0;
  const components = new Map<string | null, Map<string, { mean: number | null; n: number | null }>>();
  const groups: string[] = [];
  for (const [component, group, mean, n] of rows) {
    if (group === null || (analysis.component !== null && component === null)) {
      leftOut++;
      continue;
    }
    const c = analysis.component === null ? null : String(component);
    const g = String(group);
    const byGroup = components.get(c) ?? new Map();
    components.set(c, byGroup);
    if (byGroup.has(g)) {
      throw new WerkbankError(c === null ? 'errors.reference.duplicateGroup' : 'errors.reference.duplicate', { component: c ?? '', group: g });
    }
    byGroup.set(g, { mean: finite(mean), n: finite(n) });
    if (!groups.includes(g)) groups.push(g);
  }

  const ours = analysis.ours ?? guessOurs(groups);
  if (ours === null || !groups.includes(ours)) {
    throw new WerkbankError(analysis.ours === null ? 'errors.reference.noOurs' : 'errors.reference.oursMissing', {
      column: analysis.group,
      value: analysis.ours ?? '',
      values: groups.slice(0, 8).join(', '),
    });
  }
  const order = [ours, ...groups.filter((g) => g !== ours)];
  const warnings: Message[] = [];
  let suppressed = 0;
  const out: ReferenceComponent[] = [...components].map(([component, byGroup]) => {
    const own = byGroup.get(ours);
    const hidden = own !== undefined && own.n !== null && own.n < analysis.minGroup;
    if (hidden) suppressed++;
    const ourMean = hidden ? null : (own?.mean ?? null);
    const rowsOut = order.flatMap<ReferenceRow>((group) => {
      const figures = byGroup.get(group);
      if (!figures) return [];
      if (group === ours) return [{ group, mean: ourMean, n: hidden ? null : figures.n, suppressed: hidden, difference: null }];
      // To 12 significant digits: 245.1 − 252 is −6.9, not the double's −6.900000000000006.
      const difference = ourMean === null || figures.mean === null ? null : Number((ourMean - figures.mean).toPrecision(12));
      return [{ group, mean: figures.mean, n: figures.n, suppressed: false, difference }];
    });
    return { component, rows: rowsOut };
  });
  if (suppressed > 0) warnings.push(message('engine.reference.suppressed', { count: suppressed, k: analysis.minGroup }));
  if (out.some((c) => c.rows.some((r) => r.difference !== null))) warnings.push(message('engine.reference.noInterval'));
  if (analysis.n === null) warnings.push(message('engine.reference.noN'));
  if (leftOut > 0) warnings.push(message('engine.reference.leftOut', { count: leftOut }));
  return { analysis, ours, groups: order, components: out, leftOut, warnings };
}

function finite(value: unknown): number | null {
  const n = typeof value === 'bigint' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : null;
}
