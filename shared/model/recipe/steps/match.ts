import { z } from 'zod';
import { StepBase } from '../step-base';
import { OutputName } from './group';

/**
 * Matching pupils by name, for a file without the pupil's id (a gradebook export with
 * `Voornaam Naam` and a class). The engine (electron/engine/recipe/steps/match.ts and
 * recipe/matching/) scores candidate pairs the way record-linkage tools such as Splink do:
 *
 * - Names are compared order-free, as tokens: lower case, accents stripped (`Zoë` = `Zoe`),
 *   punctuation and stray spaces dropped, particles glued to the word after them, so
 *   `Van den Broeck`, `Vandenbroeck` and `vanden Broeck` agree ("folded"); written exactly alike
 *   (`De Smet` vs `De Smet`) counts more than folded alike (`De Smet` vs `Desmet`): those can be
 *   two pupils.
 * - Each field adds a weight, log2(m/u): how much likelier it compares so for the same pupil than
 *   for two different ones (m set from what school files are like, u estimated from the table
 *   itself), and the prior, log2 of 1 in the number of pupils: the score is a log-odds. The name
 *   carries most; a same class supports but is not required (pupils change class); a birth date
 *   tells namesakes apart.
 * - Three bands: accepted automatically (score at least `accept`, both records each other's best
 *   candidate, and the best by at least `margin` over any rival that is free), to review (score at
 *   least `review`), rejected. One-to-one: a record is matched to at most one record.
 * - The user's decisions override the bands. They are stored by the records' content (`RecordKey`),
 *   never by row number, so they survive a refresh of either file.
 *
 * The result: every column of the table, then the source's columns (renamed on a clash, like a
 * join), then the optional score column. `left` keeps the table's rows without a partner.
 */

/** Where a record's name is: one column with the full name, or first and last name apart. */
export const NameFields = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('full'),
    column: z.string(),
    /**
     * The order of the parts: `lastFirst` (`NAAM, Voornaam`, `Van den Broeck Marie`: particles at
     * the end of the first-name part, `Vries, Jan de`, are moved to the last name),
     * `firstLast` (`Marie Van den Broeck`), or `auto` (a comma means lastFirst). Scoring is
     * order-free; the order only places particles and splits the name for the review list.
     */
    order: z.enum(['auto', 'firstLast', 'lastFirst']).default('auto'),
  }),
  z.object({ kind: z.literal('split'), first: z.string(), last: z.string() }),
]);
export type NameFields = z.infer<typeof NameFields>;

/**
 * A field that supports the name: `class` (compared without spaces and case: `2 A` = `2a`; the same
 * grade, `3A` vs `3B`, or a subgroup, `2A` vs `2Aa`, is close), `birthDate` (a date, or text as
 * dd/mm/yyyy; a swapped day and month or one part off is close), `exact` (any other field,
 * compared as trimmed lower-case text, numbers in one form).
 */
export const MatchSupportKind = z.enum(['class', 'birthDate', 'exact']);
export type MatchSupportKind = z.infer<typeof MatchSupportKind>;
export const MatchSupport = z.object({ left: z.string(), right: z.string(), kind: MatchSupportKind });
export type MatchSupport = z.infer<typeof MatchSupport>;

/**
 * The score limits of the bands. A score is a log2 of odds (the engine's weights.ts): 4 is 16 : 1
 * for a match, −5 is 1 : 32. `margin`: how far a pair must lead its best free rival to be accepted
 * without review (3: eight times as likely).
 */
export const MatchThresholds = z.object({
  accept: z.number().default(4),
  review: z.number().default(-5),
  margin: z.number().nonnegative().default(3),
});
export type MatchThresholds = z.infer<typeof MatchThresholds>;
export const DEFAULT_MATCH_THRESHOLDS: MatchThresholds = { accept: 4, review: -5, margin: 3 };

/**
 * A record identified by its content: the name's normal form (its tokens, sorted: `de nora smet`)
 * and the normal form of some of its fields, by column name (spaces dropped, lower case;
 * the empty text for an empty cell). The engine gives each candidate the key of its support
 * fields, and adds the record's other columns when that is not enough to tell it from a namesake.
 * A key selects the records with that name and those field values; a decision applies only when
 * it selects exactly one record on each side it names.
 */
export const RecordKey = z.object({
  name: z.string(),
  fields: z.record(z.string(), z.string()).default({}),
});
export type RecordKey = z.infer<typeof RecordKey>;

/**
 * A user's decision: `accept` pairs two records (overriding any other candidate of either);
 * `reject` refuses a pair, or, with one side null, every candidate of the other side ("this
 * pupil is not in the other file"). A later decision on the same record wins over an earlier.
 */
export const MatchDecision = z
  .object({
    left: RecordKey.nullable(),
    right: RecordKey.nullable(),
    verdict: z.enum(['accept', 'reject']),
  })
  .refine((d) => (d.verdict === 'accept' ? d.left !== null && d.right !== null : d.left !== null || d.right !== null), {
    message: 'an accepted pair names both records; a rejection at least one',
  });
export type MatchDecision = z.infer<typeof MatchDecision>;

