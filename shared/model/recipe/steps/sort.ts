import { z } from 'zod';
import { StepBase } from '../step-base';

export const SortStepKey = z.object({
  column: z.string(),
  direction: z.enum(['asc', 'desc']).default('asc'),
});
export type SortStepKey = z.infer<typeof SortStepKey>;

/**
 * Puts the rows in the order of one or more columns. Empty cells come last in either direction;
 * rows equal in every sort column keep the order they had (a stable sort). Text sorts without
 * regard to case, ordinal columns by their levels.
 */
export const SortStep = StepBase.extend({
  kind: z.literal('sort'),
  keys: z.array(SortStepKey).min(1),
});
export type SortStep = z.infer<typeof SortStep>;
