import { WerkbankError } from '../../../../shared/api/errors';
import { message } from '../../../../shared/model/message';
import type { UnpivotStep } from '../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../shared/model/table';
import { duckType, ident } from '../../db/sql';
import { columnOf } from './columns';
import { checkOutputNames, emptyOf } from './group';
import { orderColumnAt } from './order';
import type { StepModule } from './types';

/**
 * Wide to long: each input row becomes one row per chosen column, in the order the columns are
 * listed (the position is the step's order column, after the input's), with the column's name
 * and its value. The other columns repeat, in their order, before the two new ones.
 */
export const unpivotStep: StepModule<UnpivotStep> = {
  columns(step, input) {
    return unpivotPlan(step, input).columns;
  },
  compile(step, input, env) {
    const { columns, chosen, kept, value } = unpivotPlan(step, input.columns);
    const position = orderColumnAt(env.position);
    // The column names are data in the name column: bound, never SQL text.
    const rows = chosen.map((c, i) => `(${i + 1}, CAST(${env.bind(c.name)} AS VARCHAR))`).join(', ');
    const cast = duckType(value.type);
    const pick = `CASE u.i ${chosen.map((c, i) => `WHEN ${i + 1} THEN CAST(t.${ident(c.name)} AS ${cast})`).join(' ')} END`;
    const select = [
      ...kept.map((c) => `t.${ident(c.name)}`),
      `u.n AS ${ident(step.nameColumn)}`,
      `${pick} AS ${ident(step.valueColumn)}`,
      ...input.orderColumns.map((o) => `t.${ident(o)}`),
      `u.i AS ${ident(position)}`,
    ];
    const body = `SELECT ${select.join(', ')} FROM ${input.cte} AS t CROSS JOIN (VALUES ${rows}) AS u(i, n)`;
    // Numbers, dates, yes/no and levels that became text can no longer be averaged or ranked: say so.
    const asText = value.type === 'text' && chosen.some((c) => c.type !== 'text' && c.type !== 'identifier');
    return {
      body: step.dropEmpty ? `SELECT * FROM (${body}) WHERE NOT ${emptyOf(columns[columns.length - 1]!)}` : body,
      orderColumns: [...input.orderColumns, position],
      findings: async () => ({
        warnings: asText ? [message('engine.unpivotAsText', { columns: chosen.map((c) => c.name).join(', '), value: step.valueColumn })] : [],
      }),
    };
  },
};

interface UnpivotPlan {
  columns: ColumnInfo[];
  chosen: ColumnInfo[];
  kept: ColumnInfo[];
  value: ColumnInfo;
}

function unpivotPlan(step: UnpivotStep, input: ColumnInfo[]): UnpivotPlan {
  const chosen = step.columns.map((name) => columnOf(input, name));
  const seen = new Set<string>();
  for (const c of chosen) {
    if (seen.has(c.name)) throw new WerkbankError('errors.recipe.columnChosenTwice', { column: c.name });
    seen.add(c.name);
  }
  const kept = input.filter((c) => !seen.has(c.name));
  const value: ColumnInfo = { ...valueType(chosen), name: step.valueColumn };
  const columns = [...kept, { name: step.nameColumn, type: 'text' as const }, value];
  checkOutputNames(columns.map((c) => c.name));
  return { columns, chosen, kept, value };
}

/**
 * The value column's type: the chosen columns' type when they agree (ordinal columns with the
 * same levels), decimal for integers with decimals, otherwise text.
 */
function valueType(chosen: ColumnInfo[]): Omit<ColumnInfo, 'name'> {
  const first = chosen[0]!;
  if (sameKind(chosen)) {
    if (chosen.every((c) => c.type === first.type)) return first.levels ? { type: first.type, levels: first.levels } : { type: first.type };
    return { type: 'decimal' };
  }
  return { type: 'text' };
}

/** Whether the values can share a column without becoming text. */
function sameKind(chosen: ColumnInfo[]): boolean {
  const first = chosen[0]!;
  const levels = (c: ColumnInfo) => JSON.stringify(c.levels ?? []);
  if (chosen.every((c) => c.type === first.type && levels(c) === levels(first))) return true;
  return chosen.every((c) => c.type === 'integer' || c.type === 'decimal');
}
