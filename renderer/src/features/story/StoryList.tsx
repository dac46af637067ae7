import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '../../../../shared/model/story/story';
import { useWorkbench } from '../../state/hooks';
import { ActionRow } from '../../ui/ActionRow';
import { Modal } from '../../ui/Modal';
import { NameDialog } from './NameDialog';

type Asking = { kind: 'new' } | { kind: 'rename' | 'next' | 'remove'; story: Story };

const NO_STORIES: Story[] = [];

/** The project's stories: choose one to edit, make a new one, rename, delete, or start the next measurement's story from one. */
export function StoryList() {
  const { t } = useTranslation();
  const stories = useWorkbench((s) => s.project?.stories) ?? NO_STORIES;
  const activeId = useWorkbench((s) => s.storyHistory?.present.id ?? null);
  const selectStory = useWorkbench((s) => s.selectStory);
  const createStory = useWorkbench((s) => s.createStory);
  const renameStory = useWorkbench((s) => s.renameStory);
  const nextStory = useWorkbench((s) => s.nextStory);
  const deleteStory = useWorkbench((s) => s.deleteStory);
  const [asking, setAsking] = useState<Asking | null>(null);
  const headingId = useId();
  const close = () => setAsking(null);

  return (
    <aside className="sources-panel story-list-panel" aria-labelledby={headingId} data-testid="story-list">
      <section className="panel-section">
        <h2 id={headingId}>{t('ui.story.list.title')}</h2>
        <button type="button" className="button primary wide" data-testid="story-new" onClick={() => setAsking({ kind: 'new' })}>
          {t('ui.story.list.new')}
        </button>
        {stories.length === 0 ? (
          <p className="muted">{t('ui.story.list.empty')}</p>
        ) : (
          <ul className="story-list">
            {stories.map((story) => (
              <li key={story.id} className={story.id === activeId ? 'story-entry active' : 'story-entry'}>
                <button
                  type="button"
                  className="story-item"
                  data-testid="story-item"
                  data-story-id={story.id}
                  aria-current={story.id === activeId ? 'true' : undefined}
                  onClick={() => void selectStory(story.id)}
                >
                  <span className="story-item-title">{story.title}</span>
                  <span className="story-item-meta">
                    {t('ui.story.list.slides', { count: story.slides.length })} · {t('ui.story.list.actions', { count: story.actions.length })}
                  </span>
                </button>
                <span className="story-entry-actions">
                  <button type="button" className="link-button" data-testid="story-rename" aria-label={t('ui.story.list.renameOf', { title: story.title })} onClick={() => setAsking({ kind: 'rename', story })}>
                    {t('ui.story.list.rename')}
                  </button>
                  <button type="button" className="link-button" data-testid="story-next" aria-label={t('ui.story.list.nextOf', { title: story.title })} onClick={() => setAsking({ kind: 'next', story })}>
                    {t('ui.story.list.next')}
                  </button>
                  <button type="button" className="link-button danger-link" data-testid="story-delete" aria-label={t('ui.story.list.removeOf', { title: story.title })} onClick={() => setAsking({ kind: 'remove', story })}>
                    {t('ui.story.list.remove')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {asking?.kind === 'new' && (
        <NameDialog
          title={t('ui.story.dialog.newTitle')}
          initial={t('ui.story.dialog.defaultTitle')}
          confirm={t('ui.story.dialog.create')}
          testId="story-name-dialog"
          onConfirm={createStory}
          onClose={close}
        />
      )}
      {asking?.kind === 'rename' && (
        <NameDialog
          title={t('ui.story.dialog.renameTitle')}
          initial={asking.story.title}
          confirm={t('ui.story.dialog.save')}
          testId="story-name-dialog"
          onConfirm={(title) => renameStory(asking.story.id, title)}
          onClose={close}
        />
      )}
      {asking?.kind === 'next' && (
        <NameDialog
          title={t('ui.story.dialog.nextTitle')}
          intro={t('ui.story.dialog.nextIntro')}
          initial={t('ui.story.dialog.nextDefault', { title: asking.story.title }).slice(0, 300)}
          confirm={t('ui.story.dialog.create')}
          testId="story-name-dialog"
          onConfirm={(title) => nextStory(asking.story.id, title)}
          onClose={close}
        />
      )}
      {asking?.kind === 'remove' && (
        <Modal
          title={t('ui.story.dialog.removeTitle')}
          testId="story-delete-dialog"
          onClose={close}
          footer={
            <ActionRow>
              <button type="button" className="button subtle" data-autofocus onClick={close}>
                {t('ui.story.dialog.cancel')}
              </button>
              <button
                type="button"
                className="button danger"
                data-testid="story-delete-confirm"
                onClick={() => {
                  close();
                  void deleteStory(asking.story.id);
                }}
              >
                {t('ui.story.dialog.removeConfirm')}
              </button>
            </ActionRow>
          }
        >
          <p>{t('ui.story.dialog.removeText', { title: asking.story.title })}</p>
        </Modal>
      )}
    </aside>
  );
}
