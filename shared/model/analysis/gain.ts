import { z } from 'zod';
import { Message } from '../message';
import { CleanName } from '../names';
import { Cell } from '../table';

/**
 * How a moment's scores are measured, which decides whether two moments may be subtracted
 * (DOMAIN.md): percentages of a stated maximum, or scale scores on one scale. Raw scores
 * without their maximum and percentiles are refused for subtraction, with the reason.
 * - `percent`: 0–100, already a percentage of the maximum;
 * - `score`: a raw score of a stated maximum (`max`), or of the maximum in another column of
 *   the same row (`maxColumn`: a `34/50` cell read as score and maximum); taken as a percentage;
 * - `scale`: a scale score (*vaardigheidsscore*), on the same scale at every moment;
 * - `raw`: a raw score whose maximum is not stated (refused: /40 and /50 do not subtract);
 * - `percentile`: a rank in a norm group (refused: percentiles are not an interval scale).
 */
export const MomentMeasure = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent') }),
  z.object({ kind: z.literal('score'), max: z.number().positive().nullable().default(null), maxColumn: z.string().nullable().default(null) }),
  z.object({ kind: z.literal('scale') }),
  z.object({ kind: z.literal('raw') }),
  z.object({ kind: z.literal('percentile') }),
]);
export type MomentMeasure = z.infer<typeof MomentMeasure>;

/** One measurement moment, in time order. */
export const GainMoment = z.object({
  /** The moment's name as shown (`september`, `juni`). */
  label: CleanName.min(1),
  /** Wide layout: the column holding this moment's score. */
  column: z.string().nullable().default(null),
  /** Long layout: the value of the moment column that marks this moment's rows. */
  value: Cell.default(null),
  measure: MomentMeasure,
  /** Wide layout: the column holding this moment's level (for transitions), if any. */
  levelColumn: z.string().nullable().default(null),
});
export type GainMoment = z.infer<typeof GainMoment>;

/**
 * A learning-gain analysis of a recipe's result: pupils paired by `key` between the first and
 * the last moment (the trend runs over all of them), per group and overall. Stored in views
 * and in `.analysis.json` files; it holds no numbers, it re-computes.
 */
export const GainAnalysis = z.object({
  kind: z.literal('gain'),
  /** `wide`: a column per moment; `long`: a row per pupil and moment, named by `momentColumn`. */
  layout: z.enum(['wide', 'long']),
  /** The column that identifies a pupil across moments. */
  key: z.string(),
  moments: z.array(GainMoment).min(2).max(12),
  /** Long layout: the column naming the moment, the score column and the level column. */
  momentColumn: z.string().nullable().default(null),
  scoreColumn: z.string().nullable().default(null),
  levelColumn: z.string().nullable().default(null),
  /** The levels of the scale from low to high (norm bands `E`…`A`), for transitions; null: the level column's own order. */
  levels: z.array(z.string()).min(2).nullable().default(null),
  /** The column the pupils are grouped by (class, remediation …); null: overall only. */
  groupBy: z.string().nullable().default(null),
  /** A gain counts as improved above it and as declined below minus it (same unit as the gain). */
  threshold: z.number().nonnegative().default(0),
  /** Expected growth: the end regressed on the start over the cohort, the mean residual per group. */
  expectedGrowth: z.boolean().default(false),
  /** Groups with fewer pupils are not shown (privacy); groups under 10 are marked small. */
  minGroup: z.number().int().min(1).max(100).default(5),
});
export type GainAnalysis = z.infer<typeof GainAnalysis>;

/** Groups with fewer pupils than this are marked *kleine groep*. */
export const SMALL_GROUP = 10;

