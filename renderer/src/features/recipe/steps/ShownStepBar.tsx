import { useTranslation } from 'react-i18next';
import { useRecipe, useWorkbench } from '../../../state/hooks';
import { useDescribeStep } from './useDescribeStep';
import './steps.css';

/**
 * Above the grid while it shows the table after one step (or the base table): which one, and the
 * way back to the result.
 */
export function ShownStepBar({ index }: { index: number | null }) {
  const { t } = useTranslation();
  const recipe = useRecipe();
  const showStep = useWorkbench((s) => s.showStep);
  const { describe } = useDescribeStep();
  const step = index !== null && index >= 0 ? recipe?.steps[index] : undefined;
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
