import { WerkbankError } from '../../../../shared/api/errors';
import { message, type Message } from '../../../../shared/model/message';
import type { PivotStep } from '../../../../shared/model/recipe';
import { type ColumnInfo, displayCell } from '../../../../shared/model/table';
import { toCell } from '../../db/session';
import { duckType, ident } from '../../db/sql';
import { columnOf } from './columns';
import { boundValue, checkOutputNames, emptyOf, typedValue, valueOf } from './group';
import { orderColumnAt, ranked } from './order';
import type { StepModule } from './types';

/** How many unlisted values a warning shows as examples. */
export const PIVOT_EXAMPLES = 5;

/**
 * Long to wide: one row per combination of key values (in the order the groups first appear,
 * blank keys one group), one column per listed value of the pivot column. Every key group
 * appears, even one whose rows hold no listed value (its cells are then empty, or 0 for
 * `count`). Rows with a value not listed, or none, fill no cell: the findings count them.
 */
export const pivotStep: StepModule<PivotStep> = {
  columns(step, input) {
    return pivotColumns(step, input);
  },
  compile(step, input, env) {
    pivotColumns(step, input.columns);
    const keys = step.keys.map((k) => columnOf(input.columns, k));
    const column = columnOf(input.columns, step.column);
    const c = ident(column.name);
    const measure = step.measure === null ? null : columnOf(input.columns, step.measure);
    const m = measure ? ident(measure.name) : 'NULL';
    const rank = orderColumnAt(env.position);
    const matches = step.values.map((v) => `coalesce(${c} = ${boundValue(v.value, column, env.bind)}, FALSE)`);
    const cells = step.values.map((v, i) => {
      const where = `FILTER (WHERE ${matches[i]!})`;
      switch (step.aggregate) {
        case 'first':
          // The first row's value as it stands, even an empty one: a cell shows that row.
          return `first(${m} ORDER BY ${ident(rank)}) ${where} AS ${ident(v.name)}`;
        case 'mean':
          return `CAST(avg(${m}) ${where} AS DOUBLE) AS ${ident(v.name)}`;
        case 'sum':
          return `CAST(sum(${m}) ${where} AS ${duckType(measure!.type)}) AS ${ident(v.name)}`;
        case 'count':
          return `count(*) ${where} AS ${ident(v.name)}`;
      }
    });
    const select = [...keys.map((k) => `${valueOf(k)} AS ${ident(k.name)}`), ...cells, `min(${ident(rank)}) AS ${ident(rank)}`];
    const groupBy = keys.length > 0 ? ` GROUP BY ${keys.map((_, i) => i + 1).join(', ')}` : '';
    const listed = `(${matches.join(' OR ')})`;
    const unlisted = `NOT ${emptyOf(column)} AND NOT ${listed}`;
    return {
      body: `SELECT ${select.join(', ')} FROM ${ranked(input, rank)}${groupBy}`,
      orderColumns: [rank],
      findings: async (session, withSteps) => {
        const examples = `(SELECT list(v ORDER BY v) FROM (SELECT DISTINCT CAST(${c} AS VARCHAR) AS v FROM ${input.cte} WHERE ${unlisted} ORDER BY v LIMIT ${PIVOT_EXAMPLES}))`;
        // Cells that held more than one row: `first` kept one of them and dropped the others.
        const crowded =
          step.aggregate === 'first'
            ? `(SELECT count(*) FROM (SELECT 1 FROM ${input.cte} WHERE ${listed} GROUP BY ${[...keys.map(valueOf), c].join(', ')} HAVING count(*) > 1))`
            : '0';
        const body = `SELECT count(*) FILTER (WHERE ${unlisted}), count(DISTINCT ${c}) FILTER (WHERE ${unlisted}),
          count(*) FILTER (WHERE ${emptyOf(column)}), ${examples}, ${crowded} FROM ${input.cte}`;
        const row = (await session.queryRaw(withSteps(body)))[0]!;
        const n = (i: number) => Number(toCell(row[i]!));
        const list = row[3] as { items?: readonly unknown[] } | null;
        const shown = (list?.items ?? []).map((item) => String(displayCell(toCell(item as never), 100)));
        const warnings: Message[] = [];
        if (n(0) > 0) warnings.push(message('engine.pivotUnlisted', { column: column.name, rows: n(0), values: n(1), examples: shown.join(', ') }));
        if (n(2) > 0) warnings.push(message('engine.pivotEmpty', { column: column.name, rows: n(2) }));
        if (n(4) > 0) warnings.push(message('engine.pivotFirstDropped', { cells: n(4), column: column.name }));
        return { warnings };
      },
    };
  },
};

/** The output columns: the keys, then one per listed value; refuses what does not fit. */
function pivotColumns(step: PivotStep, input: ColumnInfo[]): ColumnInfo[] {
  const keys = step.keys.map((k) => columnOf(input, k));
  const column = columnOf(input, step.column);
  const seen = new Set<string>();
  for (const v of step.values) {
    const typed = JSON.stringify(typedValue(v.value, column));
    if (seen.has(typed)) throw new WerkbankError('errors.recipe.pivotValueTwice', { column: column.name, value: String(v.value) });
    seen.add(typed);
  }
  const cell = cellColumn(step, input);
  const out = [...keys, ...step.values.map((v) => ({ ...cell, name: v.name }))];
  checkOutputNames(out.map((c) => c.name));
  return out;
}

/** The type of a cell (its name aside). */
function cellColumn(step: PivotStep, input: ColumnInfo[]): ColumnInfo {
  if (step.aggregate === 'count') {
    if (step.measure !== null) columnOf(input, step.measure);
    return { name: '', type: 'integer' };
  }
  if (step.measure === null) throw new WerkbankError('errors.recipe.pivotMeasureRequired');
  const measure = columnOf(input, step.measure);
  if (step.aggregate === 'first') return { ...measure };
  if (measure.type !== 'integer' && measure.type !== 'decimal') {
    throw new WerkbankError('errors.recipe.aggregateNotNumeric', { column: measure.name });
  }
  return { name: '', type: step.aggregate === 'mean' ? 'decimal' : measure.type };
}
