import { useTranslation } from 'react-i18next';
import { useWb } from '../state/WorkbenchContext';
import { useMessageText } from './useMessageText';

/** Shows the last error in the user's language; the UI state was left as it was. */
export function ErrorBanner() {
  const { t } = useTranslation();
  const wb = useWb();
  const text = useMessageText();
  if (!wb.error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner" data-code={wb.error.code}>
      <strong className="error-title">{t('ui.error.title')}</strong>
      <span className="error-text">{text(wb.error)}</span>
      <button type="button" className="button" data-testid="error-dismiss" onClick={wb.dismissError}>
        {t('ui.error.dismiss')}
      </button>
    </div>
  );
}
