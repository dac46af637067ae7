import { z } from 'zod';

/**
 * The recipe format as version 1 wrote it (steps without ids), frozen: it must read every file
 * written then, whatever becomes of the current steps. Only `migrate()` uses it.
 */
const JoinStepV1 = z.object({
  kind: z.literal('join'),
  right: z.string(),
  how: z.enum(['inner', 'left']),
  leftKeys: z.array(z.string()).min(1),
  rightKeys: z.array(z.string()).min(1),
  normalizeKeys: z.boolean().default(true),
});

const FilterStepV1 = z.object({
  kind: z.literal('filter'),
  column: z.string(),
  op: z.enum(['eq', 'neq', 'contains', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'notEmpty']),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).default(null),
});

export const RecipeV1 = z.object({
  version: z.literal(1),
  base: z.string(),
  steps: z.array(z.discriminatedUnion('kind', [JoinStepV1, FilterStepV1])),
});
export type RecipeV1 = z.infer<typeof RecipeV1>;
