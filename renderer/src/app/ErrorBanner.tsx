import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../state/hooks';
import { useMessageText } from '../ui/useMessageText';

/** Shows the last error in the user's language; the UI state was left as it was. */
export function ErrorBanner() {
  const { t } = useTranslation();
  const error = useWorkbench((s) => s.error);
  const dismissError = useWorkbench((s) => s.dismissError);
  const text = useMessageText();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner" data-code={error.code}>
      <strong className="error-title">{t('ui.error.title')}</strong>
      <span className="error-text">{text(error)}</span>
      <button type="button" className="button" data-testid="error-dismiss" onClick={dismissError}>
        {t('ui.error.dismiss')}
      </button>
    </div>
  );
}
