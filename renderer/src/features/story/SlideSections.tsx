import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_ORDER, type Story, type StorySection } from '../../../../shared/model/story/story';
import type { View } from '../../../../shared/model/view';
import { useWorkbench } from '../../state/hooks';
import { addSlide, inSectionOrder } from './storyOps';
import { SlideCard } from './SlideCard';

const NO_VIEWS: View[] = [];

/** The story's slides under the six steps of the data-use cycle, each step with its own "add a view". */
export function SlideSections({ story }: { story: Story }) {
  const { t } = useTranslation();
  const views = useWorkbench((s) => s.project?.views) ?? NO_VIEWS;
  const headingId = useId();
  // Numbered as the deck shows them: in the cycle's order (the title slide is not counted).
  const numbered = new Map(inSectionOrder(story.slides).map((s, i) => [s.id, i + 1]));
  return (
    <section className="story-slides" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('ui.story.slides.title')}</h2>
      {views.length === 0 && <p className="hint">{t('ui.story.slides.noViews')}</p>}
      {SECTION_ORDER.map((section) => {
        const slides = story.slides.filter((s) => s.section === section);
        return (
          <section key={section} className="story-section" data-testid={`story-section-${section}`} aria-labelledby={`${headingId}-${section}`}>
            <div className="story-section-head">
              <h3 id={`${headingId}-${section}`}>{t(`ui.story.section.${section}`)}</h3>
              <span className="hint">{t(`ui.story.sectionHint.${section}`)}</span>
            </div>
            {slides.length === 0 ? (
              <p className="muted story-section-empty">{t('ui.story.slides.empty')}</p>
            ) : (
              <ol className="story-slide-list">
                {slides.map((slide) => (
                  <SlideCard key={slide.id} story={story} slide={slide} number={numbered.get(slide.id) ?? 0} view={views.find((v) => v.id === slide.viewId) ?? null} />
                ))}
              </ol>
            )}
            {views.length > 0 && <AddView story={story} section={section} views={views} />}
          </section>
        );
      })}
    </section>
  );
}

function AddView({ story, section, views }: { story: Story; section: StorySection; views: View[] }) {
  const { t } = useTranslation();
  const editStory = useWorkbench((s) => s.editStory);
  const [viewId, setViewId] = useState('');
  const selectId = useId();
  const label = t('ui.story.slides.addView', { section: t(`ui.story.section.${section}`) });
  const add = () => {
    if (!viewId) return;
    editStory((s) => addSlide(s, viewId, section));
    setViewId('');
  };
  return (
    <div className="story-add-view">
      <label htmlFor={selectId} className="visually-hidden">
        {label}
      </label>
      <select id={selectId} data-testid={`story-add-view-${section}`} value={viewId} title={label} onChange={(e) => setViewId(e.target.value)}>
        <option value="">{t('ui.story.slides.chooseView')}</option>
        {views.map((v) => (
          <option key={v.id} value={v.id}>
            {v.title}
            {story.slides.some((s) => s.viewId === v.id) ? ' ✓' : ''}
          </option>
        ))}
      </select>
      <button type="button" className="button small" data-testid={`story-add-${section}`} disabled={!viewId} aria-label={label} onClick={add}>
        {t('ui.story.slides.add')}
      </button>
    </div>
  );
}
