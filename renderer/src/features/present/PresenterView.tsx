import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrivacyChoice } from '../../../../shared/model/story/privacy';
import type { RokCatalog } from '../../../../shared/model/story/rok';
import { intlLocale } from '../../format/format';
import { useLocale } from '../../i18n/useLocale';
import type { PresentState } from './channel';
import { PrivacyFields } from './PrivacyFields';
import { presentSlides } from './slides';
import { SlideView } from './SlideView';

interface PresenterViewProps {
  state: PresentState;
  rok: RokCatalog;
  onGo(index: number): void;
  onPrivacy(privacy: PrivacyChoice): void;
  onRestartClock(): void;
}

/** Ticks every second. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function elapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  return h > 0 ? `${h}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
}

/**
 * What the presenter sees: the slide on the screen, the next one small, the speaker notes with the
 * slide's interpretation and alternative explanation, a clock and the time elapsed, and the
 * session's privacy choice. In a second window, or in the presentation's own window where a
 * second window is not allowed.
 */
export function PresenterView({ state, rok, onGo, onPrivacy, onRestartClock }: PresenterViewProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const now = useNow();
  const notesId = useId();
  const slides = presentSlides(state.deck);
  const index = Math.min(state.index, slides.length - 1);
  const current = slides[index]!;
  const next = slides[index + 1];
  const deckSlide = current.kind === 'view' ? current.slide : null;
  const clock = new Intl.DateTimeFormat(intlLocale(locale), { hour: '2-digit', minute: '2-digit' }).format(now);

  return (
    <div className="presenter" data-testid="presenter-view">
      <header className="presenter-bar">
        <h1 className="presenter-title">{state.deck.story.title}</h1>
        <span className="presenter-count" data-testid="presenter-count">
          {t('ui.present.slideOf', { n: index + 1, total: slides.length })}
        </span>
        <span className="presenter-time">
          <span className="muted">{t('ui.present.presenter.clock')}</span> <strong data-testid="presenter-clock">{clock}</strong>
        </span>
        <span className="presenter-time">
          <span className="muted">{t('ui.present.presenter.elapsed')}</span> <strong data-testid="presenter-elapsed">{elapsed(now - state.startedAt)}</strong>
        </span>
        <button type="button" className="button small" onClick={onRestartClock}>
          {t('ui.present.presenter.reset')}
        </button>
        <span className="presenter-nav">
          <button type="button" className="button" data-testid="presenter-previous" disabled={index === 0} onClick={() => onGo(index - 1)}>
            ‹ {t('ui.present.controls.previous')}
          </button>
          <button type="button" className="button primary" data-testid="presenter-next" disabled={!next} onClick={() => onGo(index + 1)}>
            {t('ui.present.controls.next')} ›
          </button>
        </span>
      </header>
      <div className="presenter-body">
        <section className="presenter-current" aria-label={t('ui.present.presenter.current')}>
          <div className="presenter-frame">
            <SlideView deck={state.deck} slide={current} number={index + 1} total={slides.length} theme={state.theme} rok={rok} />
          </div>
        </section>
        <aside className="presenter-side">
          <section aria-labelledby={notesId} className="presenter-notes" data-testid="presenter-notes">
            <h2 id={notesId}>{t('ui.present.presenter.notes')}</h2>
            {deckSlide?.notes ? <p className="presenter-notes-text">{deckSlide.notes}</p> : <p className="muted">{t('ui.present.presenter.noNotes')}</p>}
            {deckSlide?.interpretation && (
              <>
                <h3>{t('ui.present.presenter.interpretation')}</h3>
                <p>{deckSlide.interpretation}</p>
              </>
            )}
            {deckSlide?.alternative && (
              <>
                <h3>{t('ui.present.presenter.alternative')}</h3>
                <p>{deckSlide.alternative}</p>
              </>
            )}
          </section>
          <section className="presenter-next" aria-label={t('ui.present.presenter.next')}>
            <h2>{t('ui.present.presenter.next')}</h2>
            {next ? (
              <div className="presenter-next-frame">
                <SlideView deck={state.deck} slide={next} number={index + 2} total={slides.length} theme={state.theme} rok={rok} thumbnail />
              </div>
            ) : (
              <p className="muted">{t('ui.present.presenter.last')}</p>
            )}
          </section>
          <PrivacyFields legend={t('ui.present.presenter.privacy')} privacy={state.privacy} onChange={onPrivacy} testId="presenter-privacy" />
        </aside>
      </div>
    </div>
  );
}
