import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWb } from '../state/WorkbenchContext';
import { useMessageText } from './useMessageText';

const LABEL = { dirty: 'ui.toolbar.unsaved', saved: 'ui.toolbar.saved', new: 'ui.toolbar.neverSaved' } as const;

/** Saved or not, plus a short-lived note after saving; also says when the workbench is busy. */
export function SaveStatus() {
  const { t } = useTranslation();
  const wb = useWb();
  const text = useMessageText();
  const [notice, setNotice] = useState(wb.notice);
  useEffect(() => {
    setNotice(wb.notice);
    if (!wb.notice) return;
    const timer = setTimeout(() => setNotice(null), 6000);
    return () => clearTimeout(timer);
  }, [wb.notice]);

  const project = wb.project;
  if (!project) return null;
  const state = project.dirty ? 'dirty' : project.fileName ? 'saved' : 'new';
  return (
    <span className="save-status" role="status">
      <span className={`badge ${state}`} data-testid="project-status" data-state={state}>
        {t(LABEL[state])}
      </span>
      {notice && <span className="notice" data-testid="status-notice">{text(notice)}</span>}
      {wb.busy && (
        <span className="busy" data-testid="busy-indicator">
          {t('ui.toolbar.busy')}
        </span>
      )}
    </span>
  );
}
