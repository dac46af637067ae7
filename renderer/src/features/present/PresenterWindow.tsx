import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkbench } from '../../state/hooks';
import type { PresentState } from './channel';
import { PresenterView } from './PresenterView';
import { presentSlides } from './slides';
import { usePresentChannel, usePresentKeys } from './usePresentation';
import './present.css';

const NO_ROK: never[] = [];

/**
 * The presenter view's own window (`?presenter=1`): it asks the presentation for its state over
 * the BroadcastChannel and sends the presenter's choices back; the presentation stays the one
 * that decides what is on the projector.
 */
export function PresenterWindow() {
  const { t } = useTranslation();
  const rok = useWorkbench((s) => s.project?.rok) ?? NO_ROK;
  const [state, setState] = useState<PresentState | null>(null);
  const [ended, setEnded] = useState(false);
  const channel = usePresentChannel((m) => {
    if (m.type === 'state') {
      setState(m.state);
      setEnded(false);
    } else if (m.type === 'ended') {
      setEnded(true);
      // A window a script opened may close itself; where it may not, it says the presentation stopped.
      window.close();
    }
  });
  useEffect(() => channel.current?.post({ type: 'hello' }), [channel]);
  useEffect(() => {
    document.title = t('ui.present.presenter.title');
  }, [t]);

  const go = (index: number) => channel.current?.post({ type: 'go', index });
  usePresentKeys({ count: state ? presentSlides(state.deck).length : 0, index: state?.index ?? 0, go });

  if (ended || !state) {
    return (
      <div className="presenter presenter-waiting" data-testid="presenter-view">
        <p role="status">{t(ended ? 'ui.present.presenter.ended' : 'ui.present.presenter.waiting')}</p>
        {ended && (
          <button type="button" className="button" onClick={() => window.close()}>
            {t('ui.present.presenter.close')}
          </button>
        )}
      </div>
    );
  }
  return (
    <PresenterView
      state={state}
      rok={rok}
      onGo={go}
      onPrivacy={(privacy) => {
        // Shown at once; the presentation's next state confirms it (or puts its own choice back).
        setState((s) => (s ? { ...s, privacy } : s));
        channel.current?.post({ type: 'privacy', privacy });
      }}
      onRestartClock={() => channel.current?.post({ type: 'restartClock' })}
    />
  );
}
