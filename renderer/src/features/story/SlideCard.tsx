import { type KeyboardEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_ORDER, StorySection, type Story, type StorySlide } from '../../../../shared/model/story/story';
import type { View } from '../../../../shared/model/view';
import { useWorkbench } from '../../state/hooks';
import { LabelledSelect } from '../../ui/LabelledSelect';
import { canMove, moveSlide, removeSlide, updateSlide } from './storyOps';

type SlideText = 'notes' | 'interpretation' | 'alternative';
const TEXTS: { field: SlideText; label: string; rows: number }[] = [
  { field: 'notes', label: 'ui.story.slides.notes', rows: 3 },
  { field: 'interpretation', label: 'ui.story.slides.interpretation', rows: 3 },
  { field: 'alternative', label: 'ui.story.slides.alternative', rows: 3 },
];

/** After a move the card is drawn anew, maybe in another section: the focus goes back to the same control. */
function refocus(key: string | null): void {
  if (!key) return;
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`)?.focus());
}

/**
 * One slide of the story: the view it shows, moving it (buttons, or Alt+↑ / Alt+↓ anywhere in the
 * card), its step of the cycle, and the speaker notes, interpretation and alternative explanation.
 */
export function SlideCard({ story, slide, number, view }: { story: Story; slide: StorySlide; number: number; view: View | null }) {
  const { t } = useTranslation();
  const editStory = useWorkbench((s) => s.editStory);
  const ids = useId();
  const title = view?.title ?? t('ui.story.slides.missingView');
  const key = (part: string) => `${slide.id}:${part}`;

  const move = (by: -1 | 1, focusKey: string | null) => {
    editStory((s) => moveSlide(s, slide.id, by));
    refocus(focusKey);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    e.stopPropagation();
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.focusKey ?? null : null;
    move(e.key === 'ArrowUp' ? -1 : 1, focused ?? key('up'));
  };

  return (
    <li className="story-slide" data-testid="story-slide" data-slide-id={slide.id} data-view-id={slide.viewId} onKeyDown={onKeyDown}>
      <div className="story-slide-head">
        <h4 className="story-slide-title" data-testid="story-slide-title">
          {t('ui.story.slides.slide', { n: number, title })}
        </h4>
        <div className="story-slide-tools">
          <button
            type="button"
            className="icon-button"
            data-testid="story-slide-up"
            data-focus-key={key('up')}
            aria-label={t('ui.story.slides.upOf', { title })}
            title={`${t('ui.story.slides.up')} (Alt+↑)`}
            disabled={!canMove(story, slide.id, -1)}
            onClick={() => move(-1, key('up'))}
          >
            ↑
          </button>
          <button
            type="button"
            className="icon-button"
            data-testid="story-slide-down"
            data-focus-key={key('down')}
            aria-label={t('ui.story.slides.downOf', { title })}
            title={`${t('ui.story.slides.down')} (Alt+↓)`}
            disabled={!canMove(story, slide.id, 1)}
            onClick={() => move(1, key('down'))}
          >
            ↓
          </button>
          <LabelledSelect
            label={t('ui.story.slides.section')}
            layout="field-inline"
            data-testid="story-slide-section"
            data-focus-key={key('section')}
            aria-label={t('ui.story.slides.sectionOf', { title })}
            value={slide.section}
            onChange={(e) => {
              const section = StorySection.parse(e.target.value);
              editStory((s) => updateSlide(s, slide.id, { section }));
              refocus(key('section'));
            }}
          >
            {SECTION_ORDER.map((s) => (
              <option key={s} value={s}>
                {t(`ui.story.section.${s}`)}
              </option>
            ))}
          </LabelledSelect>
          <button type="button" className="link-button danger-link" data-testid="story-slide-remove" aria-label={t('ui.story.slides.removeOf', { title })} onClick={() => editStory((s) => removeSlide(s, slide.id))}>
            {t('ui.story.slides.remove')}
          </button>
        </div>
      </div>
      {view?.takeaway && <p className="hint story-slide-takeaway">{t('ui.story.slides.takeaway', { text: view.takeaway })}</p>}
      <div className="story-slide-texts">
        {TEXTS.map(({ field, label, rows }) => (
          <span key={field} className="field">
            <label htmlFor={`${ids}-${field}`}>{t(label)}</label>
            <textarea
              id={`${ids}-${field}`}
              data-testid={`story-slide-${field}`}
              data-focus-key={key(field)}
              rows={rows}
              value={slide[field]}
              onChange={(e) => editStory((s) => updateSlide(s, slide.id, { [field]: e.target.value }), `${slide.id}:${field}`)}
            />
          </span>
        ))}
      </div>
    </li>
  );
}
