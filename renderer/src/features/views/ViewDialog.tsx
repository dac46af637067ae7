import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusy, useWorkbench } from '../../state/hooks';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';
import { useKindLabel } from '../gain/GainChart';

/**
 * Saves the current recipe and chart as a view, with a title that states the finding; with the
 * learning-gain tab showing figures, its analysis and chart kind (the dialog says so).
 */
export function ViewDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const saveView = useWorkbench((s) => s.saveView);
  const gainChart = useWorkbench((s) => (s.analysisTab === 'gain' && s.gainResult ? s.gainChart : null));
  const savingAlt = useWorkbench((s) => gainChart !== null && (s.gainAlts[gainChart]?.text.trim() ?? '') !== '');
  const savingReference = useWorkbench((s) => s.analysisTab === 'reference' && s.referenceResult !== null);
  const kindLabel = useKindLabel();
  const busy = useBusy();
  const [title, setTitle] = useState('');
  const [takeaway, setTakeaway] = useState('');
  const [missing, setMissing] = useState(false);
  const ids = { title: useId(), takeaway: useId(), hint: useId() };

  const submit = async () => {
    const trimmed = title.trim();
    if (!trimmed) {
      setMissing(true);
      return;
    }
    if (await saveView(trimmed, takeaway.trim())) onClose();
  };

  return (
    <Modal title={t('ui.viewDialog.title')} testId="view-dialog" onClose={onClose}>
      <form
        className="form-stack"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label htmlFor={ids.title}>{t('ui.viewDialog.titleLabel')}</label>
        <input
          id={ids.title}
          data-testid="view-title"
          value={title}
          data-autofocus
          maxLength={200}
          aria-describedby={ids.hint}
          aria-invalid={missing}
          onChange={(e) => {
            setTitle(e.target.value);
            setMissing(false);
          }}
        />
        {gainChart && (
          <p className="hint" data-testid="view-saving-gain">
            {t('ui.gain.view.savingGain', { chart: kindLabel(gainChart) })}
            {savingAlt && ` ${t('ui.gain.view.savingAlt')}`}
          </p>
        )}
        {savingReference && (
          <p className="hint" data-testid="view-saving-reference">
            {t('ui.reference.view.savingReference')}
          </p>
        )}
        <p id={ids.hint} className={missing ? 'field-error' : 'hint'}>
          {t(missing ? 'ui.viewDialog.titleRequired' : 'ui.viewDialog.titleHint')}
        </p>
        <label htmlFor={ids.takeaway}>{t('ui.viewDialog.takeawayLabel')}</label>
        <textarea
          id={ids.takeaway}
          data-testid="view-takeaway"
          rows={3}
          value={takeaway}
          onChange={(e) => setTakeaway(e.target.value)}
        />
        <ActionRow>
          <button type="button" className="button subtle" onClick={onClose}>
            {t('ui.viewDialog.cancel')}
          </button>
          <button type="submit" className="button primary" data-testid="view-confirm" disabled={busy}>
            {t('ui.viewDialog.confirm')}
          </button>
        </ActionRow>
      </form>
    </Modal>
  );
}
