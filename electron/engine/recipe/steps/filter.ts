import { message } from '../../../../shared/model/message';
import type { FilterStep } from '../../../../shared/model/recipe';
import type { Cell, ColumnInfo } from '../../../../shared/model/table';
import { WerkbankError } from '../../../../shared/api/errors';
import { ident, ISO_DATE } from '../../db/sql';
import { columnOf, levelRank } from './columns';
import type { StepEnv, StepModule } from './types';

/** Keeps the rows meeting a condition on one column; the columns and their order stay. */
export const filterStep: StepModule<FilterStep> = {
  columns(step, input) {
    columnOf(input, step.column);
    return input;
  },
  compile(step, input, env) {
    const column = columnOf(input.columns, step.column);
    return {
      body: `SELECT * FROM ${input.cte} WHERE ${filterCondition(step, column, env.bind)}`,
      orderColumns: input.orderColumns,
      findings: async (_session, _with, rows) => ({
        warnings: rows && rows.after === 0 && rows.before > 0 ? [message('engine.filterMatchedNothing', { column: step.column })] : [],
      }),
    };
  },
};

/** The condition; the value the user gave is a bound parameter, cast to the column's type. */
function filterCondition(step: FilterStep, column: ColumnInfo, bind: StepEnv['bind']): string {
  const c = ident(column.name);
  const isText = column.type === 'text' || column.type === 'identifier' || column.type === 'ordinal';
  const empty = isText ? `(${c} IS NULL OR trim(${c}) = '')` : `${c} IS NULL`;
  const { op, value } = step;
  if (op === 'isEmpty' || (op === 'eq' && value === null)) return empty;
  if (op === 'notEmpty' || (op === 'neq' && value === null)) return `NOT ${empty}`;
  if (value === null) throw new WerkbankError('errors.recipe.badFilterValue', { column: column.name, value: '' });
  if (op === 'contains') return `contains(lower(CAST(${c} AS VARCHAR)), lower(CAST(${bind(String(value))} AS VARCHAR)))`;
  if (column.type === 'ordinal' && (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte')) return ordinalComparison(op, value, column);
  const lit = filterValue(value, column, bind);
  switch (op) {
    case 'eq':
      return `${c} = ${lit}`;
    // Rows without a value are "not equal" too: a user excluding class 2A keeps the rows without a class.
    case 'neq':
      return `${c} IS DISTINCT FROM ${lit}`;
    case 'gt':
      return `${c} > ${lit}`;
    case 'gte':
      return `${c} >= ${lit}`;
    case 'lt':
      return `${c} < ${lit}`;
    case 'lte':
      return `${c} <= ${lit}`;
  }
}

/**
 * `Niveau >= C` on an ordinal column compares ranks in the column's levels (E < D < C < B < A),
 * not text. The value must be one of the levels; rows without a level never pass.
 */
function ordinalComparison(op: 'gt' | 'gte' | 'lt' | 'lte', value: Exclude<Cell, null>, column: ColumnInfo): string {
  const levels = column.levels ?? [];
  const wanted = String(value).trim().toLowerCase();
  const rank = levels.findIndex((l) => l.trim().toLowerCase() === wanted);
  if (rank < 0) throw new WerkbankError('errors.recipe.badFilterValue', { column: column.name, value: String(value) });
  const position = levelRank(column);
  const sign = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[op];
  return `${position} ${sign} ${rank + 1}`;
}

/** A filter value checked against the column's type, as a parameter of that type. */
function filterValue(value: Exclude<Cell, null>, column: ColumnInfo, bind: StepEnv['bind']): string {
  const bad = () => new WerkbankError('errors.recipe.badFilterValue', { column: column.name, value: String(value) });
  switch (column.type) {
    case 'integer':
    case 'decimal': {
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(',', '.')) : NaN;
      if (!Number.isFinite(n) || (typeof value === 'string' && value.trim() === '')) throw bad();
      return `CAST(${bind(n)} AS DOUBLE)`;
    }
    case 'date':
      if (typeof value !== 'string' || !ISO_DATE.test(value)) throw bad();
      return `CAST(${bind(value)} AS DATE)`;
    case 'boolean':
      if (value === true || value === 'true') return 'TRUE';
      if (value === false || value === 'false') return 'FALSE';
      throw bad();
    case 'text':
    case 'identifier':
    case 'ordinal':
      return `CAST(${bind(String(value))} AS VARCHAR)`;
  }
}
