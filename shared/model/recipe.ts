import { z } from 'zod';
import { Message } from './message';

export const RECIPE_VERSION = 1;

export const JoinStep = z.object({
  kind: z.literal('join'),
  /** The source joined onto the current table. */
  right: z.string(),
  how: z.enum(['inner', 'left']),
  leftKeys: z.array(z.string()).min(1),
  rightKeys: z.array(z.string()).min(1),
  /**
   * Compare keys as trimmed, case-folded text so that ` 2023054`, `2023054` and the number
   * 2023054 match. On by default: exports disagree on types and stray spaces all the time.
   */
  normalizeKeys: z.boolean().default(true),
});
export type JoinStep = z.infer<typeof JoinStep>;

export const FilterOp = z.enum(['eq', 'neq', 'contains', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'notEmpty']);
export type FilterOp = z.infer<typeof FilterOp>;

export const FilterStep = z.object({
  kind: z.literal('filter'),
  column: z.string(),
  op: FilterOp,
  /** Ignored by `isEmpty` / `notEmpty`. */
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]).default(null),
});
export type FilterStep = z.infer<typeof FilterStep>;

export const RecipeStep = z.discriminatedUnion('kind', [JoinStep, FilterStep]);
export type RecipeStep = z.infer<typeof RecipeStep>;

/**
 * The ordered steps from sources to a result table. Compiled to one SQL query by the engine.
 * Later issues add derive, select, aggregate, pivot, reshape and deduplicate steps here.
 */
export const Recipe = z.object({
  version: z.literal(RECIPE_VERSION),
  base: z.string(),
  steps: z.array(RecipeStep),
});
export type Recipe = z.infer<typeof Recipe>;

export const JoinDiagnostics = z.object({
  leftRows: z.number().int(),
  rightRows: z.number().int(),
  /** Distinct key values found on both sides. */
  matchedKeys: z.number().int(),
  /** Rows on the left whose key has no partner on the right. */
  unmatchedLeft: z.number().int(),
  /** Rows on the right whose key has no partner on the left. */
  unmatchedRight: z.number().int(),
  /** Key values that occur more than once on that side (they multiply rows in a join). */
  duplicateKeysLeft: z.number().int(),
  duplicateKeysRight: z.number().int(),
  /** Rows with an empty key on either side; they never match. */
  emptyKeysLeft: z.number().int(),
  emptyKeysRight: z.number().int(),
  resultRows: z.number().int(),
  /** A few unmatched key values from each side, to show the user what went wrong. */
  sampleUnmatchedLeft: z.array(z.string()),
  sampleUnmatchedRight: z.array(z.string()),
});
export type JoinDiagnostics = z.infer<typeof JoinDiagnostics>;

export const StepReport = z.object({
  kind: z.string(),
  rowsAfter: z.number().int(),
  warnings: z.array(Message),
  join: JoinDiagnostics.optional(),
});
export type StepReport = z.infer<typeof StepReport>;
