import { z } from 'zod';
import { StepBase } from '../step-base';

export const FilterOp = z.enum(['eq', 'neq', 'in', 'notIn', 'contains', 'startsWith', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'notEmpty']);
export type FilterOp = z.infer<typeof FilterOp>;

/** A value the user gave, in the column's type (numbers as numbers, dates as `yyyy-mm-dd`). */
export const FilterValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type FilterValue = z.infer<typeof FilterValue>;

/**
 * One condition on one column. `eq`/`neq` with a null value test for an empty cell; a row
 * without a value is "not equal" and "not in" (a user excluding class 2A keeps rows without a
 * class). `contains` and `startsWith` ignore case. Ordinal columns compare by their levels.
 */
export const ValueCondition = z.object({
  column: z.string(),
  op: z.enum(['eq', 'neq', 'contains', 'startsWith', 'gt', 'gte', 'lt', 'lte']),
  value: FilterValue,
});

/** In (or not in) a set of values; a null in the set stands for an empty cell. */
export const ListCondition = z.object({
  column: z.string(),
  op: z.enum(['in', 'notIn']),
  values: z.array(FilterValue).min(1),
});

/** Between two values, both ends included; a null end is open. Rows without a value never pass. */
export const RangeCondition = z.object({
  column: z.string(),
  op: z.literal('between'),
  min: FilterValue,
  max: FilterValue,
});

/** Empty (missing, or only spaces in a text) or not. */
export const EmptyCondition = z.object({
  column: z.string(),
  op: z.enum(['isEmpty', 'notEmpty']),
});

export const FilterCondition = z.discriminatedUnion('op', [ValueCondition, ListCondition, RangeCondition, EmptyCondition]);
export type FilterCondition = z.infer<typeof FilterCondition>;

/** `all`: every condition holds (AND); `any`: at least one (OR). */
export const FilterMatch = z.enum(['all', 'any']);
export type FilterMatch = z.infer<typeof FilterMatch>;

/** Conditions combined with AND or OR, inside a filter step. */
export const FilterGroup = z.object({
  match: FilterMatch,
  conditions: z.array(FilterCondition).min(1),
});
export type FilterGroup = z.infer<typeof FilterGroup>;

/**
 * Keeps the rows meeting conditions, combined with AND (`all`) or OR (`any`); an entry may be a
 * group of its own, so `Klas in (2A, 2B) AND (Score < 10 OR Zorg = ja)` is one step.
 */
export const FilterStep = StepBase.extend({
  kind: z.literal('filter'),
  match: FilterMatch.default('all'),
  conditions: z.array(z.union([FilterCondition, FilterGroup])).min(1),
});
export type FilterStep = z.infer<typeof FilterStep>;

/** Whether an entry of a filter step is a group. */
export function isFilterGroup(entry: FilterCondition | FilterGroup): entry is FilterGroup {
  return 'conditions' in entry;
}

/** Every condition of a filter step, groups opened. */
export function filterConditions(step: Pick<FilterStep, 'conditions'>): FilterCondition[] {
  return step.conditions.flatMap((c) => (isFilterGroup(c) ? c.conditions : [c]));
}
