import { useTranslation } from 'react-i18next';
import { useRecipe, useWorkbench } from '../../../state/hooks';
import { useDescribeStep } from './useDescribeStep';
import './steps.css';

/**
 * Above the grid while it shows the table after one step (or the base table): which one, and the
 * way back to the result. Showing the result of a recipe that stops at a step that no longer
 * fits: which step, and that the table is the one before it.
 */
export function ShownStepBar({ index }: { index: number | null }) {
  const { t } = useTranslation();
  const recipe = useRecipe();
  const showStep = useWorkbench((s) => s.showStep);
  const { describe } = useDescribeStep();
  const stoppedAt = useWorkbench((s) => s.project?.result?.stoppedAt);
  const step = index !== null && index >= 0 ? recipe?.steps[index] : undefined;
  if (index === null && recipe && stoppedAt) {
    // The result stops before a step that no longer fits: say so above the table it shows.
    const at = recipe.steps.findIndex((s) => s.id === stoppedAt);
    if (at < 0) return null;
    return (
      <div className="shown-step-bar stopped-bar" data-testid="stopped-bar" data-index={at}>
        <p role="status">{t('ui.steps.stoppedBar', { n: at + 1, description: describe(recipe.steps[at]!) })}</p>
      </div>
    );
  }
  if (index === null || !recipe || (index >= 0 && !step)) return null;
  return (
    <div className="shown-step-bar" data-testid="shown-step-bar" data-index={index}>
      <p role="status">{step ? t('ui.steps.viewing', { n: index + 1, description: describe(step) }) : t('ui.steps.viewingBase')}</p>
      <button type="button" className="button small" data-testid="shown-step-back" onClick={() => showStep(null)}>
        {t('ui.steps.backToResult')}
      </button>
    </div>
  );
}
