import { useTranslation } from 'react-i18next';
import { useWb } from '../state/WorkbenchContext';
import { useMessageText } from './useMessageText';

/** What the importers noticed (translated), after the import dialogs closed. */
export function ImportStatus() {
  const { t } = useTranslation();
  const wb = useWb();
  const text = useMessageText();
  return (
    <>
      {wb.importReports.length > 0 && (
        <div className="import-warnings" data-testid="import-warnings" role="status">
          {wb.importReports.map((r, i) => (
            <div key={`${i}-${r.sourceName}`}>
              <h3>{t('ui.sources.warningsTitle', { name: r.sourceName })}</h3>
              <ul>
                {r.warnings.map((w, i) => (
                  <li key={i} data-testid="import-warning" data-code={w.code}>
                    {text(w)}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <button type="button" className="link-button" onClick={wb.dismissImportReports}>
            {t('ui.sources.dismissWarnings')}
          </button>
        </div>
      )}
    </>
  );
}
