import { WerkbankError } from '../../../../shared/api/errors';
import type { StackStep } from '../../../../shared/model/recipe';
import type { ColumnInfo, ColumnType } from '../../../../shared/model/table';
import { ROW_ORDER_COLUMN } from '../../db/reserved';
import { duckType, ident } from '../../db/sql';
import { orderColumnAt, sideColumnAt } from './order';
import type { SourceTable, StepEnv, StepModule } from './types';

/**
 * Puts the rows of other sources under the table, columns matched by name (without regard to
 * case, as DuckDB compares names). Order: the table's rows in their order, then each source's in
 * its row order, in the listed order of the sources — a first order column numbers the parts.
 */
export const stackStep: StepModule<StackStep> = {
  columns(step, input, env) {
    return stackPlan(step, input, env).columns;
  },
  compile(step, input, env) {
    const { columns, sources } = stackPlan(step, input.columns, env);
    const side = sideColumnAt(env.position);
    const rowK = orderColumnAt(env.position);
    const noOrder = (o: string) => `CAST(NULL AS BIGINT) AS ${ident(o)}`;
    const table = [
      ...columns.map((c, i) => `CAST(${ident(input.columns[i]!.name)} AS ${duckType(c.type)}) AS ${ident(c.name)}`),
      `CAST(0 AS BIGINT) AS ${ident(side)}`,
      ...input.orderColumns.map(ident),
      noOrder(rowK),
    ];
    const parts = sources.map(({ source, names }, s) => {
      const select = [
        ...columns.map((c, i) => `CAST(${ident(names[i]!)} AS ${duckType(c.type)}) AS ${ident(c.name)}`),
        `CAST(${s + 1} AS BIGINT) AS ${ident(side)}`,
        ...input.orderColumns.map(noOrder),
        `${ident(ROW_ORDER_COLUMN)} AS ${ident(rowK)}`,
      ];
      return `SELECT ${select.join(', ')} FROM ${ident(source.table)}`;
    });
    return {
      body: [`SELECT ${table.join(', ')} FROM ${input.cte}`, ...parts].join(' UNION ALL '),
      orderColumns: [side, ...input.orderColumns, rowK],
      findings: async () => ({ warnings: [] }),
    };
  },
};

interface StackPlan {
  /** The table's columns, a type widened where a source holds decimals in a column of whole numbers. */
  columns: ColumnInfo[];
  /** Each source with, per column of the table, the name of its own column. */
  sources: { source: SourceTable; names: string[] }[];
}

/** Refuses a source whose columns are not the table's, or hold another type, with a message that says which. */
function stackPlan(step: StackStep, input: ColumnInfo[], env: StepEnv): StackPlan {
  const columns = input.map((c) => ({ ...c }));
  const sources = step.sources.map((id) => {
    const source = env.sources.get(id);
    if (!source) throw new WerkbankError('errors.recipe.unknownSource', { source: id });
    const byName = new Map(source.columns.map((c) => [c.name.toLowerCase(), c]));
    const missing = input.filter((c) => !byName.has(c.name.toLowerCase())).map((c) => c.name);
    if (missing.length > 0) throw new WerkbankError('errors.recipe.stackMissingColumns', { source: source.name, columns: missing.join(', ') });
    const known = new Set(input.map((c) => c.name.toLowerCase()));
    const extra = source.columns.filter((c) => !known.has(c.name.toLowerCase())).map((c) => c.name);
    if (extra.length > 0) throw new WerkbankError('errors.recipe.stackExtraColumns', { source: source.name, columns: extra.join(', ') });
    const names = columns.map((column) => {
      const own = byName.get(column.name.toLowerCase())!;
      const type = stackedType(column.type, own.type);
      if (type === null) throw new WerkbankError('errors.recipe.stackTypeDiffers', { source: source.name, column: column.name });
      column.type = type;
      return own.name;
    });
    return { source, names };
  });
  return { columns, sources };
}

/**
 * The type of a column stacked from two: the table's when both are stored alike (text, a pupil
 * number and levels are all text; their description stays the table's), a decimal for whole
 * numbers and decimals; null when they do not fit together.
 */
function stackedType(table: ColumnType, source: ColumnType): ColumnType | null {
  if (duckType(table) === duckType(source)) return table;
  const numeric = (t: ColumnType) => t === 'integer' || t === 'decimal';
  return numeric(table) && numeric(source) ? 'decimal' : null;
}
