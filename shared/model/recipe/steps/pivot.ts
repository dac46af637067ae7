import { z } from 'zod';
import { StepBase } from '../step-base';
import { OutputName, StepValue } from './group';

/** What a pivot puts in each cell, over the rows with that key and that value. */
export const PivotAggregate = z.enum(['first', 'mean', 'sum', 'count']);
export type PivotAggregate = z.infer<typeof PivotAggregate>;

/**
 * Long to wide: the values of one column become columns. The values are listed in the step, each
 * with the name of its column, so the result's columns are known before the recipe runs; rows
 * whose value is not listed (or empty) are left out and reported as a warning with their count.
 * Rows are grouped by `keys` (none: one row), in the order the groups first appear.
 * - `first`: the measure of the first row (in row order), keeping its type;
 * - `mean`: the mean of the non-empty numbers (decimal);
 * - `sum`: integer for integers, decimal for decimals;
 * - `count`: rows (integer; 0 where there are none); needs no measure.
 */
export const PivotStep = StepBase.extend({
  kind: z.literal('pivot'),
  keys: z.array(z.string()),
  /** The column whose values become columns. */
  column: z.string(),
  values: z.array(z.object({ value: StepValue, name: OutputName })).min(1),
  aggregate: PivotAggregate,
  /** The column whose values fill the cells; null for `count`. */
  measure: z.string().nullable().default(null),
});
export type PivotStep = z.infer<typeof PivotStep>;
