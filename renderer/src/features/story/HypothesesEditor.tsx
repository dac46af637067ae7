import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HypothesisStatus, type Hypothesis, type Story } from '../../../../shared/model/story/story';
import type { View } from '../../../../shared/model/view';
import { useWorkbench } from '../../state/hooks';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { nextItemId } from './storyOps';

const NO_VIEWS: View[] = [];

/** Focuses a field once it is drawn (a new hypothesis or action: its text). */
export function focusSoon(selector: string): void {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** The team's hypotheses: the text, whether the data confirmed or rejected it, and the views that test it. */
export function HypothesesEditor({ story }: { story: Story }) {
  const { t } = useTranslation();
  const editStory = useWorkbench((s) => s.editStory);
  const views = useWorkbench((s) => s.project?.views) ?? NO_VIEWS;
  const headingId = useId();

  const change = (id: string, patch: Partial<Hypothesis>, typing?: string) =>
    editStory((s) => ({ ...s, hypotheses: s.hypotheses.map((h) => (h.id === id ? { ...h, ...patch } : h)) }), typing);
  const add = () => {
    const id = nextItemId('h', story.hypotheses);
    editStory((s) => ({ ...s, hypotheses: [...s.hypotheses, { id, text: '', status: 'open', viewIds: [] }] }));
    focusSoon(`[data-hypothesis-text="${id}"]`);
  };

  return (
    <section className="story-box" aria-labelledby={headingId} data-testid="story-hypotheses">
      <h2 id={headingId}>{t('ui.story.hypotheses.title')}</h2>
      {story.hypotheses.length === 0 && <p className="muted">{t('ui.story.hypotheses.empty')}</p>}
      <ol className="story-items">
        {story.hypotheses.map((h, i) => (
          <li key={h.id} className="story-item-row" data-testid="story-hypothesis">
            <span className="field story-item-text">
              <label htmlFor={`${headingId}-${h.id}`}>{t('ui.story.hypotheses.text', { n: i + 1 })}</label>
              <input
                id={`${headingId}-${h.id}`}
                data-hypothesis-text={h.id}
                data-testid="story-hypothesis-text"
                value={h.text}
                maxLength={4000}
                placeholder={t('ui.story.hypotheses.placeholder')}
                onChange={(e) => change(h.id, { text: e.target.value }, `${h.id}:text`)}
              />
            </span>
            <LabelledSelect
              label={t('ui.story.hypotheses.status')}
              aria-label={t('ui.story.hypotheses.statusOf', { n: i + 1 })}
              data-testid="story-hypothesis-status"
              value={h.status}
              onChange={(e) => change(h.id, { status: HypothesisStatus.parse(e.target.value) })}
            >
              {HypothesisStatus.options.map((status) => (
                <option key={status} value={status}>
                  {t(`ui.story.hypotheses.statuses.${status}`)}
                </option>
              ))}
            </LabelledSelect>
            <button type="button" className="link-button danger-link story-item-remove" aria-label={t('ui.story.hypotheses.remove', { n: i + 1 })} onClick={() => editStory((s) => ({ ...s, hypotheses: s.hypotheses.filter((x) => x.id !== h.id) }))}>
              ×
            </button>
            {views.length > 0 && (
              <details className="story-linked">
                <summary>{t('ui.story.hypotheses.viewsOf', { count: h.viewIds.length })}</summary>
                <fieldset>
                  <legend className="visually-hidden">{t('ui.story.hypotheses.views')}</legend>
                  {views.map((v) => (
                    <label key={v.id} className="checkbox-line">
                      <input
                        type="checkbox"
                        checked={h.viewIds.includes(v.id)}
                        onChange={(e) => change(h.id, { viewIds: e.target.checked ? [...h.viewIds, v.id] : h.viewIds.filter((x) => x !== v.id) })}
                      />{' '}
                      {v.title}
                    </label>
                  ))}
                </fieldset>
              </details>
            )}
          </li>
        ))}
      </ol>
      <button type="button" className="button small" data-testid="story-hypothesis-add" onClick={add}>
        {t('ui.story.hypotheses.add')}
      </button>
    </section>
  );
}
