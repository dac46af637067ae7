import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RokCatalog } from '../../../../shared/model/story/rok';
import { ActionStatus, type Story, type StoryAction } from '../../../../shared/model/story/story';
import { useWorkbench } from '../../state/hooks';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { focusSoon } from './HypothesesEditor';
import { RokPicker } from './RokPicker';
import { nextItemId } from './storyOps';

const NO_ROK: RokCatalog = [];

/** The team's actions: what, who, by when, status and ROK codes; those carried over from the last story say so. */
export function ActionsEditor({ story }: { story: Story }) {
  const { t } = useTranslation();
  const editStory = useWorkbench((s) => s.editStory);
  const catalog = useWorkbench((s) => s.project?.rok) ?? NO_ROK;
  const stories = useWorkbench((s) => s.project?.stories);
  const headingId = useId();

  const change = (id: string, patch: Partial<StoryAction>, typing?: string) =>
    editStory((s) => ({ ...s, actions: s.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) }), typing);
  const add = () => {
    const id = nextItemId('a', story.actions);
    editStory((s) => ({ ...s, actions: [...s.actions, { id, what: '', who: '', when: '', status: 'planned', rok: [], carriedFrom: null }] }));
    focusSoon(`[data-action-what="${id}"]`);
  };

  return (
    <section className="story-box" aria-labelledby={headingId} data-testid="story-actions">
      <h2 id={headingId}>{t('ui.story.actions.title')}</h2>
      {story.actions.length === 0 && <p className="muted">{t('ui.story.actions.empty')}</p>}
      <ol className="story-items">
        {story.actions.map((a, i) => {
          const n = i + 1;
          const field = (part: string) => `${headingId}-${a.id}-${part}`;
          const from = a.carriedFrom ? (stories?.find((s) => s.id === a.carriedFrom)?.title ?? a.carriedFrom) : null;
          return (
            <li key={a.id} className="story-item-row story-action" data-testid="story-action">
              {from && <p className="caution story-carried">{t('ui.story.actions.carried', { story: from })}</p>}
              <span className="field story-item-text">
                <label htmlFor={field('what')}>{t('ui.story.actions.what')}</label>
                <input
                  id={field('what')}
                  data-action-what={a.id}
                  data-testid="story-action-what"
                  aria-label={t('ui.story.actions.whatOf', { n })}
                  value={a.what}
                  maxLength={4000}
                  placeholder={t('ui.story.actions.placeholder')}
                  onChange={(e) => change(a.id, { what: e.target.value }, `${a.id}:what`)}
                />
              </span>
              <span className="field">
                <label htmlFor={field('who')}>{t('ui.story.actions.who')}</label>
                <input
                  id={field('who')}
                  data-testid="story-action-who"
                  aria-label={t('ui.story.actions.whoOf', { n })}
                  value={a.who}
                  maxLength={300}
                  size={14}
                  onChange={(e) => change(a.id, { who: e.target.value }, `${a.id}:who`)}
                />
              </span>
              <span className="field">
                <label htmlFor={field('when')}>{t('ui.story.actions.when')}</label>
                <input
                  id={field('when')}
                  type="date"
                  data-testid="story-action-when"
                  aria-label={t('ui.story.actions.whenOf', { n })}
                  value={a.when}
                  onChange={(e) => change(a.id, { when: /^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : '' })}
                />
              </span>
              <LabelledSelect
                label={t('ui.story.actions.status')}
                aria-label={t('ui.story.actions.statusOf', { n })}
                data-testid="story-action-status"
                value={a.status}
                onChange={(e) => change(a.id, { status: ActionStatus.parse(e.target.value) })}
              >
                {ActionStatus.options.map((status) => (
                  <option key={status} value={status}>
                    {t(`ui.story.actions.statuses.${status}`)}
                  </option>
                ))}
              </LabelledSelect>
              <button type="button" className="link-button danger-link story-item-remove" aria-label={t('ui.story.actions.remove', { n })} onClick={() => editStory((s) => ({ ...s, actions: s.actions.filter((x) => x.id !== a.id) }))}>
                ×
              </button>
              <div className="story-action-rok">
                <span className="hint">{t('ui.story.actions.rok')}</span>
                <RokPicker codes={a.rok} catalog={catalog} label={t('ui.story.actions.addRok', { n })} onChange={(rok) => change(a.id, { rok })} />
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button small" data-testid="story-action-add" onClick={add}>
        {t('ui.story.actions.add')}
      </button>
    </section>
  );
}
