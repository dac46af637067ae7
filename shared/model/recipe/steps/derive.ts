import { z } from 'zod';
import { DIALECTS, MAX_EXPRESSION_CHARS } from '../../../expr/ast';
import { StepBase } from '../step-base';

/**
 * Adds a column computed by an expression (shared/expr): `[Score (/40)] / 40 * 100`. The text is
 * kept as the user wrote it, with its dialect (`nl`: `;` between arguments and a decimal comma;
 * `en`: `,` and a decimal point), so it reads back exactly as written.
 *
 * The schema takes any name and text: the engine refuses, with a message the user can act on, a
 * name that is not clean (shared/model/names.ts), reserved or already taken in the table, and an
 * expression that does not read or check (errors.expr.*, with the position).
 */
export const DeriveStep = StepBase.extend({
  kind: z.literal('derive'),
  /** The new column's name. */
  name: z.string(),
  expression: z.string().max(10 * MAX_EXPRESSION_CHARS),
  dialect: z.enum(DIALECTS as ['nl', 'en']),
});
export type DeriveStep = z.infer<typeof DeriveStep>;
