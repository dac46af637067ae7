import { useMemo } from 'react';
import type { Recipe, RecipeStep, StepDraft } from '../../../../../shared/model/recipe';
import type { ColumnInfo } from '../../../../../shared/model/table';
import { useProject, useWorkbench } from '../../../state/hooks';
import { tableBefore } from './stepColumns';

const NO_COLUMNS: ColumnInfo[] = [];

/** Where a step dialog works: on a new step at the end of the recipe, or on one step being edited. */
export interface StepTarget<S extends RecipeStep = RecipeStep> {
  /** The step being edited (null: a new step). */
  step: S | null;
  /** 0-based place of the step (the number of steps for a new one); -1 without a recipe. */
  index: number;
  /** The columns of the table the step starts from. */
  columns: ColumnInfo[];
  /** The recipe up to the step, without it: what previews and checks run on. */
  recipeBefore: Recipe | null;
  /** The edited step left the recipe (undone while its dialog was open). */
  gone: boolean;
  /** Adds the step at the end, or replaces the edited one in place (same id): one undoable change. */
  submit(draft: StepDraft): Promise<boolean>;
}

/**
 * The target of a step dialog: `stepId` null adds a step at the end, starting from the result; a
 * step id edits that step, starting from the table before it. A step of another kind than `kind`
 * counts as gone.
 */
export function useStepTarget<K extends RecipeStep['kind']>(kind: K, stepId: string | null): StepTarget<Extract<RecipeStep, { kind: K }>> {
  const project = useProject();
  const addStep = useWorkbench((s) => s.addStep);
  const replaceRecipeStep = useWorkbench((s) => s.replaceRecipeStep);
  const recipe = project?.recipe ?? null;
  const index = !recipe ? -1 : stepId === null ? recipe.steps.length : recipe.steps.findIndex((s) => s.id === stepId);
  const found = stepId !== null && recipe && index >= 0 ? recipe.steps[index]! : null;
  const step = found && found.kind === kind ? (found as Extract<RecipeStep, { kind: K }>) : null;
  const before = project && index >= 0 ? tableBefore(project, index) : null;
  const columns = before?.columns ?? NO_COLUMNS;
  // Stable while the recipe before the step stays the same, so that previews are not re-run.
  const stepsBefore = recipe && index >= 0 ? JSON.stringify(recipe.steps.slice(0, index)) : null;
  const recipeBefore = useMemo(
    () => (recipe && stepsBefore !== null ? { ...recipe, steps: JSON.parse(stepsBefore) as RecipeStep[] } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the steps' content, not the recipe object
    [recipe?.base, recipe?.version, stepsBefore],
  );
  return {
    step,
    index,
    columns,
    recipeBefore,
    gone: stepId !== null && step === null,
    submit: (draft) => (stepId === null ? addStep(draft) : replaceRecipeStep(stepId, draft)),
  };
}
