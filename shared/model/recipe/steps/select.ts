import { z } from 'zod';
import { StepBase } from '../step-base';

/** A column kept by a select step, under its own name or a new one (`as`). */
export const SelectColumn = z.object({
  column: z.string(),
  as: z.string().optional(),
});
export type SelectColumn = z.infer<typeof SelectColumn>;

/**
 * Keeps the listed columns in the listed order, each renamed where `as` says so; the others are
 * dropped. Rows and their order stay.
 */
export const SelectStep = StepBase.extend({
  kind: z.literal('select'),
  columns: z.array(SelectColumn).min(1),
});
export type SelectStep = z.infer<typeof SelectStep>;
