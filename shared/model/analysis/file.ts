import { z } from 'zod';
import { RecipeFile } from '../recipe/file';
import { GainAnalysis } from './gain';
import { ReferenceAnalysis } from './reference';
import { SurveyAnalysis } from './survey';

/** What an analysis file says it is (`format`), so that no other JSON is taken for one. */
export const ANALYSIS_FILE_FORMAT = 'datateam-werkbank-analysis';

/**
 * An analysis to run again on new exports (`npm run cli -- analyse`): the recipe that prepares
 * the table — a recipe file's path, relative to this file, or the recipe file itself — and the
 * analysis of its result. `--source NAME=FILE` names the recipe's sources.
 */
export const AnalysisFile = z.object({
  format: z.literal(ANALYSIS_FILE_FORMAT),
  description: z.string().max(10_000).optional(),
  recipe: z.union([z.string().min(1).max(1000), RecipeFile]),
  /**
   * Learning gain (`kind: 'gain'`), a comparison with a reference (`kind: 'reference'`), or the
   * staff survey with the observations (`kind: 'survey'`: its moments and observations name their
   * own recipes over the recipe file's sources).
   */
  analysis: z.discriminatedUnion('kind', [GainAnalysis, ReferenceAnalysis, SurveyAnalysis]),
});
export type AnalysisFile = z.infer<typeof AnalysisFile>;
