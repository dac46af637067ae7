import { WerkbankError } from '../../../../shared/api/errors';
import { message } from '../../../../shared/model/message';
import { type FilterCondition, filterConditions, type FilterMatch, type FilterStep, type FilterValue, isFilterGroup } from '../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../shared/model/table';
import { ident, ISO_DATE } from '../../db/sql';
import { columnOf, isTextType, levelRank } from './columns';
import type { StepEnv, StepModule } from './types';

/**
 * Keeps the rows meeting the step's conditions (AND / OR, one level of groups); the columns and
 * their order stay. A condition on a row without a value is false unless it asks for empty
 * cells (`isEmpty`, `neq`, `notIn`): SQL's NULL acts as false here because no condition is ever
 * negated as a whole, except `notIn`, which says so itself.
 */
export const filterStep: StepModule<FilterStep> = {
  columns(step, input) {
    for (const condition of filterConditions(step)) columnOf(input, condition.column);
    return input;
  },
  compile(step, input, env) {
    const sql = (c: FilterCondition) => conditionSql(c, columnOf(input.columns, c.column), env.bind);
    const where = combine(
      step.match,
      step.conditions.map((entry) => (isFilterGroup(entry) ? combine(entry.match, entry.conditions.map(sql)) : sql(entry))),
    );
    const columns = [...new Set(filterConditions(step).map((c) => c.column))].join(', ');
    return {
      body: `SELECT * FROM ${input.cte} WHERE ${where}`,
      orderColumns: input.orderColumns,
      findings: async (_session, _with, rows) => ({
        warnings: rows && rows.after === 0 && rows.before > 0 ? [message('engine.filterMatchedNothing', { column: columns })] : [],
      }),
    };
  },
};

function combine(match: FilterMatch, parts: string[]): string {
  return parts.length === 1 ? parts[0]! : `(${parts.map((p) => `(${p})`).join(match === 'all' ? ' AND ' : ' OR ')})`;
}

/** An empty cell: missing, or (text) nothing but spaces. */
function emptySql(column: ColumnInfo): string {
  const c = ident(column.name);
  return isTextType(column.type) ? `(${c} IS NULL OR trim(${c}) = '')` : `${c} IS NULL`;
}

const bad = (column: ColumnInfo, value: FilterValue) => new WerkbankError('errors.recipe.badFilterValue', { column: column.name, value: value === null ? '' : String(value) });

/** One condition; the values the user gave are bound parameters, cast to the column's type. */
function conditionSql(condition: FilterCondition, column: ColumnInfo, bind: StepEnv['bind']): string {
  const c = ident(column.name);
  const empty = emptySql(column);
  switch (condition.op) {
    case 'isEmpty':
      return empty;
    case 'notEmpty':
      return `NOT ${empty}`;
    case 'in':
    case 'notIn': {
      const values = condition.values.filter((v) => v !== null);
      const parts = [
        ...(values.length > 0 ? [`${c} IN (${values.map((v) => typedValue(v, column, bind)).join(', ')})`] : []),
        // A null in the list stands for the empty cells.
        ...(values.length < condition.values.length ? [empty] : []),
      ];
      const within = parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
      return condition.op === 'in' ? within : `NOT coalesce(${within}, FALSE)`;
    }
    case 'between': {
      const { min, max } = condition;
      if (min === null && max === null) throw bad(column, null);
      const ends = [...(min === null ? [] : [compare('gte', min, column, bind)]), ...(max === null ? [] : [compare('lte', max, column, bind)])];
      return ends.join(' AND ');
    }
    default: {
      const { op, value } = condition;
      if (value === null) {
        // Version 2 read "is" and "is not" without a value as "is empty" and "is not empty".
        if (op === 'eq') return empty;
        if (op === 'neq') return `NOT ${empty}`;
        throw bad(column, value);
      }
      if (op === 'contains' || op === 'startsWith') {
        const fn = op === 'contains' ? 'contains' : 'starts_with';
        return `${fn}(lower(CAST(${c} AS VARCHAR)), lower(CAST(${bind(String(value))} AS VARCHAR)))`;
      }
      // Rows without a value are "not equal" too: a user excluding class 2A keeps the rows without a class.
      if (op === 'neq') return `${c} IS DISTINCT FROM ${typedValue(value, column, bind)}`;
      return compare(op, value, column, bind);
    }
  }
}

type Comparison = 'eq' | 'gt' | 'gte' | 'lt' | 'lte';
const SIGN: Record<Comparison, string> = { eq: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/**
 * `column <op> value`. On an ordinal column, `Niveau >= C` compares ranks in the column's levels
 * (E < D < C < B < A), not text: the value must be one of the levels, and rows without a level
 * never pass. `=` on an ordinal column compares the text, as the values are written.
 */
function compare(op: Comparison, value: Exclude<FilterValue, null>, column: ColumnInfo, bind: StepEnv['bind']): string {
  if (column.type === 'ordinal' && op !== 'eq') {
    const wanted = String(value).trim().toLowerCase();
    const rank = (column.levels ?? []).findIndex((l) => l.trim().toLowerCase() === wanted);
    if (rank < 0) throw bad(column, value);
    return `${levelRank(column)} ${SIGN[op]} ${rank + 1}`;
  }
  return `${ident(column.name)} ${SIGN[op]} ${typedValue(value, column, bind)}`;
}

/** A filter value checked against the column's type, as a parameter of that type. */
function typedValue(value: Exclude<FilterValue, null>, column: ColumnInfo, bind: StepEnv['bind']): string {
  switch (column.type) {
    case 'integer':
    case 'decimal': {
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(',', '.')) : NaN;
      if (!Number.isFinite(n) || (typeof value === 'string' && value.trim() === '')) throw bad(column, value);
      return `CAST(${bind(n)} AS DOUBLE)`;
    }
    case 'date':
      if (typeof value !== 'string' || !ISO_DATE.test(value)) throw bad(column, value);
      return `CAST(${bind(value)} AS DATE)`;
    case 'boolean':
      if (value === true || value === 'true') return 'TRUE';
      if (value === false || value === 'false') return 'FALSE';
      throw bad(column, value);
    case 'text':
    case 'identifier':
    case 'ordinal':
      return `CAST(${bind(String(value))} AS VARCHAR)`;
  }
}
