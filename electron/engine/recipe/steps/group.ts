import { WerkbankError } from '../../../../shared/api/errors';
import { message } from '../../../../shared/model/message';
import { checkTypedName } from '../../../../shared/model/names';
import type { Aggregate, GroupStep, RowCondition, StepValue } from '../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../shared/model/table';
import { RESERVED_PREFIX } from '../../db/reserved';
import { duckType, ident, ISO_DATE, type SqlParam } from '../../db/sql';
import { columnOf, isTextType, levelRank } from './columns';
import { firstPosition, orderColumnAt } from './order';
import type { StepEnv, StepModule } from './types';

/**
 * Folds the rows into one per combination of key values: the keys, the group's row count, then
 * the aggregates, in the order the groups first appear (the smallest rank of a group's rows is
 * the only order column). Empty keys (no value, or blank text) form one group of their own.
 */
export const groupStep: StepModule<GroupStep> = {
  columns(step, input) {
    return groupColumns(step, input);
  },
  compile(step, input, env) {
    groupColumns(step, input.columns);
    const rank = orderColumnAt(env.position);
    const keys = step.keys.map((k) => columnOf(input.columns, k));
    const select = [
      ...keys.map((k) => `${valueOf(k)} AS ${ident(k.name)}`),
      `count(*) AS ${ident(step.countName)}`,
      ...step.aggregates.map((a) => `${aggregateSql(a, input.columns, env.bind)} AS ${ident(a.name)}`),
      `${firstPosition(input)} AS ${ident(rank)}`,
    ];
    const groupBy = keys.length > 0 ? ` GROUP BY ${keys.map((_, i) => i + 1).join(', ')}` : '';
    const skipping = step.aggregates.filter((a): a is Extract<Aggregate, { column: string }> => 'column' in a && SKIP_WARNED.has(a.fn));
    return {
      body: `SELECT ${select.join(', ')} FROM ${input.cte}${groupBy}`,
      orderColumns: [rank],
      findings: async (session, withSteps) => {
        if (skipping.length === 0) return { warnings: [] };
        const counts = skipping.map((a) => `count(*) FILTER (WHERE ${emptyOf(columnOf(input.columns, a.column))})`);
        const row = (await session.query(withSteps(`SELECT ${counts.join(', ')} FROM ${input.cte}`))).rows[0]!;
        return {
          warnings: skipping.flatMap((a, i) => {
            const count = Number(row[i]);
            return count > 0 ? [message('engine.groupSkippedEmpty', { name: a.name, column: a.column, count, n: step.countName })] : [];
          }),
        };
      },
    };
  },
};

/** The statistics whose result changes when empty values are skipped: the step says how many were. */
const SKIP_WARNED = new Set<Aggregate['fn']>(['mean', 'median', 'sd', 'sum']);

/** The output columns: keys, the row count, the aggregates; refuses what does not fit. */
function groupColumns(step: GroupStep, input: ColumnInfo[]): ColumnInfo[] {
  const keys = step.keys.map((k) => columnOf(input, k));
  const out: ColumnInfo[] = [...keys, { name: step.countName, type: 'integer' }, ...step.aggregates.map((a) => aggregateColumn(a, input))];
  checkOutputNames(out.map((c) => c.name));
  return out;
}

function aggregateColumn(a: Aggregate, input: ColumnInfo[]): ColumnInfo {
  switch (a.fn) {
    case 'count':
      return { name: a.name, type: 'integer' };
    case 'share':
      conditionSql(a.condition, input, () => '$0');
      return { name: a.name, type: 'decimal' };
    case 'countValues':
    case 'countDistinct':
      columnOf(input, a.column);
      return { name: a.name, type: 'integer' };
    case 'mean':
    case 'median':
    case 'sd':
      numericColumn(input, a.column);
      return { name: a.name, type: 'decimal' };
    case 'sum':
      return { name: a.name, type: numericColumn(input, a.column).type === 'integer' ? 'integer' : 'decimal' };
    case 'min':
    case 'max': {
      const column = columnOf(input, a.column);
      return { ...column, name: a.name };
    }
  }
}

/** The aggregate's SQL, cast to the DuckDB type of its output column. */
function aggregateSql(a: Aggregate, input: ColumnInfo[], bind: StepEnv['bind']): string {
  const type = duckType(aggregateColumn(a, input).type);
  switch (a.fn) {
    case 'count':
      return 'count(*)';
    case 'share':
      return `CAST(count(*) FILTER (WHERE ${conditionSql(a.condition, input, bind)}) AS DOUBLE) / nullif(count(*), 0)`;
    default: {
      const column = columnOf(input, a.column);
      const v = valueOf(column);
      switch (a.fn) {
        case 'countValues':
          return `count(${v})`;
        case 'countDistinct':
          return `count(DISTINCT ${v})`;
        case 'mean':
          return `CAST(avg(${v}) AS DOUBLE)`;
        case 'median':
          return `CAST(median(${v}) AS DOUBLE)`;
        case 'sd':
          // The sample SD (n − 1), as DOMAIN.md asks; empty for a group with one value.
          return `CAST(stddev_samp(${v}) AS DOUBLE)`;
        case 'sum':
          return `CAST(sum(${v}) AS ${type})`;
        case 'min':
        case 'max':
          // Levels (E < D < C < B < A) are compared by rank, not as text.
          if (column.type === 'ordinal' && (column.levels ?? []).length > 0) return `arg_${a.fn}(${v}, ${levelRank(column)})`;
          return `CAST(${a.fn}(${v}) AS ${type})`;
      }
    }
  }
}

