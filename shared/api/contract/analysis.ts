import { z } from 'zod';
import { GainAnalysis, GainResult } from '../../model/analysis/gain';
import { ReferenceAnalysis, ReferenceResult } from '../../model/analysis/reference';
import { SurveyAnalysis, SurveyResult } from '../../model/analysis/survey';
import { Recipe } from '../../model/recipe';
import { ChartSpec, GroupSummary } from '../../model/view';
import { call } from './common';

/** Computations on a recipe's result: the chart's group summary, learning gain, the comparison with a reference. */
export const analysisCalls = {
  'chart.summary': call('engine', z.object({ recipe: Recipe.nullable(), chart: ChartSpec }), GroupSummary),
  /** Learning gain over the result of `recipe` (the current one when null): pairs, figures per group, transitions. */
  'analysis.gain': call('engine', z.object({ recipe: Recipe.nullable(), analysis: GainAnalysis }), GainResult),
  /** A table of means per component and group (our school, Flanders, similar schools): ours beside the others, with differences. */
  'analysis.reference': call('engine', z.object({ recipe: Recipe.nullable(), analysis: ReferenceAnalysis }), ReferenceResult),
  /**
   * The staff survey at each moment (each its own recipe: the June survey is another file), the
   * lesson observations, the self–team–observed links and the skill–will quadrant.
   */
  'analysis.survey': call('engine', z.object({ analysis: SurveyAnalysis }), SurveyResult),
} as const;
