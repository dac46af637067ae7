import { z } from 'zod';
import { Message } from '../message';
import { Recipe } from '../recipe';

/**
 * The team's own data (DOMAIN.md): a staff survey in layers — "Ik als professional", "Wij als
 * team" (the skill axis), "Onze overlegmomenten", "Onze professionele codes" (the collective-will
 * axis) — answered on a labelled 1–5 scale, repeated at a nulmeting and an eindmeting, beside
 * lesson observations scored 1–5 per element of a building block. Every item gets n, mean, SD
 * (n − 1), its answers per label and a flag; the team is placed on a quadrant by the mean of the
 * item means per axis. Answers are anonymous: respondents are never paired across moments, and
 * no result holds a respondent's row.
 */

export const SurveyAxis = z.enum(['skill', 'will']);
export type SurveyAxis = z.infer<typeof SurveyAxis>;

/** One item of the survey: which column holds it, what it says, where it belongs. */
export const CodebookItem = z.object({
  /** The item's code as the header gives it (`IK1`), or one made up for it. */
  code: z.string().min(1).max(40),
  /** The column holding the answers (in every moment's table: matched by code, then by name). */
  column: z.string(),
  text: z.string().max(2000),
  /** The survey's layer (`Ik als professional`). */
  layer: z.string().max(200),
  /** Null: the item counts on neither axis of the quadrant. */
  axis: SurveyAxis.nullable(),
  /** A reverse-coded item: its scores are turned (min + max − score) before anything is computed. */
  reverse: z.boolean().default(false),
  /**
   * Items (and observation elements) that measure the same thing share a link (`IK1` ↔ `WIJ1` ↔
   * the element "Erkennen en waarderen"): shown side by side as self, team and observed.
   */
  link: z.string().max(200).nullable().default(null),
});
export type CodebookItem = z.infer<typeof CodebookItem>;

/** The answer scale: its labels from low to high (scored 1, 2 …) and the labels counted apart. */
export const SurveyScale = z.object({
  labels: z.array(z.string().min(1).max(200)).min(2).max(11),
  /** `Weet niet` and the like: shown apart, never counted as a score. */
  dontKnow: z.array(z.string().min(1).max(200)).max(10).default([]),
});
export type SurveyScale = z.infer<typeof SurveyScale>;

export const DEFAULT_SCALE: SurveyScale = {
  labels: ['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens'],
  dontKnow: ['Weet niet', 'Weet ik niet', 'Geen mening', 'NVT', 'N.v.t.'],
};

export const Codebook = z.object({
  items: z.array(CodebookItem).min(1).max(500),
  scale: SurveyScale,
  /** Observation elements linked to items: element name → link. */
  elementLinks: z.record(z.string(), z.string()).default({}),
});
export type Codebook = z.infer<typeof Codebook>;

/** A flag: the mean under `meanBelow` or the SD at or over `sdAtLeast` (settings). */
export const FlagRule = z.object({
  meanBelow: z.number().default(3.0),
  sdAtLeast: z.number().positive().default(0.8),
});
export type FlagRule = z.infer<typeof FlagRule>;

export const SurveyMoment = z.object({
  label: z.string().min(1).max(200),
  /** The table of this moment's answers (its own source: the June survey is another file). */
  recipe: Recipe,
});
export type SurveyMoment = z.infer<typeof SurveyMoment>;

/** Observation levels 1–5 as the observation grid names them. */
export const OBSERVATION_LEVELS = ['niet', 'incidenteel', 'afwisselend', 'regelmatig', 'systematisch'] as const;

export const ObservationSource = z.object({
  recipe: Recipe,
  /** A row per lesson and element: the element, its building block and the score 1–5. */
  element: z.string(),
  block: z.string().nullable().default(null),
  score: z.string(),
  /** The observed teacher: only for counting lessons, never shown unless `teacherLevel`. */
  teacher: z.string().nullable().default(null),
  /** The teacher-level view, opened deliberately and marked as such. */
  teacherLevel: z.boolean().default(false),
});
export type ObservationSource = z.infer<typeof ObservationSource>;

/** The team's own dot on the quadrant (its self-assessment in the session), per moment. */
export const SelfPlacement = z.object({ moment: z.string(), skill: z.number().min(1).max(5), will: z.number().min(1).max(5) });
export type SelfPlacement = z.infer<typeof SelfPlacement>;

export const SurveyAnalysis = z.object({
  kind: z.literal('survey'),
  /** Null: proposed from the first moment's headers (`IK1. …`, `WIJ2. …`, `OV3. …`, `PC1. …`). */
  codebook: Codebook.nullable().default(null),
  moments: z.array(SurveyMoment).min(1).max(6),
  /** A subgroup column (department, grade team): a subgroup under `minGroup` respondents is not shown. */
  groupBy: z.string().nullable().default(null),
  observations: ObservationSource.nullable().default(null),
  flag: FlagRule.default({ meanBelow: 3.0, sdAtLeast: 0.8 }),
  minGroup: z.number().int().min(1).max(100).default(5),
  /** The quadrant's crossing ("brugas"). */
  bridge: z.number().default(3.0),
  selfPlacement: z.array(SelfPlacement).max(6).default([]),
});
export type SurveyAnalysis = z.infer<typeof SurveyAnalysis>;

