import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { View } from '../../../../shared/model/view';
import { useLocale } from '../../i18n/useLocale';
import { useWorkbench } from '../../state/hooks';
import { ViewDialog } from './ViewDialog';
import './views.css';

/** Two overlapping sheets: the copy symbol (⧉ is missing from common fonts). */
const COPY_ICON = (
  <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <rect x="0.75" y="0.75" width="7.5" height="7.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.4" />
    <rect x="3.75" y="3.75" width="7.5" height="7.5" rx="1" fill="#fff" stroke="currentColor" strokeWidth="1.4" />
  </svg>
);

/**
 * Saved views: a click restores the view's recipe and chart (or its learning-gain analysis,
 * comparison or survey chart, marked as such); each can be edited in the chart editor, copied,
 * moved up or down (the buttons, or Alt+↑ / Alt+↓ on the view) and removed.
 */
export function ViewsList() {
  const { t } = useTranslation();
  const locale = useLocale();
  const views = useWorkbench((s) => s.project?.views) ?? [];
  const restoreView = useWorkbench((s) => s.restoreView);
  const deleteView = useWorkbench((s) => s.deleteView);
  const duplicateView = useWorkbench((s) => s.duplicateView);
  const moveView = useWorkbench((s) => s.moveView);
  const [editing, setEditing] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const headingId = useId();
  const hintId = useId();
  const edited = editing === null ? undefined : views.find((v) => v.id === editing);

  const move = async (v: View, to: number) => {
    if (to < 0 || to >= views.length) return;
    await moveView(v.id, to);
    setAnnouncement(t('ui.design.list.moved', { title: v.title, place: to + 1 }));
    // Moving the element in the page takes the focus from it: give it back.
    requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-testid="view-item"][data-view-id="${v.id}"]`)?.focus());
  };
  const onKeyDown = (e: KeyboardEvent, v: View, index: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    void move(v, e.key === 'ArrowUp' ? index - 1 : index + 1);
  };
  const edit = async (v: View) => {
    // The editor previews and saves what the screen shows: the view, recomputed from its recipe.
    await restoreView(v);
    setEditing(v.id);
  };

  const action = (testId: string, label: string, symbol: ReactNode, onClick: () => void, disabled = false) => (
    <button type="button" className="icon-button view-action" data-testid={testId} aria-label={label} title={label} disabled={disabled} onClick={onClick}>
      {symbol}
    </button>
  );

  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ui.views.title')}</h2>
      <ul className="views-list" data-testid="views-list" ref={listRef}>
        {views.map((v, i) => (
          <li key={v.id} className="view-entry" data-testid="view-entry" data-view-id={v.id}>
            <button
              type="button"
              className="view-item"
              data-testid="view-item"
              data-view-id={v.id}
              title={v.takeaway || v.title}
              aria-describedby={views.length > 1 ? hintId : undefined}
              onClick={() => void restoreView(v)}
              onKeyDown={(e) => onKeyDown(e, v, i)}
            >
              {v.title}
              {v.gain && <span className="tag view-gain-tag"> · {t('ui.gain.view.tag')}</span>}
              {v.reference && <span className="tag view-reference-tag"> · {t('ui.reference.view.tag')}</span>}
              {v.survey && <span className="tag view-survey-tag"> · {t('ui.survey.view.tag')}</span>}
            </button>
            <span className="view-actions">
              {action('view-edit', t('ui.design.list.edit', { title: v.title }), '✎', () => void edit(v))}
              {action('view-duplicate', t('ui.design.list.duplicate', { title: v.title }), COPY_ICON, () => void duplicateView(v.id, locale))}
              {action('view-up', t('ui.design.list.up', { title: v.title }), '↑', () => void move(v, i - 1), i === 0)}
              {action('view-down', t('ui.design.list.down', { title: v.title }), '↓', () => void move(v, i + 1), i === views.length - 1)}
              {action('view-delete', t('ui.views.remove', { title: v.title }), '×', () => void deleteView(v.id))}
            </span>
          </li>
        ))}
      </ul>
      {views.length === 0 && <p className="muted">{t('ui.views.empty')}</p>}
      {views.length > 1 && (
        <p className="visually-hidden" id={hintId}>
          {t('ui.design.list.moveHint')}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="views-announcement">
        {announcement}
      </p>
      {edited && <ViewDialog view={edited} onClose={() => setEditing(null)} />}
    </section>
  );
}