/** The paired figures of one group (or the whole cohort) between the first and last moment. */
export const PairedFigures = z.object({
  n: z.number().int().nonnegative(),
  meanPre: z.number().nullable(),
  meanPost: z.number().nullable(),
  sdPre: z.number().nullable(),
  sdPost: z.number().nullable(),
  rPrePost: z.number().nullable(),
  meanGain: z.number().nullable(),
  sdGain: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
  /** Cohen's d_z: mean gain / SD of the gains; its CI from the noncentral t distribution. */
  dz: z.number().nullable(),
  dzCi95: z.tuple([z.number(), z.number()]).nullable(),
  /** d_av: mean gain / mean of the two SDs; Hedges' g_av = J·d_av with the exact J (df = n − 1). */
  dAv: z.number().nullable(),
  hedgesJ: z.number().nullable(),
  gAv: z.number().nullable(),
  improved: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  declined: z.number().int().nonnegative(),
});
export type PairedFigures = z.infer<typeof PairedFigures>;

/** A group's figures; a group under the privacy threshold shows neither its figures nor its exact size. */
export const GainGroup = z.object({
  /** The group's value as text; null: pupils without a value in the group column. */
  key: z.string().nullable(),
  suppressed: z.boolean(),
  /** Withheld although it has k pupils or more: it would give a smaller withheld group away (complementary suppression). */
  complementary: z.boolean().optional(),
  /** Fewer than SMALL_GROUP pupils: shown, marked *kleine groep*. */
  small: z.boolean(),
  figures: PairedFigures.nullable(),
});
export type GainGroup = z.infer<typeof GainGroup>;

/** Why pupils were left out of the pairs, how many, and the first few of them (their keys). */
export const LeftOut = z.object({
  reason: z.enum(['missingAt', 'duplicate', 'noKey']),
  /** For `missingAt`: the moment's label. */
  moment: z.string().nullable(),
  n: z.number().int().nonnegative(),
  keys: z.array(z.string()),
});
export type LeftOut = z.infer<typeof LeftOut>;

export const ExpectedGrowth = z.object({
  model: z.object({ n: z.number().int(), intercept: z.number(), slope: z.number(), r2: z.number() }).nullable(),
  groups: z.array(
    z.object({
      key: z.string().nullable(),
      suppressed: z.boolean(),
      n: z.number().int().nullable(),
      meanResidual: z.number().nullable(),
      ci95: z.tuple([z.number(), z.number()]).nullable(),
    }),
  ),
});
export type ExpectedGrowth = z.infer<typeof ExpectedGrowth>;

export const Transitions = z.object({
  from: z.string(),
  to: z.string(),
  /** Levels low to high; `matrix[i][j]`: pupils from level i to level j. */
  order: z.array(z.string()),
  matrix: z.array(z.array(z.number().int())),
  n: z.number().int(),
  movedUp: z.number().int(),
  same: z.number().int(),
  movedDown: z.number().int(),
  /** Pairs with a level the order does not know. */
  outside: z.number().int(),
});
export type Transitions = z.infer<typeof Transitions>;

/** Per group and moment (three moments or more): the mean of the pupils present at every moment. */
export const TrendPoint = z.object({
  group: z.string().nullable(),
  moment: z.string(),
  n: z.number().int(),
  mean: z.number().nullable(),
  ci95: z.tuple([z.number(), z.number()]).nullable(),
});
export type TrendPoint = z.infer<typeof TrendPoint>;

/**
 * The pairs themselves for the charts that draw pupils (scatter, strip of gains): group, start,
 * end — no key, no name; none of a suppressed group. At most MAX_POINTS, evenly spread over the
 * pairs when there are more (`pointsSampled`).
 */
export const GainPoint = z.tuple([z.string().nullable(), z.number(), z.number()]);
export type GainPoint = z.infer<typeof GainPoint>;
export const MAX_POINTS = 20_000;

export const GainResult = z.object({
  analysis: GainAnalysis,
  /** What a gain is counted in: percentage points, or scale points. */
  unit: z.enum(['percentPoints', 'scalePoints']),
  from: z.string(),
  to: z.string(),
  /** Every pair, whatever its group (suppressed as a group is when there are too few). */
  overall: GainGroup.omit({ key: true }),
  groups: z.array(GainGroup),
  leftOut: z.array(LeftOut),
  expected: ExpectedGrowth.nullable(),
  transitions: Transitions.nullable(),
  trend: z.array(TrendPoint),
  points: z.array(GainPoint),
  pointsSampled: z.boolean(),
  warnings: z.array(Message),
});
export type GainResult = z.infer<typeof GainResult>;
