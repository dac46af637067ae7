import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../../state/hooks';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';

/**
 * Removing a source that views or the recipe are derived from: names what goes with it (the
 * recipe, the views, the story slides showing them) before anything is removed.
 */
export function RemoveSourceDialog() {
  const { t } = useTranslation();
  const question = useWorkbench((s) => s.removeQuestion);
  const cancel = useWorkbench((s) => s.cancelRemove);
  const remove = useWorkbench((s) => s.removeSource);
  if (!question) return null;
  const { dependents, name } = question;
  return (
    <Modal title={t('ui.sourceRemove.title')} testId="source-remove-dialog" onClose={cancel}>
      <p>{t('ui.sourceRemove.intro', { name })}</p>
      <ul className="consequences" data-testid="source-remove-list">
        {dependents.recipe && <li>{t('ui.sourceRemove.recipe')}</li>}
        {dependents.views.length > 0 && (
          <li>{t('ui.sourceRemove.views', { count: dependents.views.length, titles: dependents.views.map((v) => `“${v.title}”`).join(', ') })}</li>
        )}
        {dependents.slides.map((s) => (
          <li key={s.storyId}>{t('ui.sourceRemove.slides', { count: s.count, title: `“${s.title}”` })}</li>
        ))}
      </ul>
      <p className="fine-print">{t('ui.sourceRemove.log')}</p>
      <ActionRow>
        <button type="button" className="button" data-testid="source-remove-cancel" onClick={cancel} data-autofocus>
          {t('ui.sourceRemove.cancel')}
        </button>
        <button type="button" className="button danger" data-testid="source-remove-confirm" onClick={() => void remove(question.sourceId, true)}>
          {t('ui.sourceRemove.confirm')}
        </button>
      </ActionRow>
    </Modal>
  );
}
