/**
 * The recipe: its format (recipe.ts), one schema per step kind (steps/), stable step ids
 * (step-id.ts) and the upgrade of older versions (migrate.ts, v1.ts).
 */
export { Recipe, recipeSources, RECIPE_VERSION, RecipeStep, type StepKind, StepReport, stepSources } from './recipe';
export { migrate, RecipeOfAnyVersion } from './migrate';
export { RECIPE_FILE_FORMAT, RecipeFile, RecipeFileSource } from './file';
export { isPupilLevel } from './privacy';
export { StepBase } from './step-base';
export { nextStepId, STEP_ID, type StepDraft, StepId } from './step-id';
export { DeduplicateStep } from './steps/deduplicate';
export { FilterOp, FilterStep } from './steps/filter';
export { JoinDiagnostics, JoinStep, JoinStepDraft } from './steps/join';
