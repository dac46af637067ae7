import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWb } from '../state/WorkbenchContext';

/** Saved views: a click restores the view's recipe and chart. */
export function ViewsList() {
  const { t } = useTranslation();
  const wb = useWb();
  const headingId = useId();
  const views = wb.project?.views ?? [];
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ui.views.title')}</h2>
      <ul className="views-list" data-testid="views-list">
        {views.map((v) => (
          <li key={v.id} className="view-entry">
            <button
              type="button"
              className="view-item"
              data-testid="view-item"
              data-view-id={v.id}
              title={v.takeaway || v.title}
              onClick={() => void wb.restoreView(v)}
            >
              {v.title}
            </button>
            <button
              type="button"
              className="icon-button"
              data-testid="view-delete"
              aria-label={t('ui.views.remove', { title: v.title })}
              title={t('ui.views.remove', { title: v.title })}
              onClick={() => void wb.deleteView(v.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {views.length === 0 && <p className="muted">{t('ui.views.empty')}</p>}
    </section>
  );
}
