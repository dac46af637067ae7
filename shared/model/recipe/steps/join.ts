import { z } from 'zod';
import { StepBase } from '../step-base';

/** Joins a source onto the current table by one or more key pairs. */
export const JoinStep = StepBase.extend({
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

/** A join as the join dialog previews it, before it is a step of the recipe. */
export const JoinStepDraft = JoinStep.omit({ id: true });
export type JoinStepDraft = z.infer<typeof JoinStepDraft>;

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
