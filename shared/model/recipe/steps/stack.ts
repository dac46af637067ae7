import { z } from 'zod';
import { StepBase } from '../step-base';

/**
 * Puts the rows of other sources under the table's (one file per class): columns are matched by
 * name, so their order may differ, but every source must have the same columns with the same
 * types (whole numbers may stack onto decimals and the other way round). The table's rows come
 * first, then each source's in the listed order, each in its own row order.
 */
export const StackStep = StepBase.extend({
  kind: z.literal('stack'),
  sources: z.array(z.string()).min(1),
});
export type StackStep = z.infer<typeof StackStep>;
