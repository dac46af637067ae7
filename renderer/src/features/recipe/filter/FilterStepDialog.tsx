import { useTranslation } from 'react-i18next';
import { useRecipe } from '../../../state/hooks';
import { Modal } from '../../../ui/Modal';
import { FilterForm } from './FilterForm';

/** A filter step of the recipe edited from the steps panel: the filter form in a dialog, on the table before the step. */
export function FilterStepDialog({ stepId, onClose }: { stepId: string; onClose(): void }) {
  const { t } = useTranslation();
  const recipe = useRecipe();
  const index = recipe?.steps.findIndex((s) => s.id === stepId) ?? -1;
  return (
    <Modal title={t('ui.filter.editTitle', { n: index + 1 })} testId="filter-dialog" onClose={onClose}>
      <FilterForm stepId={stepId} onDone={onClose} />
    </Modal>
  );
}
