import type { ColumnInfo } from '../../../../shared/model/table';
import type { ChartSpec } from '../../../../shared/model/view';
import { isNumeric } from '../recipe/filter/filterOps';

/** Columns a chart can group by: anything but decimals (a group per distinct score is noise). */
export function groupableColumns(columns: readonly ColumnInfo[]): ColumnInfo[] {
  return columns.filter((c) => c.type !== 'decimal');
}

export function measurableColumns(columns: readonly ColumnInfo[]): ColumnInfo[] {
  return columns.filter((c) => isNumeric(c.type));
}

/** Column names that usually hold a grouping (class, group, gender, level, year). */
const GROUP_NAME = /klas|groep|class|group|geslacht|gender|niveau|level|leerjaar|graad|richting/i;

/**
 * The chart spec to show for these columns: the current one while its columns still exist,
 * else a count of rows per a text column that looks like a grouping (`Klas`), or the first one. Null when nothing can be grouped.
 */
export function fitChartSpec(columns: readonly ColumnInfo[], current: ChartSpec | null): ChartSpec | null {
  const names = new Set(columns.map((c) => c.name));
  if (current && names.has(current.groupBy) && (current.measure === null || names.has(current.measure))) {
    return current;
  }
  const groupable = groupableColumns(columns);
  const categorical = (c: ColumnInfo) => c.type === 'text' || c.type === 'ordinal';
  const group =
    groupable.find((c) => categorical(c) && GROUP_NAME.test(c.name)) ??
    groupable.find(categorical) ??
    groupable[0];
  return group ? { type: 'bar', groupBy: group.name, measure: null, aggregate: 'count' } : null;
}

/** Choosing a measure: none means counting rows; a column is averaged by default. */
export function withMeasure(spec: ChartSpec, measure: string | null): ChartSpec {
  return measure === null
    ? { ...spec, measure: null, aggregate: 'count' }
    : { ...spec, measure, aggregate: spec.measure === null ? 'mean' : spec.aggregate };
}
