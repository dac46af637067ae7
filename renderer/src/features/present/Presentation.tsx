import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import type { Presenting } from '../../state/slices/story';
import { restoreFocus, trailOf } from '../../app/keyboard/focus';
import { useApi, useWorkbench } from '../../state/hooks';
import { LiveRegion } from '../../ui/LiveRegion';
import { useMessageText } from '../../ui/useMessageText';
import { openPresenterWindow, type PresentState } from './channel';
import { PresenterView } from './PresenterView';
import { presentSlides, slideSpoken, spokenText } from './slides';
import { SlideView } from './SlideView';
import { useDeck, useFullscreen, usePresentChannel, usePresentKeys } from './usePresentation';
import './present.css';

const NO_ROK: never[] = [];

/**
 * A story presented full screen on the projector: the title, a slide per view, the actions. The
 * keyboard drives it (usePresentKeys); the presenter view runs in a second window kept in step
 * over a BroadcastChannel, or in this window where a second one is not allowed.
 */
export function Presentation({ presenting }: { presenting: Presenting }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const text = useMessageText();
  const stop = useWorkbench((s) => s.stopPresenting);
  const setPresenting = useWorkbench((s) => s.setPresenting);
  const rok = useWorkbench((s) => s.project?.rok) ?? NO_ROK;
  const rootRef = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [inline, setInline] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const presenterWindow = useRef<Window | null>(null);
  const { deck, error } = useDeck(presenting.storyId, presenting.privacy, locale);
  const slides = deck ? presentSlides(deck) : [];
  const count = slides.length;
  const shown = Math.min(index, Math.max(0, count - 1));
  const state: PresentState | null = deck ? { deck, index: shown, startedAt, privacy: presenting.privacy, theme: presenting.theme } : null;

  const channel = usePresentChannel((m) => {
    if (m.type === 'hello' && state) channel.current?.post({ type: 'state', state });
    else if (m.type === 'go') setIndex(m.index);
    else if (m.type === 'privacy') setPresenting({ privacy: m.privacy });
    else if (m.type === 'restartClock') setStartedAt(Date.now());
  });
  useEffect(() => {
    if (state) channel.current?.post({ type: 'state', state });
    // The state is rebuilt every render; what it holds is listed here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deck, shown, startedAt, presenting.privacy, presenting.theme, channel]);

  useRevealRecord(presenting);

  useFullscreen(rootRef, stop);
  // The slides take the keys, and the workbench behind is out of reach while presenting (no Tab into
  // a hidden form); Escape gives the focus back to what started the presentation.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    const trail = opener ? trailOf(opener) : null;
    const app = document.getElementById('root');
    app?.setAttribute('inert', '');
    rootRef.current?.focus();
    return () => {
      app?.removeAttribute('inert');
      restoreFocus(opener, trail);
    };
  }, []);

  const openPresenter = () => {
    const open = presenterWindow.current;
    if (open && !open.closed) return open.focus();
    const opened = openPresenterWindow();
    presenterWindow.current = opened;
    if (!opened) {
      setBlocked(true);
      setInline((v) => !v);
    }
  };
  const toggleTheme = () => setPresenting({ theme: presenting.theme === 'light' ? 'dark' : 'light' });
  const typed = usePresentKeys({ count, index: shown, go: setIndex, leave: stop, presenter: openPresenter, theme: toggleTheme });

  const current = slides[shown];
  // Each slide as it comes up: its number, title and takeaway (issue 13: presentation mode reads them).
  const spoken = deck && current ? slideSpoken(deck, current, t('ui.present.actions.title')) : null;
  const announcement = spoken ? spokenText(t('ui.present.slideTitled', { n: shown + 1, total: count, title: spoken.title }), spoken.takeaway) : '';
  return createPortal(
    <div
      ref={rootRef}
      className={`present present-${presenting.theme}`}
      data-testid="presentation"
      data-theme={presenting.theme}
      role="dialog"
      aria-modal="true"
      aria-label={t('ui.present.label', { title: deck?.story.title ?? '' })}
      tabIndex={-1}
    >
      {inline && state ? (
        <PresenterView
          state={state}
          rok={rok}
          onGo={setIndex}
          onPrivacy={(privacy) => setPresenting({ privacy })}
          onRestartClock={() => setStartedAt(Date.now())}
        />
      ) : (
        <div className="present-stage">
          {deck && current ? (
            <SlideView deck={deck} slide={current} number={shown + 1} total={count} theme={presenting.theme} rok={rok} />
          ) : (
            <p className="present-status" role="status">
              {error ? `${t('ui.present.failed')} ${text(error)}` : t('ui.present.loading')}
            </p>
          )}
        </div>
      )}
      <LiveRegion text={announcement} testId="present-announcement" />
      {typed && (
        <p className="present-jump" role="status" data-testid="present-jump">
          {t('ui.present.jump', { n: typed })}
        </p>
      )}
      {blocked && inline && <p className="present-blocked">{t('ui.present.presenter.blocked')}</p>}
      <nav className="present-controls" aria-label={t('ui.present.controls.label')} title={t('ui.present.controls.keys')}>
        <button type="button" className="present-button" data-testid="present-previous" aria-label={t('ui.present.controls.previous')} disabled={shown === 0} onClick={() => setIndex(shown - 1)}>
          ‹
        </button>
        <span className="present-count" data-testid="present-count">
          {count > 0 ? `${shown + 1} / ${count}` : ''}
        </span>
        <button type="button" className="present-button" data-testid="present-next" aria-label={t('ui.present.controls.next')} disabled={shown >= count - 1} onClick={() => setIndex(shown + 1)}>
          ›
        </button>
        <button type="button" className="present-button" data-testid="present-presenter" aria-pressed={inline} onClick={openPresenter}>
          {t('ui.present.controls.presenter')}
        </button>
        <button type="button" className="present-button" data-testid="present-theme" onClick={toggleTheme}>
          {t('ui.present.controls.theme')}
        </button>
        <button type="button" className="present-button" data-testid="present-stop" onClick={stop}>
          {t('ui.present.controls.stop')}
        </button>
      </nav>
    </div>,
    document.body,
  );
}

/**
 * A presentation that shows more than the safe choice (names, small groups) is the presenter's
 * explicit choice: recorded in the project's export log, once per choice made.
 */
function useRevealRecord(presenting: Presenting) {
  const api = useApi();
  const setProjectState = useWorkbench((s) => s.setProjectState);
  const recorded = useRef(new Set<string>());
  const { storyId, privacy } = presenting;
  useEffect(() => {
    if (privacy.pseudonymise && privacy.suppressBelow !== null) return;
    const key = JSON.stringify(privacy);
    if (recorded.current.has(key)) return;
    recorded.current.add(key);
    void api['privacy.revealed']({ storyId, privacy }).then(setProjectState, () => undefined);
  }, [api, setProjectState, storyId, privacy]);
}
