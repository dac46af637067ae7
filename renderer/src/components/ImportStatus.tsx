import { useTranslation } from 'react-i18next';
import { useWb } from '../state/WorkbenchContext';
import { useMessageText } from './useMessageText';

/** Progress while importing, then what the importers noticed (translated). */
export function ImportStatus() {
  const { t } = useTranslation();
  const wb = useWb();
  const text = useMessageText();
  const progress = wb.importProgress;
  return (
    <>
      {progress && (
        <div className="import-progress" role="status" data-testid="import-progress">
          <span className="spinner" aria-hidden="true" />
          {t('ui.sources.importing', { ...progress })}
          <progress max={progress.total} value={progress.current - 1} />
        </div>
      )}
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
