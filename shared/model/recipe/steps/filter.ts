import { z } from 'zod';
import { StepBase } from '../step-base';

export const FilterOp = z.enum(['eq', 'neq', 'contains', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'notEmpty']);
export type FilterOp = z.infer<typeof FilterOp>;

/** Keeps the rows whose value in one column meets a condition. */
export const FilterStep = StepBase.extend({
  kind: z.literal('filter'),
  column: z.string(),
  op: FilterOp,
  /** Ignored by `isEmpty` / `notEmpty`. */
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).default(null),
});
export type FilterStep = z.infer<typeof FilterStep>;