function numericColumn(input: ColumnInfo[], name: string): ColumnInfo {
  const column = columnOf(input, name);
  // Dates, text and levels (a ranking, not a scale: DOMAIN.md) have no mean, SD or sum.
  if (column.type !== 'integer' && column.type !== 'decimal') throw new WerkbankError('errors.recipe.aggregateNotNumeric', { column: name });
  return column;
}

// ---- shared with pivot and unpivot -------------------------------------------------------

/**
 * Refuses names a step makes that DuckDB would take for one another (it compares names without
 * regard to case), that are empty, not clean, or in the engine's hidden namespace.
 */
export function checkOutputNames(names: string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (name.trim() === '') throw new WerkbankError('errors.recipe.emptyColumnName');
    checkTypedName(name);
    if (name.startsWith(RESERVED_PREFIX)) throw new WerkbankError('errors.recipe.reservedColumnName', { name });
    const folded = name.toLowerCase();
    if (seen.has(folded)) throw new WerkbankError('errors.recipe.duplicateColumnName', { name });
    seen.add(folded);
  }
}

/** A column's value with blank text read as empty (NULL): blank keys group with empty ones. */
export function valueOf(column: ColumnInfo): string {
  const c = ident(column.name);
  return isTextType(column.type) ? `CASE WHEN trim(${c}) = '' THEN NULL ELSE ${c} END` : c;
}

/** Whether a column's value is empty: no value, or blank text. */
export function emptyOf(column: ColumnInfo): string {
  const c = ident(column.name);
  return isTextType(column.type) ? `(${c} IS NULL OR trim(${c}) = '')` : `${c} IS NULL`;
}

/**
 * A value the user typed, checked against a column's type: the parameter to bind and the type
 * to cast it to. Numbers may be typed with a decimal comma; dates as ISO `yyyy-mm-dd`.
 */
export function typedValue(value: StepValue, column: ColumnInfo): { param: SqlParam; cast: string } {
  const bad = () => new WerkbankError('errors.recipe.valueDoesNotFit', { column: column.name, value: String(value) });
  switch (column.type) {
    case 'integer':
    case 'decimal': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim().replace(',', '.')) : NaN;
      if (!Number.isFinite(n)) throw bad();
      return { param: n, cast: 'DOUBLE' };
    }
    case 'date':
      if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) throw bad();
      return { param: value, cast: 'DATE' };
    case 'boolean':
      if (value === true || value === 'true') return { param: true, cast: 'BOOLEAN' };
      if (value === false || value === 'false') return { param: false, cast: 'BOOLEAN' };
      throw bad();
    case 'text':
    case 'identifier':
    case 'ordinal':
      return { param: String(value), cast: 'VARCHAR' };
  }
}

/** A typed value bound as a parameter: `CAST($s2_1 AS DOUBLE)`. */
export function boundValue(value: StepValue, column: ColumnInfo, bind: StepEnv['bind']): string {
  const { param, cast } = typedValue(value, column);
  return `CAST(${bind(param)} AS ${cast})`;
}

/** A row condition as SQL that is never NULL; its values are bound parameters. */
export function conditionSql(condition: RowCondition, input: ColumnInfo[], bind: StepEnv['bind']): string {
  const column = columnOf(input, condition.column);
  const c = ident(column.name);
  switch (condition.op) {
    case 'isEmpty':
      return emptyOf(column);
    case 'notEmpty':
      return `NOT ${emptyOf(column)}`;
    case 'in':
      return `coalesce(${c} IN (${condition.values.map((v) => boundValue(v, column, bind)).join(', ')}), FALSE)`;
    case 'eq':
      return `coalesce(${c} = ${boundValue(condition.value, column, bind)}, FALSE)`;
    // Rows without a value are "not equal" too, as in a filter.
    case 'neq':
      return `${c} IS DISTINCT FROM ${boundValue(condition.value, column, bind)}`;
    default: {
      const sign = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[condition.op];
      if (column.type !== 'ordinal') return `coalesce(${c} ${sign} ${boundValue(condition.value, column, bind)}, FALSE)`;
      // `Niveau >= C` compares ranks among the levels; the value must be one of them.
      const wanted = String(condition.value).trim().toLowerCase();
      const position = (column.levels ?? []).findIndex((l) => l.trim().toLowerCase() === wanted);
      if (position < 0) throw new WerkbankError('errors.recipe.valueDoesNotFit', { column: column.name, value: String(condition.value) });
      return `coalesce(${levelRank(column)} ${sign} ${position + 1}, FALSE)`;
    }
  }
}
