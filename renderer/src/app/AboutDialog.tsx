import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/contract';
import { useApi, useRun } from '../state/hooks';
import { ActionRow } from '../ui/ActionRow';
import { Modal } from '../ui/Modal';

export function AboutDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const run = useRun();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void run(() => api['app.info']({})).then((i) => i && setInfo(i));
  }, [api, run]);
  return (
    <Modal title={t('ui.about.title')} testId="about-dialog" onClose={onClose}>
      {info && (
        <p>
          {info.name} — {t('ui.about.version', { version: info.version })} —{' '}
          {t(info.shell === 'electron' ? 'ui.about.shellElectron' : 'ui.about.shellBrowser')}
        </p>
      )}
      <p>{t('ui.about.privacy')}</p>
      <ActionRow>
        <button type="button" className="button primary" onClick={onClose} data-autofocus>
          {t('ui.dialog.close')}
        </button>
      </ActionRow>
    </Modal>
  );
}
