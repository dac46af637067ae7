import { z } from 'zod';
import { StepBase } from '../step-base';

/**
 * How rows meet. `inner` keeps the pairs; `left` also the table's rows without a partner,
 * `right` the source's, `full` both. `anti` keeps only the table's rows without a partner and
 * `semi` those with one: each row once, without the source's columns.
 */
export const JoinKind = z.enum(['inner', 'left', 'right', 'full', 'anti', 'semi']);
export type JoinKind = z.infer<typeof JoinKind>;

/** How the values of a key pair are compared; all off compares them as written. */
export const KeyOptions = z.object({
  /** Spaces, tabs and line breaks around a text are ignored. */
  trim: z.boolean().default(false),
  ignoreCase: z.boolean().default(false),
  /** `Zoë` = `Zoe` (DuckDB's strip_accents). */
  ignoreAccents: z.boolean().default(false),
  /** A text of digits only loses its leading zeros: `0045123` = `45123`. */
  stripLeadingZeros: z.boolean().default(false),
  /** Numbers compared in one written form, so 45123, 45123,0 and the text `45123` are equal. */
  numberAsText: z.boolean().default(false),
});
export type KeyOptions = z.infer<typeof KeyOptions>;
export const KEY_OPTIONS = ['trim', 'ignoreCase', 'ignoreAccents', 'stripLeadingZeros', 'numberAsText'] as const satisfies readonly (keyof KeyOptions)[];

/** Values compared as written. */
export const EXACT_KEY: KeyOptions = { trim: false, ignoreCase: false, ignoreAccents: false, stripLeadingZeros: false, numberAsText: false };
/**
 * What version 2's `normalizeKeys` did, and what the join dialog proposes: everything but
 * accents (two pupils may differ only in an accent; a name-matching step weighs that).
 */
export const LENIENT_KEY: KeyOptions = { trim: true, ignoreCase: true, ignoreAccents: false, stripLeadingZeros: true, numberAsText: true };

/** One key pair: a column of the table, one of the joined source, and how they compare. */
export const JoinKey = KeyOptions.extend({
  left: z.string(),
  right: z.string(),
});
export type JoinKey = z.infer<typeof JoinKey>;

/**
 * Joins a source onto the current table on one or more key pairs. A row with an empty key part
 * never has a partner.
 */
export const JoinStep = StepBase.extend({
  kind: z.literal('join'),
  /** The source joined onto the current table. */
  right: z.string(),
  how: JoinKind,
  keys: z.array(JoinKey).min(1),
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
  /** Left rows that find more than one partner (they appear more than once after an inner, left or full join). */
  repeatedLeftRows: z.number().int(),
  /** Right rows that find more than one partner. */
  repeatedRightRows: z.number().int(),
  /** Matched key values that occur more than once on both sides: every pair of them becomes a row. */
  manyToManyKeys: z.number().int(),
  /**
   * Whether this kind of join repeats rows of the table it keeps (the left one; the source for a
   * right join): the join dialog asks to confirm such a join before applying it.
   */
  multipliesRows: z.boolean(),
  resultRows: z.number().int(),
  /** A few unmatched key values from each side, to show the user what went wrong. */
  sampleUnmatchedLeft: z.array(z.string()),
  sampleUnmatchedRight: z.array(z.string()),
});
export type JoinDiagnostics = z.infer<typeof JoinDiagnostics>;
