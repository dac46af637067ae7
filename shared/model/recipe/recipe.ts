import { z } from 'zod';
import { Message } from '../message';
import { ColumnInfo } from '../table';
import { DeduplicateStep } from './steps/deduplicate';
import { DeriveStep } from './steps/derive';
import { FilterStep } from './steps/filter';
import { GroupStep } from './steps/group';
import { JoinDiagnostics, JoinStep } from './steps/join';
import { MatchDiagnostics, MatchStep } from './steps/match';
import { PivotStep } from './steps/pivot';
import { SelectStep } from './steps/select';
import { SortStep } from './steps/sort';
import { StackStep } from './steps/stack';
import { UnpivotStep } from './steps/unpivot';

/**
 * The recipe format's version. 2 gave every step a stable id; 3 gave a join its kinds and
 * per-key comparison options, and a filter several conditions with AND/OR. A recipe of an
 * older version is upgraded by `migrate()` (migrate.ts) where it arrives from a file; the
 * engine's API takes the current version only.
 */
export const RECIPE_VERSION = 3;

/** One schema per step kind, each in steps/<kind>.ts; the engine compiles each in recipe/steps/<kind>.ts. */
export const RecipeStep = z.discriminatedUnion('kind', [
  JoinStep,
  FilterStep,
  DeduplicateStep,
  GroupStep,
  PivotStep,
  UnpivotStep,
  SelectStep,
  SortStep,
  StackStep,
  DeriveStep,
  MatchStep,
]);
export type RecipeStep = z.infer<typeof RecipeStep>;
export type StepKind = RecipeStep['kind'];

/** The ordered steps from sources to a result table. Compiled to one SQL query by the engine. */
export const Recipe = z
  .object({
    version: z.literal(RECIPE_VERSION),
    base: z.string(),
    steps: z.array(RecipeStep),
  })
  .superRefine((recipe, ctx) => {
    const seen = new Set<string>();
    recipe.steps.forEach((step, i) => {
      if (seen.has(step.id)) ctx.addIssue({ code: 'custom', message: `step id "${step.id}" occurs more than once`, path: ['steps', i, 'id'] });
      seen.add(step.id);
    });
  });
export type Recipe = z.infer<typeof Recipe>;

/** The sources a step reads besides the table it works on. */
export function stepSources(step: RecipeStep): string[] {
  switch (step.kind) {
    case 'join':
    case 'matchNames':
      return [step.right];
    case 'stack':
      return [...step.sources];
    case 'filter':
    case 'deduplicate':
    case 'group':
    case 'pivot':
    case 'unpivot':
    case 'select':
    case 'sort':
    case 'derive':
      return [];
  }
}

/** Every source a recipe reads: its base, then what its steps read. */
export function recipeSources(recipe: Recipe): string[] {
  return [recipe.base, ...recipe.steps.flatMap(stepSources)];
}

/** What the engine found at one step, keyed by the step's id. */
export const StepReport = z.object({
  id: z.string(),
  kind: z.string(),
  rowsAfter: z.number().int(),
  /** The table's columns after the step (a step editor offers them; the next step reads them). */
  columns: z.array(ColumnInfo),
  warnings: z.array(Message),
  join: JoinDiagnostics.optional(),
  match: MatchDiagnostics.optional(),
  /**
   * The step no longer fits the table it gets (a column gone or retyped since it was made): the
   * recipe stops before it, and this says why. `rowsAfter` and `columns` are then those of the
   * table it got.
   */
  error: Message.optional(),
  /** A step after the one that no longer fits: not run (`rowsAfter`, `columns` as for that one). */
  notRun: z.literal(true).optional(),
});
export type StepReport = z.infer<typeof StepReport>;
