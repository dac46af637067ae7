import { WerkbankError } from '../../../../shared/api/errors';
import { readExpression } from '../../../../shared/expr';
import { checkTypedName } from '../../../../shared/model/names';
import type { DeriveStep } from '../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../shared/model/table';
import { RESERVED_PREFIX } from '../../db/reserved';
import { ident } from '../../db/sql';
import { expressionSql } from '../expr-sql';
import type { StepModule } from './types';

/**
 * Adds a column computed by an expression (shared/expr): the table's columns, then the new one,
 * typed by the type checker without running SQL. A name or expression that does not fit the table
 * is a WerkbankError: the name's rule, or the expression's problem with its position (errors.expr.*).
 */
export const deriveStep: StepModule<DeriveStep> = {
  columns(step, input) {
    return [...input, derive(step, input).column];
  },
  compile(step, input, env) {
    const { column, sql } = derive(step, input.columns, env.bind);
    const select = [...input.columns.map((c) => ident(c.name)), `${sql} AS ${ident(column.name)}`, ...input.orderColumns.map(ident)];
    return {
      body: `SELECT ${select.join(', ')} FROM ${input.cte}`,
      orderColumns: input.orderColumns,
      findings: async () => ({ warnings: [] }),
    };
  },
};

function derive(step: DeriveStep, input: ColumnInfo[], bind?: (value: string | number | boolean | null) => string): { column: ColumnInfo; sql: string } {
  checkName(step.name, input);
  const read = readExpression(step.expression, step.dialect, input);
  if (!read.ok) throw new WerkbankError(read.problem.code, read.problem.params);
  const column: ColumnInfo = { name: step.name, ...read.column };
  return { column, sql: bind ? expressionSql(read.expr, read.checked, bind) : '' };
}

/** The new column's name: typed by the user, so clean, not the engine's, and free in the table (case-insensitively, as DuckDB compares). */
function checkName(name: string, input: ColumnInfo[]): void {
  if (name.trim() === '') throw new WerkbankError('errors.derive.nameEmpty');
  checkTypedName(name);
  if (name.startsWith(RESERVED_PREFIX)) throw new WerkbankError('errors.derive.nameReserved', { name });
  const taken = input.find((c) => c.name.toLowerCase() === name.toLowerCase());
  if (taken) throw new WerkbankError('errors.derive.nameTaken', { name, column: taken.name });
}
