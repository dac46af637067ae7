import type { RecipeStep, StepKind } from '../../../../shared/model/recipe';
import { deduplicateStep } from './deduplicate';
import { deriveStep } from './derive';
import { filterStep } from './filter';
import { groupStep } from './group';
import { joinStep } from './join';
import { matchStep } from './match';
import { pivotStep } from './pivot';
import { selectStep } from './select';
import { sortStep } from './sort';
import { stackStep } from './stack';
import type { StepModule } from './types';
import { unpivotStep } from './unpivot';

/** Every step kind's module; the type makes a kind without a module a compile error. */
const modules: { [K in StepKind]: StepModule<Extract<RecipeStep, { kind: K }>> } = {
  join: joinStep,
  filter: filterStep,
  deduplicate: deduplicateStep,
  derive: deriveStep,
  group: groupStep,
  pivot: pivotStep,
  unpivot: unpivotStep,
  select: selectStep,
  sort: sortStep,
  stack: stackStep,
  matchNames: matchStep,
};

/** The module of a step's kind. */
export function stepModule<S extends RecipeStep>(step: S): StepModule<S> {
  return modules[step.kind] as unknown as StepModule<S>;
}