const Num = z.number().nullable();

export const ItemFigures = z.object({
  code: z.string(),
  text: z.string(),
  layer: z.string(),
  axis: SurveyAxis.nullable(),
  reverse: z.boolean(),
  /** Answers with a score. */
  n: z.number().int().nonnegative(),
  mean: Num,
  /** Sample SD (n − 1); null under 2 answers. */
  sd: Num,
  flagged: z.boolean(),
  /** Why: `mean` under the threshold, `sd` at or over it. */
  reasons: z.array(z.enum(['mean', 'sd'])),
  /** Answers per scale label, low to high (after reverse coding). */
  counts: z.array(z.number().int().nonnegative()),
  dontKnow: z.number().int().nonnegative(),
  /** Respondents who left it empty (or whose answer the scale does not know: `unknown`). */
  empty: z.number().int().nonnegative(),
  unknown: z.number().int().nonnegative(),
  /** False when the column holds numbers already: `Weet niet` was then read as empty at import. */
  dontKnowApart: z.boolean(),
});
export type ItemFigures = z.infer<typeof ItemFigures>;

export const AxisFigures = z.object({
  /** The mean of the item means of the axis's items (not of respondents' own means). */
  meanOfItemMeans: Num,
  items: z.number().int().nonnegative(),
});

export const SurveyMomentResult = z.object({
  label: z.string(),
  respondents: z.number().int().nonnegative(),
  items: z.array(ItemFigures),
  skill: AxisFigures,
  will: AxisFigures,
  /** Per subgroup (with `groupBy`): respondents and axis means; under `minGroup` suppressed. */
  groups: z.array(
    z.object({ key: z.string().nullable(), respondents: z.number().int().nullable(), suppressed: z.boolean(), skill: Num, will: Num }),
  ),
  /** Items of the codebook this moment's table does not have. */
  missingItems: z.array(z.string()),
});
export type SurveyMomentResult = z.infer<typeof SurveyMomentResult>;

export const ObservationFigures = z.object({
  name: z.string(),
  block: z.string().nullable(),
  n: z.number().int().nonnegative(),
  mean: Num,
  sd: Num,
  flagged: z.boolean(),
  reasons: z.array(z.enum(['mean', 'sd'])),
  /** Share of lessons per level 1–5. */
  shares: z.array(z.number()),
  /** Share at `regelmatig` or `systematisch` (4–5). */
  highShare: Num,
});
export type ObservationFigures = z.infer<typeof ObservationFigures>;

export const ObservationResult = z.object({
  elements: z.array(ObservationFigures),
  blocks: z.array(ObservationFigures),
  /** Scores outside 1–5 or not numbers, left out. */
  outOfRange: z.number().int().nonnegative(),
  /** Only with `teacherLevel`: per teacher and element, marked as such wherever shown. */
  teachers: z.array(z.object({ teacher: z.string(), element: z.string(), n: z.number().int(), mean: Num })).nullable(),
});
export type ObservationResult = z.infer<typeof ObservationResult>;

/** Self ("Ik"), team ("Wij") and observed means of one link, per moment; gaps named. */
export const LinkFigures = z.object({
  link: z.string(),
  moment: z.string(),
  self: z.object({ code: z.string(), mean: Num }).nullable(),
  team: z.object({ code: z.string(), mean: Num }).nullable(),
  observed: z.object({ element: z.string(), mean: Num }).nullable(),
});
export type LinkFigures = z.infer<typeof LinkFigures>;

export const QUADRANTS = {
  highHigh: 'transformatieve verbetercultuur',
  highSkillLowWill: 'selectieve impact — solistisch',
  lowLow: 'cultuur van lage verwachtingen',
  lowSkillHighWill: 'geankerd inproductief',
} as const;
export type Quadrant = keyof typeof QUADRANTS;

export const SurveyResult = z.object({
  analysis: SurveyAnalysis,
  /** The codebook used: the analysis's own, or the one proposed from the headers. */
  codebook: Codebook,
  proposed: z.boolean(),
  moments: z.array(SurveyMomentResult),
  links: z.array(LinkFigures),
  observations: ObservationResult.nullable(),
  /** The computed dot per moment, and the quadrant it falls in. */
  quadrant: z.array(z.object({ moment: z.string(), skill: Num, will: Num, quadrant: z.enum(['highHigh', 'highSkillLowWill', 'lowLow', 'lowSkillHighWill']).nullable() })),
  warnings: z.array(Message),
});
export type SurveyResult = z.infer<typeof SurveyResult>;

/** The quadrant a dot falls in; on the bridge counts as high. */
export function quadrantOf(skill: number, will: number, bridge: number): Quadrant {
  if (skill >= bridge) return will >= bridge ? 'highHigh' : 'highSkillLowWill';
  return will >= bridge ? 'lowSkillHighWill' : 'lowLow';
}
