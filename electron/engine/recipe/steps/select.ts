import { WerkbankError } from '../../../../shared/api/errors';
import { checkTypedName } from '../../../../shared/model/names';
import type { SelectStep } from '../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../shared/model/table';
import { RESERVED_PREFIX } from '../../db/reserved';
import { ident } from '../../db/sql';
import { columnOf } from './columns';
import type { StepModule } from './types';

/** Keeps the listed columns in the listed order, renamed where asked; rows and their order stay. */
export const selectStep: StepModule<SelectStep> = {
  columns(step, input) {
    return selectColumns(step, input);
  },
  compile(step, input) {
    const out = selectColumns(step, input.columns);
    const select = step.columns.map((s, i) => `${ident(s.column)} AS ${ident(out[i]!.name)}`);
    return {
      body: `SELECT ${[...select, ...input.orderColumns.map(ident)].join(', ')} FROM ${input.cte}`,
      orderColumns: input.orderColumns,
      findings: async () => ({ warnings: [] }),
    };
  },
};

/**
 * The columns after the step. A new name is typed by the user: it must be clean (names.ts), not
 * empty and not one the engine keeps for itself; the names after the step must differ also
 * without regard to case (DuckDB compares names so).
 */
function selectColumns(step: SelectStep, input: ColumnInfo[]): ColumnInfo[] {
  const seen = new Set<string>();
  return step.columns.map((s) => {
    const column = columnOf(input, s.column);
    const name = s.as ?? column.name;
    if (s.as !== undefined) {
      if (s.as.trim() === '') throw new WerkbankError('errors.recipe.emptyColumnName');
      checkTypedName(s.as);
      if (s.as.startsWith(RESERVED_PREFIX)) throw new WerkbankError('errors.recipe.reservedColumnName', { name: s.as });
    }
    if (seen.has(name.toLowerCase())) throw new WerkbankError('errors.recipe.duplicateColumnName', { name });
    seen.add(name.toLowerCase());
    return { ...column, name };
  });
}
