import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeduplicateStep, GroupStep, PivotStep, Recipe, RecipeStep, SelectStep, SortStep, StackStep, StepDraft, UnpivotStep } from '../../../../../shared/model/recipe';
import { useProject, useWorkbench } from '../../../state/hooks';
import { DedupeEditor } from '../dedupe/DedupeEditor';
import { GroupEditor } from '../group/GroupEditor';
import { PivotEditor } from '../pivot/PivotEditor';
import { SelectEditor } from '../select/SelectEditor';
import { SortEditor } from '../sort/SortEditor';
import { StackEditor } from '../stack/StackEditor';
import { UnpivotEditor } from '../unpivot/UnpivotEditor';
import { tableBefore } from './stepColumns';

/**
 * The step kinds the steps panel has an editor for (the others have their own dialogs), in the
 * order of the "Stap toevoegen" menu: deduplicate stays last.
 */
export const EDITABLE_KINDS = ['group', 'select', 'sort', 'pivot', 'unpivot', 'stack', 'deduplicate'] as const;
export type EditableKind = (typeof EDITABLE_KINDS)[number];
type EditableStep = GroupStep | SelectStep | SortStep | PivotStep | UnpivotStep | StackStep | DeduplicateStep;

export function isEditable(step: RecipeStep): step is EditableStep {
  return (EDITABLE_KINDS as readonly string[]).includes(step.kind);
}

/** The editor to show: a new step of a kind (added at the end), or the step of the recipe with this id. */
export type EditorTarget = { kind: EditableKind; stepId: null } | { kind: EditableKind; stepId: string };

/**
 * Opens the editor of a step kind on the table the step starts from: a new step starts from the
 * result and is added at the end; a step being edited starts from the table before it and,
 * saved, replaces itself (the same id, in the same place). Both are one undoable recipe change.
 */
export function StepEditor({ target, onClose }: { target: EditorTarget; onClose(): void }) {
  const { t } = useTranslation();
  const project = useProject();
  const addStep = useWorkbench((s) => s.addStep);
  const replaceRecipeStep = useWorkbench((s) => s.replaceRecipeStep);
  const recipe = project?.recipe ?? null;
  const index = !recipe ? -1 : target.stepId === null ? recipe.steps.length : recipe.steps.findIndex((s) => s.id === target.stepId);
  const step = target.stepId === null ? null : (recipe?.steps[index] ?? null);
  const before = project && index >= 0 ? tableBefore(project, index) : null;
  // The recipe up to the step, without it (what the pivot's value list reads): stable while those steps stay the same.
  const stepsBefore = recipe && index >= 0 ? JSON.stringify(recipe.steps.slice(0, index)) : null;
  const recipeBefore = useMemo<Recipe | null>(
    () => (recipe && stepsBefore !== null ? { ...recipe, steps: JSON.parse(stepsBefore) as RecipeStep[] } : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the steps' content, not the recipe object
    [recipe?.base, recipe?.version, stepsBefore],
  );
  // The step left the recipe (undone while the editor was open): nothing to edit any more.
  const missing = !before || (target.stepId !== null && step?.kind !== target.kind);
  useEffect(() => {
    if (missing) onClose();
  }, [missing, onClose]);
  if (missing) return null;

  const submit = async (draft: StepDraft) => {
    const done = target.stepId === null ? await addStep(draft) : await replaceRecipeStep(target.stepId, draft);
    if (done) onClose();
  };
  const kindName = t(`ui.steps.kinds.${target.kind}`);
  const common = {
    columns: before.columns,
    title: step ? t('ui.steps.editor.editTitle', { n: index + 1, kind: kindName }) : kindName,
    submitLabel: t(step ? 'ui.steps.editor.save' : 'ui.steps.editor.apply'),
    onSubmit: (draft: StepDraft) => void submit(draft),
    onClose,
  };
  switch (target.kind) {
    case 'group':
      return <GroupEditor {...common} initial={step?.kind === 'group' ? step : null} />;
    case 'select':
      return <SelectEditor {...common} initial={step?.kind === 'select' ? step : null} />;
    case 'sort':
      return <SortEditor {...common} initial={step?.kind === 'sort' ? step : null} />;
    case 'deduplicate':
      return <DedupeEditor {...common} initial={step?.kind === 'deduplicate' ? step : null} />;
    case 'pivot':
      return <PivotEditor {...common} initial={step?.kind === 'pivot' ? step : null} recipe={recipeBefore} />;
    case 'unpivot':
      return <UnpivotEditor {...common} initial={step?.kind === 'unpivot' ? step : null} />;
    case 'stack':
      return <StackEditor {...common} initial={step?.kind === 'stack' ? step : null} sources={project?.sources ?? []} base={recipe?.base ?? null} />;
  }
}
