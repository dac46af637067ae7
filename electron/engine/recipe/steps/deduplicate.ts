import type { DeduplicateStep } from '../../../../shared/model/recipe';
import { ident } from '../../db/sql';
import { columnOf, isTextType } from './columns';
import { orderColumnAt, ranked } from './order';
import type { StepModule } from './types';

/**
 * Keeps the first (or last) row of each set of duplicates, in the table's row order. The kept
 * row's rank becomes the only order column, so the result keeps the order of the rows that stay.
 */
export const deduplicateStep: StepModule<DeduplicateStep> = {
  columns(step, input) {
    for (const key of step.keys) columnOf(input, key);
    return input;
  },
  compile(step, input, env) {
    const keys = step.keys.length > 0 ? step.keys.map((k) => columnOf(input.columns, k)) : input.columns;
    const rank = orderColumnAt(env.position);
    const partition = keys.map((k) => ident(k.name)).join(', ');
    const first = `row_number() OVER (PARTITION BY ${partition} ORDER BY ${ident(rank)} ${step.keep === 'first' ? 'ASC' : 'DESC'}) = 1`;
    // A row with an empty key is nobody's duplicate (whole-row comparison has no such exception).
    const emptyKey = step.keys.length > 0 ? keys.map((k) => (isTextType(k.type) ? `trim(coalesce(${ident(k.name)}, '')) = ''` : `${ident(k.name)} IS NULL`)) : [];
    const keep = [...emptyKey, first].join(' OR ');
    const select = [...input.columns.map((c) => ident(c.name)), ident(rank)].join(', ');
    return {
      body: `SELECT ${select} FROM ${ranked(input, rank)} QUALIFY ${keep}`,
      orderColumns: [rank],
      findings: async () => ({ warnings: [] }),
    };
  },
};
