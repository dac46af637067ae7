import { z } from 'zod';
import { DEFAULT_DESIGN, ViewDesign } from './annotation';
import { CleanName } from './names';
import { GainAnalysis } from './analysis/gain';
import { ReferenceAnalysis } from './analysis/reference';
import { SurveyAnalysis } from './analysis/survey';
import { Recipe } from './recipe';

export const Aggregate = z.enum(['mean', 'count']);
export type Aggregate = z.infer<typeof Aggregate>;

/** How the plain chart orders its groups: as the data gives them, by value, or by name. */
export const ChartSort = z.enum(['natural', 'valueDesc', 'valueAsc', 'label']);
export type ChartSort = z.infer<typeof ChartSort>;

export const ChartSpec = z.object({
  /** Bars, or a line through the groups (an ordered group such as a moment or a year). */
  type: z.enum(['bar', 'line']),
  groupBy: z.string(),
  /** The measured column; null with `count`. */
  measure: z.string().nullable(),
  aggregate: Aggregate,
  /** Absent: `natural`. */
  sort: ChartSort.optional(),
  /** Decimals shown on the values (nl-BE: a decimal comma); absent: 1. */
  decimals: z.number().int().min(0).max(3).optional(),
});
export type ChartSpec = z.infer<typeof ChartSpec>;

export const GroupSummaryRow = z.object({
  key: z.union([z.string(), z.null()]),
  /** Rows in the group. */
  n: z.number().int().nonnegative(),
  /** Rows with a value for the measure (equals n for `count`). */
  nValid: z.number().int().nonnegative(),
  value: z.number().nullable(),
});
export type GroupSummaryRow = z.infer<typeof GroupSummaryRow>;

export const GroupSummary = z.object({
  chart: ChartSpec,
  rows: z.array(GroupSummaryRow),
});
export type GroupSummary = z.infer<typeof GroupSummary>;

/** A view's id as the engine hands it out: `v1`, `v2` … (see SOURCE_ID). */
export const VIEW_ID = /^v[1-9][0-9]{0,8}$/;

/** How a learning-gain view is drawn (the figures table is always there). */
export const GainChartKind = z.enum(['ciDots', 'gainStrip', 'slope', 'scatter', 'transitionsHeatmap', 'sankey', 'trend']);
export type GainChartKind = z.infer<typeof GainChartKind>;

/** The longest alt text a user may write: a chart's description, not a report. */
export const GAIN_ALT_MAX = 4000;
/** The longest generated alt text kept to compare an edit with (one per group or cell: it can run long). */
export const GAIN_ALT_FROM_MAX = 20_000;

/**
 * A view's learning-gain analysis (analysis/gain.ts) and the chart it shows; `alt` is the user's
 * own text alternative for that chart, `altFrom` the text generated from the figures that it was
 * edited from: when the figures no longer give that text, the edit was written for other figures.
 */
export const ViewGain = z.object({
  analysis: GainAnalysis,
  chart: GainChartKind,
  alt: z.string().min(1).max(GAIN_ALT_MAX).optional(),
  altFrom: z.string().max(GAIN_ALT_FROM_MAX).optional(),
});
export type ViewGain = z.infer<typeof ViewGain>;

/** How a survey view is drawn: items by concern, the Likert answers, self–team–observed, the observations, the quadrant. */
export const SurveyChartKind = z.enum(['items', 'likert', 'dumbbell', 'observations', 'quadrant']);
export type SurveyChartKind = z.infer<typeof SurveyChartKind>;

/** A view's survey analysis (analysis/survey.ts) and the chart it shows; `moment` the moment shown (null: the last). */
export const ViewSurvey = z.object({
  analysis: SurveyAnalysis,
  chart: SurveyChartKind,
  moment: z.string().max(200).nullable().default(null),
});
export type ViewSurvey = z.infer<typeof ViewSurvey>;

/** A view's comparison with a reference (analysis/reference.ts): grouped bars with the table. */
export const ViewReference = z.object({ analysis: ReferenceAnalysis });
export type ViewReference = z.infer<typeof ViewReference>;

/**
 * A saved view: it re-computes from its recipe; it stores no numbers. A view with `gain` shows
 * that learning-gain analysis of the recipe's result, one with `reference` that comparison with
 * a reference (never both: the engine refuses it); otherwise the chart of `chart`.
 */
export const View = z.object({
  id: z.string().regex(VIEW_ID),
  title: CleanName.min(1),
  takeaway: z.string(),
  recipe: Recipe,
  chart: ChartSpec,
  gain: ViewGain.optional(),
  reference: ViewReference.optional(),
  /** The staff survey with the observations (never with gain or reference: the engine refuses it). */
  survey: ViewSurvey.optional(),
  /** Subtitle, annotations, highlight, palette and ROK tags (annotation.ts). */
  design: ViewDesign.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type View = z.infer<typeof View>;

/** The title is checked by the engine, which refuses an unclean one with a message (names.ts). */
export const ViewDraft = View.omit({ id: true, createdAt: true, updatedAt: true }).extend({
  id: z.string().optional(),
  title: z.string().min(1),
});
export type ViewDraft = z.infer<typeof ViewDraft>;

/** A view's design, or the default for a view saved without one. */
export function designOf(view: Pick<View, 'design'>): ViewDesign {
  return view.design ?? DEFAULT_DESIGN;
}

/** Every recipe a view reads: its own, and a survey's moments and observations (each its own table). */
export function viewRecipes(view: Pick<View, 'recipe' | 'survey'>): Recipe[] {
  const survey = view.survey?.analysis;
  return [view.recipe, ...(survey ? survey.moments.map((m) => m.recipe) : []), ...(survey?.observations ? [survey.observations.recipe] : [])];
}
