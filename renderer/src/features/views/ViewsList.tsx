import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../../state/hooks';
import './views.css';

/** Saved views: a click restores the view's recipe and chart (or its learning-gain analysis, marked as such). */
export function ViewsList() {
  const { t } = useTranslation();
  const views = useWorkbench((s) => s.project?.views) ?? [];
  const restoreView = useWorkbench((s) => s.restoreView);
  const deleteView = useWorkbench((s) => s.deleteView);
  const headingId = useId();
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
              onClick={() => void restoreView(v)}
            >
              {v.title}
              {v.gain && <span className="tag view-gain-tag"> · {t('ui.gain.view.tag')}</span>}
              {v.reference && <span className="tag view-reference-tag"> · {t('ui.reference.view.tag')}</span>}
            </button>
            <button
              type="button"
              className="icon-button"
              data-testid="view-delete"
              aria-label={t('ui.views.remove', { title: v.title })}
              title={t('ui.views.remove', { title: v.title })}
              onClick={() => void deleteView(v.id)}
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
