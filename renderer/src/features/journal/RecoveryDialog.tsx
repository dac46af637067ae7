import { useTranslation } from 'react-i18next';
import type { RecoverySlot } from '../../../../shared/api/contract';
import { formatInstant } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import { useWorkbench } from '../../state/hooks';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';
import './journal.css';

/**
 * Offered at start when a run ended without saving its work (state/slices/journal.ts): per piece
 * of work its file, when the journal kept it and when it was last saved; recover, remove or later.
 */
export function RecoveryDialog() {
  const { t } = useTranslation();
  const open = useWorkbench((s) => s.recoveryOpen);
  const slots = useWorkbench((s) => s.recoverySlots);
  const close = useWorkbench((s) => s.closeRecovery);
  if (!open || slots.length === 0) return null;
  return (
    <Modal title={t('ui.journal.recovery.title')} testId="recovery-dialog" onClose={close} wide>
      <p>{t('ui.journal.recovery.intro')}</p>
      <ul className="recovery-list">
        {slots.map((slot, i) => (
          <Slot key={slot.slotId} slot={slot} first={i === 0} />
        ))}
      </ul>
      <ActionRow>
        <button type="button" className="button" data-testid="recovery-later" onClick={close}>
          {t('ui.journal.recovery.later')}
        </button>
      </ActionRow>
    </Modal>
  );
}

function Slot({ slot, first }: { slot: RecoverySlot; first: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const recover = useWorkbench((s) => s.recover);
  const discard = useWorkbench((s) => s.discardRecovery);
  const name = slot.fileName ?? (slot.encrypted ? t('ui.journal.recovery.encryptedName') : (slot.name ?? t('ui.journal.recovery.unnamed')));
  const remove = () => {
    if (window.confirm(t('ui.journal.recovery.discardConfirm', { name }))) void discard(slot.slotId);
  };
  return (
    <li className="recovery-slot" data-testid="recovery-slot" data-damaged={slot.damaged}>
      <div className="recovery-what">
        <strong data-testid="recovery-name">{name}</strong>
        {slot.encrypted && <span className="recovery-tag">{t('ui.sealed.marker')}</span>}
        <span className="recovery-when">
          {slot.damaged
            ? t('ui.journal.recovery.damaged')
            : slot.journaledAt
              ? t('ui.journal.recovery.journaledAt', { when: formatInstant(slot.journaledAt, locale) })
              : null}
          {' · '}
          {slot.savedAt ? t('ui.journal.recovery.savedAt', { when: formatInstant(slot.savedAt, locale) }) : slot.fileName ? null : t('ui.journal.recovery.neverSaved')}
        </span>
      </div>
      <div className="recovery-actions">
        <button type="button" className="button" data-testid="recovery-discard" onClick={remove}>
          {t('ui.journal.recovery.discard')}
        </button>
        {!slot.damaged && (
          <button type="button" className="button primary" data-testid="recovery-open" onClick={() => void recover(slot.slotId)} {...(first ? { 'data-autofocus': true } : {})}>
            {t('ui.journal.recovery.open')}
          </button>
        )}
      </div>
    </li>
  );
}
