import type { RecipeStep, StepKind } from '../../../../shared/model/recipe';
import { deduplicateStep } from './deduplicate';
import { filterStep } from './filter';
import { joinStep } from './join';
import type { StepModule } from './types';

/** Every step kind's module; the type makes a kind without a module a compile error. */
const modules: { [K in StepKind]: StepModule<Extract<RecipeStep, { kind: K }>> } = {
  join: joinStep,
  filter: filterStep,
  deduplicate: deduplicateStep,
};

/** The module of a step's kind. */
export function stepModule<S extends RecipeStep>(step: S): StepModule<S> {
  return modules[step.kind] as unknown as StepModule<S>;
}