export const MatchStep = StepBase.extend({
  kind: z.literal('matchNames'),
  /** The source matched onto the current table. */
  right: z.string(),
  how: z.enum(['left', 'inner']),
  leftName: NameFields,
  rightName: NameFields,
  support: z.array(MatchSupport).default([]),
  thresholds: MatchThresholds.optional(),
  decisions: z.array(MatchDecision).default([]),
  /** A column with the pair's score (empty without a partner); none when null. */
  scoreColumn: OutputName.nullable().default(null),
});
export type MatchStep = z.infer<typeof MatchStep>;

/** A match as the match dialog checks it, before it is a step of the recipe. */
export const MatchStepDraft = MatchStep.omit({ id: true });
export type MatchStepDraft = z.infer<typeof MatchStepDraft>;

/** What a match found: records, bands, what is left without a partner. */
export const MatchDiagnostics = z.object({
  leftRows: z.number().int(),
  rightRows: z.number().int(),
  /** Distinct records (rows equal in every column are one record: a pupil listed twice). */
  leftRecords: z.number().int(),
  rightRecords: z.number().int(),
  /** Rows without a name; they never match. */
  emptyNamesLeft: z.number().int(),
  emptyNamesRight: z.number().int(),
  /** Candidate pairs scored (after blocking). */
  pairs: z.number().int(),
  acceptedAuto: z.number().int(),
  acceptedByUser: z.number().int(),
  /** Candidate pairs waiting for review, and the records they involve. */
  reviewPairs: z.number().int(),
  reviewLeft: z.number().int(),
  reviewRight: z.number().int(),
  /** Records with more than one candidate to review: the user picks between them. */
  ambiguousLeft: z.number().int(),
  ambiguousRight: z.number().int(),
  /** Rows without an accepted partner. */
  unmatchedLeft: z.number().int(),
  unmatchedRight: z.number().int(),
  /** Decisions that apply, and those that select no record (or several) in the current files. */
  decisionsApplied: z.number().int(),
  decisionsNotApplied: z.number().int(),
  resultRows: z.number().int(),
  /** A few names without a partner, as written, to show what is missing. */
  sampleUnmatchedLeft: z.array(z.string()),
  sampleUnmatchedRight: z.array(z.string()),
});
export type MatchDiagnostics = z.infer<typeof MatchDiagnostics>;

export const MatchBand = z.enum(['accepted', 'review', 'rejected']);
export type MatchBand = z.infer<typeof MatchBand>;

/**
 * How one field of a candidate pair compared, and what it weighed; `prior` is the odds before any
 * field is looked at (one pupil among as many as the lists hold), with empty columns and values.
 */
export const MatchEvidence = z.object({
  /** `name`, the support kind, or `prior`. */
  field: z.enum(['name', 'class', 'birthDate', 'exact', 'prior']),
  leftColumn: z.string(),
  rightColumn: z.string(),
  /** The values as written. */
  left: z.string().nullable(),
  right: z.string().nullable(),
  /** The compared normal forms. */
  leftNormal: z.string().nullable(),
  rightNormal: z.string().nullable(),
  /** The comparison level: `exact`, `folded`, `subset`, `typo`, `partial`, `different`; `agree`, `close`, `differ`, `missing`. */
  level: z.string(),
  /** Jaro-Winkler similarity of the name's tokens (mean of each token's best), null for other fields. */
  similarity: z.number().nullable(),
  weight: z.number(),
});
export type MatchEvidence = z.infer<typeof MatchEvidence>;

/** One side of a candidate pair. */
export const MatchRecord = z.object({
  key: RecordKey,
  /** The name as written, and split for reading (first and last name; null where unknown). */
  name: z.string(),
  first: z.string().nullable(),
  last: z.string().nullable(),
  /** Rows of this record (more than one: identical rows). */
  rows: z.number().int(),
});
export type MatchRecord = z.infer<typeof MatchRecord>;

export const MatchCandidate = z.object({
  left: MatchRecord,
  right: MatchRecord,
  evidence: z.array(MatchEvidence),
  total: z.number(),
  band: MatchBand,
  /** Set when a decision of the user made the band. */
  decided: z.enum(['accept', 'reject']).nullable(),
  /** Each other's best candidate, and the lead over the best free rival on each side (null: none). */
  mutualBest: z.boolean(),
  marginLeft: z.number().nullable(),
  marginRight: z.number().nullable(),
  /** Other candidates of the same records still to review. */
  rivals: z.number().int(),
});
export type MatchCandidate = z.infer<typeof MatchCandidate>;

/** What the match dialog proposes for a source: the name fields of each side and the supporting fields. */
export const MatchGuess = z.object({
  leftName: NameFields.nullable(),
  rightName: NameFields.nullable(),
  support: z.array(MatchSupport),
});
export type MatchGuess = z.infer<typeof MatchGuess>;

export const MatchCandidates = z.object({
  candidates: z.array(MatchCandidate),
  /** Candidates of the requested bands in all (the page holds at most `limit`). */
  total: z.number().int(),
  diagnostics: MatchDiagnostics,
});
export type MatchCandidates = z.infer<typeof MatchCandidates>;
