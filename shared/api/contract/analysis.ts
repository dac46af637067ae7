import { z } from 'zod';
import { Recipe } from '../../model/recipe';
import { ChartSpec, GroupSummary } from '../../model/view';
import { call } from './common';

/** Computations on a recipe's result: today the chart's group summary. */
export const analysisCalls = {
  'chart.summary': call('engine', z.object({ recipe: Recipe.nullable(), chart: ChartSpec }), GroupSummary),
} as const;
