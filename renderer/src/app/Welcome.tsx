import { useTranslation } from 'react-i18next';
import { useBusy, useWorkbench } from '../state/hooks';

export function Welcome() {
  const { t } = useTranslation();
  const newProject = useWorkbench((s) => s.newProject);
  const openProject = useWorkbench((s) => s.openProject);
  const openDemo = useWorkbench((s) => s.openDemo);
  const busy = useBusy();
  return (
    <main className="welcome" data-testid="welcome">
      <div className="welcome-card">
        <h1>{t('ui.welcome.heading')}</h1>
        <p>{t('ui.welcome.intro')}</p>
        <div className="welcome-actions">
          <button type="button" className="button primary" data-testid="welcome-new" onClick={() => void newProject()}>
            {t('ui.welcome.new')}
          </button>
          <button type="button" className="button" data-testid="welcome-open" onClick={() => void openProject()}>
            {t('ui.welcome.open')}
          </button>
          <button type="button" className="button" data-testid="welcome-demo" onClick={() => void openDemo()}>
            {t('ui.welcome.demo')}
          </button>
        </div>
        <p className="muted">{t('ui.welcome.privacy')}</p>
        {busy && (
          <p role="status" className="muted" data-testid="busy-indicator">
            {t('ui.toolbar.busy')}
          </p>
        )}
      </div>
    </main>
  );
}
