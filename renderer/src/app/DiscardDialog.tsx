import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../state/hooks';
import { ActionRow } from '../ui/ActionRow';
import { Modal } from '../ui/Modal';

/**
 * Opslaan / Niet opslaan / Annuleren before unsaved work is discarded (state/slices/discard.ts).
 * A modal `<dialog>`: focus starts on Opslaan and stays inside, Escape or the cross is Annuleren.
 */
export function DiscardDialog() {
  const { t } = useTranslation();
  const reason = useWorkbench((s) => s.discardQuestion);
  const name = useWorkbench((s) => s.project?.name ?? '');
  const answer = useWorkbench((s) => s.answerDiscard);
  if (!reason) return null;
  return (
    <Modal title={t('ui.discard.title')} testId="discard-dialog" onClose={() => void answer('cancel')}>
      <p data-testid="discard-question">{t(`ui.discard.${reason}`, { name })}</p>
      <ActionRow>
        <button type="button" className="button" data-testid="discard-cancel" onClick={() => void answer('cancel')}>
          {t('ui.discard.cancel')}
        </button>
        <button type="button" className="button" data-testid="discard-discard" onClick={() => void answer('discard')}>
          {t('ui.discard.discard')}
        </button>
        <button type="button" className="button primary" data-testid="discard-save" onClick={() => void answer('save')} data-autofocus>
          {t('ui.discard.save')}
        </button>
      </ActionRow>
    </Modal>
  );
}
