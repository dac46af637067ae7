import { useTranslation } from 'react-i18next';
import { useWb } from '../state/WorkbenchContext';

export function Welcome() {
  const { t } = useTranslation();
  const wb = useWb();
  return (
    <main className="welcome" data-testid="welcome">
      <div className="welcome-card">
        <h1>{t('ui.welcome.heading')}</h1>
        <p>{t('ui.welcome.intro')}</p>
        <div className="welcome-actions">
          <button type="button" className="button primary" data-testid="welcome-new" onClick={() => void wb.newProject()}>
            {t('ui.welcome.new')}
          </button>
          <button type="button" className="button" data-testid="welcome-open" onClick={() => void wb.openProject()}>
            {t('ui.welcome.open')}
          </button>
          <button type="button" className="button" data-testid="welcome-demo" onClick={() => void wb.openDemo()}>
            {t('ui.welcome.demo')}
          </button>
        </div>
        <p className="muted">{t('ui.welcome.privacy')}</p>
        {wb.busy && (
          <p role="status" className="muted" data-testid="busy-indicator">
            {t('ui.toolbar.busy')}
          </p>
        )}
      </div>
    </main>
  );
}
