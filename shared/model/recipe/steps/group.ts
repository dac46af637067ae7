import { z } from 'zod';
import { isCleanName, MAX_NAME_CHARS } from '../../names';
import { StepBase } from '../step-base';

/**
 * The name of a column a step makes (an aggregate, a pivoted value, the name and value columns
 * of an unpivot). Names in a recipe are data: the editor proposes one in the user's language
 * (`gemiddelde Score`) and the step stores what was chosen, so a recipe reads the same in any
 * language. The engine refuses a name that clashes with another column of the result.
 */
export const OutputName = z
  .string()
  .min(1)
  .max(MAX_NAME_CHARS)
  .refine(isCleanName, { message: 'contains control or invisible formatting characters' });

/** A value the user typed into a step (never SQL: the engine binds it as a parameter). */
export const StepValue = z.union([z.string(), z.number(), z.boolean()]);
export type StepValue = z.infer<typeof StepValue>;

/**
 * A condition on one column, for "share of rows meeting it". Comparisons on an ordinal column
 * compare level ranks (E < D < C < B < A). A row with an empty value meets `isEmpty` and `neq`
 * only.
 */
export const RowCondition = z.discriminatedUnion('op', [
  z.object({ op: z.enum(['eq', 'neq', 'gt', 'gte', 'lt', 'lte']), column: z.string(), value: StepValue }),
  z.object({ op: z.literal('in'), column: z.string(), values: z.array(StepValue).min(1) }),
  z.object({ op: z.enum(['isEmpty', 'notEmpty']), column: z.string() }),
]);
export type RowCondition = z.infer<typeof RowCondition>;

/** The aggregate functions that read one column; each skips the column's empty values. */
export const ColumnAggregateFn = z.enum(['countValues', 'countDistinct', 'mean', 'median', 'sd', 'min', 'max', 'sum']);
export type ColumnAggregateFn = z.infer<typeof ColumnAggregateFn>;

/**
 * One output column of a group step:
 * - `count`: rows in the group (integer);
 * - `countValues` / `countDistinct`: non-empty / distinct non-empty values of a column (integer);
 * - `mean`, `median`, `sd` (sample SD, n − 1): over the non-empty numbers (decimal);
 * - `min` / `max`: keep the column's type (levels by rank);
 * - `sum`: integer for integers, decimal for decimals;
 * - `share`: rows meeting the condition / rows in the group (a fraction 0…1, decimal).
 */
export const Aggregate = z.discriminatedUnion('fn', [
  z.object({ fn: z.literal('count'), name: OutputName }),
  z.object({ fn: ColumnAggregateFn, column: z.string(), name: OutputName }),
  z.object({ fn: z.literal('share'), condition: RowCondition, name: OutputName }),
]);
export type Aggregate = z.infer<typeof Aggregate>;
export type AggregateFn = Aggregate['fn'];

/**
 * Folds the rows into one row per combination of key values (none: one row for the whole
 * table), in the order the groups first appear. Empty keys form a group of their own. Every
 * result carries the group's row count (`countName`, `n` unless renamed), so whatever shows a
 * figure of the group can show its n (DOMAIN.md: "show n everywhere").
 */
export const GroupStep = StepBase.extend({
  kind: z.literal('group'),
  keys: z.array(z.string()),
  countName: OutputName.default('n'),
  aggregates: z.array(Aggregate).default([]),
});
export type GroupStep = z.infer<typeof GroupStep>;
