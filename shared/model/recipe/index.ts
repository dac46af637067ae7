/**
 * The recipe: its format (recipe.ts), one schema per step kind (steps/), stable step ids
 * (step-id.ts) and the upgrade of older versions (migrate.ts, v1.ts, v2.ts).
 */
export { Recipe, recipeSources, RECIPE_VERSION, RecipeStep, type StepKind, StepReport, stepSources } from './recipe';
export { migrate, RecipeOfAnyVersion } from './migrate';
export { RECIPE_FILE_FORMAT, RecipeFile, RecipeFileSource } from './file';
export { isPupilLevel } from './privacy';
export { StepBase } from './step-base';
export { nextStepId, STEP_ID, type StepDraft, StepId } from './step-id';
export { DeduplicateStep } from './steps/deduplicate';
export { DeriveStep } from './steps/derive';
export {
  EmptyCondition,
  FilterCondition,
  filterConditions,
  FilterGroup,
  FilterMatch,
  FilterOp,
  FilterStep,
  FilterValue,
  isFilterGroup,
  ListCondition,
  RangeCondition,
  ValueCondition,
} from './steps/filter';
export { Aggregate, type AggregateFn, ColumnAggregateFn, GroupStep, OutputName, RowCondition, StepValue } from './steps/group';
export { EXACT_KEY, JoinDiagnostics, JoinKey, JoinKind, JoinStep, JoinStepDraft, KEY_OPTIONS, KeyOptions, LENIENT_KEY } from './steps/join';
export {
  DEFAULT_MATCH_THRESHOLDS,
  MatchBand,
  MatchCandidate,
  MatchCandidates,
  MatchDecision,
  MatchDiagnostics,
  MatchEvidence,
  MatchGuess,
  MatchRecord,
  MatchStep,
  MatchStepDraft,
  MatchSupport,
  MatchSupportKind,
  MatchThresholds,
  NameFields,
  RecordKey,
} from './steps/match';
export { PivotAggregate, PivotStep } from './steps/pivot';
export { SelectColumn, SelectStep } from './steps/select';
export { SortStep, SortStepKey } from './steps/sort';
export { StackStep } from './steps/stack';
export { UnpivotStep } from './steps/unpivot';
