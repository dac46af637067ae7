import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../../state/hooks';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';
import './journal.css';

/**
 * "Project wissen…": says what goes from this computer — the autosaved work, the workbench's
 * temporary files and, when the desktop app knows it, the project file itself (a choice) — and
 * that an SSD cannot promise the bytes are overwritten.
 */
export function WipeDialog() {
  const { t } = useTranslation();
  const open = useWorkbench((s) => s.wipeOpen);
  const show = useWorkbench((s) => s.showWipe);
  const wipe = useWorkbench((s) => s.wipeProject);
  const file = useWorkbench((s) => (s.wipeOpen ? s.currentFile() : null));
  const [withFile, setWithFile] = useState(false);
  if (!open) return null;
  const close = () => {
    setWithFile(false);
    show(false);
  };
  return (
    <Modal title={t('ui.journal.wipe.title')} testId="wipe-dialog" onClose={close}>
      <p>{t('ui.journal.wipe.intro')}</p>
      <ul className="consequences" data-testid="wipe-list">
        <li>{t('ui.journal.wipe.journal')}</li>
        <li>{t('ui.journal.wipe.temp')}</li>
        {file && withFile ? <li>{t('ui.journal.wipe.file', { file: file.name })}</li> : <li>{t('ui.journal.wipe.noFile')}</li>}
      </ul>
      {file && (
        <label className="checkbox-line">
          <input type="checkbox" data-testid="wipe-with-file" checked={withFile} onChange={(e) => setWithFile(e.target.checked)} /> {t('ui.journal.wipe.fileChoose')}
        </label>
      )}
      <p className="fine-print">{t('ui.journal.wipe.ssd')}</p>
      <ActionRow>
        <button type="button" className="button" data-testid="wipe-cancel" onClick={close} data-autofocus>
          {t('ui.journal.wipe.cancel')}
        </button>
        <button
          type="button"
          className="button danger"
          data-testid="wipe-confirm"
          onClick={() => {
            const choice = withFile;
            setWithFile(false);
            void wipe(choice);
          }}
        >
          {t('ui.journal.wipe.confirm')}
        </button>
      </ActionRow>
    </Modal>
  );
}
