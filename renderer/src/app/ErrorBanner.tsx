import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../state/hooks';
import { useTopModal } from '../ui/modal-stack';
import { useMessageText } from '../ui/useMessageText';

/**
 * Shows the last error in the user's language; the UI state was left as it was. The alert region
 * is always in the page and the banner appears inside it, so that a screen reader announces each
 * error (a region inserted together with its text is not announced reliably).
 *
 * While a modal dialog is open the page behind it is inert and covered: the banner then shows in
 * the innermost dialog (`host`, its id; Modal.tsx renders one), and the page's region stays empty.
 */
export function ErrorBanner({ host }: { host?: string }) {
  const { t } = useTranslation();
  const top = useTopModal();
  const here = host === undefined ? top === null : top === host;
  const error = useWorkbench((s) => (here ? s.error : null));
  const dismissError = useWorkbench((s) => s.dismissError);
  const text = useMessageText();
  return (
    <div className="error-region" role="alert" data-testid={host === undefined ? 'error-region' : 'dialog-error-region'}>
      {error && (
        <div className="error-banner" data-testid="error-banner" data-code={error.code}>
          <strong className="error-title">{t('ui.error.title')}</strong>
          <span className="error-text">{text(error)}</span>
          <button type="button" className="button" data-testid="error-dismiss" onClick={dismissError}>
            {t('ui.error.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
