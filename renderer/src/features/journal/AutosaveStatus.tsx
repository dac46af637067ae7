import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import { useWorkbench } from '../../state/hooks';
import './journal.css';

/** How often the status asks the engine when it last autosaved, while there is unsaved work. */
const POLL_MS = 3000;

/** "Automatisch bewaard om 15:42" beside the save status, while the project has unsaved work. */
export function AutosaveStatus() {
  const { t } = useTranslation();
  const locale = useLocale();
  const dirty = useWorkbench((s) => s.project?.dirty ?? false);
  const at = useWorkbench((s) => s.autosavedAt);
  const refresh = useWorkbench((s) => s.refreshJournal);
  useEffect(() => {
    if (!dirty) return;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [dirty, refresh]);
  if (!dirty || !at) return null;
  return (
    <span className="autosave-status" data-testid="autosave-status" title={t('ui.journal.autosavedHint')}>
      {t('ui.journal.autosaved', { time: formatInstant(at, locale, true) })}
    </span>
  );
}

/** Said while another window of the workbench has the same project file open. */
export function OpenElsewhereNotice() {
  const { t } = useTranslation();
  const elsewhere = useWorkbench((s) => s.openElsewhere);
  if (!elsewhere) return null;
  return (
    <p className="open-elsewhere" role="status" data-testid="open-elsewhere">
      {t('ui.journal.openElsewhere')}
    </p>
  );
}
