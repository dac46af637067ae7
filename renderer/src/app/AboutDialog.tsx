import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/api/contract';
import { useApi, useRun } from '../state/hooks';
import { ActionRow } from '../ui/ActionRow';
import { Modal } from '../ui/Modal';
import licenses from 'virtual:licenses';

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
      <details className="about-licences" data-testid="about-licences">
        <summary>{t('ui.about.licences', { count: licenses.length })}</summary>
        <p className="muted">{t('ui.about.licencesIntro')}</p>
        <div className="about-licences-list" tabIndex={0} role="region" aria-label={t('ui.about.licences', { count: licenses.length })}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('ui.about.package')}</th>
                <th scope="col">{t('ui.about.packageVersion')}</th>
                <th scope="col">{t('ui.about.licence')}</th>
              </tr>
            </thead>
            <tbody>
              {licenses.map((l) => (
                <tr key={`${l.name}@${l.version}`}>
                  <td>{l.name}</td>
                  <td>{l.version}</td>
                  <td>{l.license}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <ActionRow>
        <button type="button" className="button primary" onClick={onClose} data-autofocus>
          {t('ui.dialog.close')}
        </button>
      </ActionRow>
    </Modal>
  );
}
