import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../../state/hooks';
import { useMessageText } from '../../ui/useMessageText';
import './import.css';

/** What the importers noticed (translated), after the import dialogs closed. */
export function ImportStatus() {
  const { t } = useTranslation();
  const importReports = useWorkbench((s) => s.importReports);
  const dismissImportReports = useWorkbench((s) => s.dismissImportReports);
  const text = useMessageText();
  return (
    <>
      {importReports.length > 0 && (
        <div className="import-warnings" data-testid="import-warnings" role="status">
          {importReports.map((r, i) => (
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
          <button type="button" className="link-button" onClick={dismissImportReports}>
            {t('ui.sources.dismissWarnings')}
          </button>
        </div>
      )}
    </>
  );
}
