import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBusy, useWorkbench } from '../state/hooks';
import { useMessageText } from '../ui/useMessageText';

const LABEL = { dirty: 'ui.toolbar.unsaved', saved: 'ui.toolbar.saved', new: 'ui.toolbar.neverSaved' } as const;

/** Saved or not, plus a short-lived note after saving; also says when the workbench is busy. */
export function SaveStatus() {
  const { t } = useTranslation();
  const current = useWorkbench((s) => s.notice);
  const state = useWorkbench((s) => (!s.project ? null : s.project.dirty ? 'dirty' : s.project.fileName ? 'saved' : 'new'));
  const busy = useBusy();
  const text = useMessageText();
  const [notice, setNotice] = useState(current);
  useEffect(() => {
    setNotice(current);
    if (!current) return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [current]);

  if (!state) return null;
  return (
    <span className="save-status" role="status">
      <span className={`badge ${state}`} data-testid="project-status" data-state={state}>
        {t(LABEL[state])}
      </span>
      {notice && (
        <span className="notice" data-testid="status-notice" title={text(notice)}>
          {text(notice)}
        </span>
      )}
      {busy && (
        <span className="busy" data-testid="busy-indicator">
          {t('ui.toolbar.busy')}
        </span>
      )}
    </span>
  );
}
