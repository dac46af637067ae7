import { z } from 'zod';
import { StepBase } from '../step-base';

/**
 * Keeps one row of each set of duplicates: rows equal in every column (no keys), or rows with
 * the same values in the key columns. Rows with an empty key are never duplicates of each other:
 * two pupils without a number are not one pupil.
 */
export const DeduplicateStep = StepBase.extend({
  kind: z.literal('deduplicate'),
  keys: z.array(z.string()).default([]),
  /** Which row of a set stays, in the table's row order. */
  keep: z.enum(['first', 'last']).default('first'),
});
export type DeduplicateStep = z.infer<typeof DeduplicateStep>;
