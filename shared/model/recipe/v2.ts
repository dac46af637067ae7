import { z } from 'zod';

/**
 * The recipe format as version 2 wrote it (steps with ids; a join with one `normalizeKeys`
 * switch, a filter with one condition), frozen: it must read every file written then, whatever
 * becomes of the current steps. Only `migrate()` uses it.
 */
const StepBaseV2 = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/),
  disabled: z.boolean().optional(),
});

const JoinStepV2 = StepBaseV2.extend({
  kind: z.literal('join'),
  right: z.string(),
  how: z.enum(['inner', 'left']),
  leftKeys: z.array(z.string()).min(1),
  rightKeys: z.array(z.string()).min(1),
  normalizeKeys: z.boolean().default(true),
});

const FilterStepV2 = StepBaseV2.extend({
  kind: z.literal('filter'),
  column: z.string(),
  op: z.enum(['eq', 'neq', 'contains', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'notEmpty']),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).default(null),
});

const DeduplicateStepV2 = StepBaseV2.extend({
  kind: z.literal('deduplicate'),
  keys: z.array(z.string()).default([]),
  keep: z.enum(['first', 'last']).default('first'),
});

export const RecipeV2 = z.object({
  version: z.literal(2),
  base: z.string(),
  steps: z.array(z.discriminatedUnion('kind', [JoinStepV2, FilterStepV2, DeduplicateStepV2])),
});
export type RecipeV2 = z.infer<typeof RecipeV2>;
export type StepV2 = RecipeV2['steps'][number];
