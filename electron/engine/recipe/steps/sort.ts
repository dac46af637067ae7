import type { SortStep } from '../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../shared/model/table';
import { ident } from '../../db/sql';
import { columnOf, isTextType, levelRank } from './columns';
import { orderColumnAt, ranked } from './order';
import type { StepModule } from './types';

/**
 * Puts the rows in the order of its keys: each key's empty cells last in either direction, text
 * without regard to case, an ordinal column by its levels (a value outside them counts as
 * empty); rows equal in every key keep their order (the table's order columns break ties). The
 * rank becomes the only order column.
 */
export const sortStep: StepModule<SortStep> = {
  columns(step, input) {
    for (const key of step.keys) columnOf(input, key.column);
    return input;
  },
  compile(step, input, env) {
    const rank = orderColumnAt(env.position);
    const keys = step.keys.flatMap((key) => {
      const { value, empty } = sortValue(columnOf(input.columns, key.column));
      return [`(CASE WHEN ${empty} THEN 1 ELSE 0 END) ASC`, `${value} ${key.direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST`];
    });
    const select = [...input.columns.map((c) => ident(c.name)), ident(rank)].join(', ');
    return {
      body: `SELECT ${select} FROM ${ranked(input, rank, keys)}`,
      orderColumns: [rank],
      findings: async () => ({ warnings: [] }),
    };
  },
};

/** What a column sorts by, and when a cell counts as empty. */
function sortValue(column: ColumnInfo): { value: string; empty: string } {
  const c = ident(column.name);
  if (column.type === 'ordinal' && column.levels && column.levels.length > 0) {
    const position = levelRank(column);
    return { value: position, empty: `${position} IS NULL` };
  }
  if (isTextType(column.type)) return { value: `${c} COLLATE NOCASE`, empty: `(${c} IS NULL OR trim(${c}) = '')` };
  return { value: c, empty: `${c} IS NULL` };
}
