import type { ColumnInfo } from '../model/table';
import type { Dialect, Expr, ExprProblem } from './ast';
import { parseExpression } from './parse';
import { type Checked, checkExpression, derivedColumnType } from './typecheck';

export type ReadResult =
  | { ok: true; expr: Expr; checked: Checked; column: Pick<ColumnInfo, 'type' | 'levels'> }
  | { ok: false; problem: ExprProblem };

/**
 * An expression as a derived column needs it: parsed in its dialect, checked against the table's
 * columns, with the type of the column it makes. The engine's derive step and the dialog's live
 * check both read expressions through here, so they agree on every problem.
 */
export function readExpression(text: string, dialect: Dialect, columns: readonly ColumnInfo[]): ReadResult {
  const parsed = parseExpression(text, dialect);
  if (!parsed.ok) return parsed;
  const checked = checkExpression(parsed.expr, columns, text);
  if (!checked.ok) return checked;
  return { ok: true, expr: parsed.expr, checked, column: derivedColumnType(parsed.expr, checked) };
}
