import { type RefObject, useEffect, useRef, useState } from 'react';
import type { Locale } from '../../../../shared/i18n/index';
import type { Message } from '../../../../shared/model/message';
import type { Deck } from '../../../../shared/model/story/deck';
import type { PrivacyChoice } from '../../../../shared/model/story/privacy';
import { toUserMessage } from '../../state/errors';
import { useApi } from '../../state/hooks';
import { openChannel, type PresentChannel, type PresentMessage } from './channel';
import { goTo, jumpTarget, presentKey } from './slides';

/** The story's deck as the engine computes it with this privacy choice; the last one stays shown while a new one is computed. */
export function useDeck(storyId: string, privacy: PrivacyChoice, locale: Locale): { deck: Deck | null; error: Message | null } {
  const api = useApi();
  const [deck, setDeck] = useState<Deck | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const { pseudonymise, suppressBelow } = privacy;
  useEffect(() => {
    let cancelled = false;
    api['story.deck']({ storyId, privacy: { pseudonymise, suppressBelow }, locale }).then(
      (d) => {
        if (cancelled) return;
        setDeck(d);
        setError(null);
      },
      (e: unknown) => !cancelled && setError(toUserMessage(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, storyId, pseudonymise, suppressBelow, locale]);
  return { deck, error };
}

/**
 * The element full screen (the Fullscreen API) while it is shown; where the browser refuses, it
 * stays a fixed overlay over the window. Leaving full screen (the browser's own Esc) ends it.
 */
export function useFullscreen(ref: RefObject<HTMLElement | null>, onLeave: () => void): void {
  const leave = useRef(onLeave);
  leave.current = onLeave;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let entered = false;
    const onChange = () => {
      if (document.fullscreenElement === el) entered = true;
      else if (entered) {
        entered = false;
        leave.current();
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    if (typeof el.requestFullscreen === 'function') el.requestFullscreen().catch(() => undefined);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement === el) void document.exitFullscreen().catch(() => undefined);
    };
  }, [ref]);
}

export interface PresentKeyHandlers {
  count: number;
  index: number;
  go(index: number): void;
  leave?(): void;
  presenter?(): void;
  theme?(): void;
}

/**
 * The presenting keys (slides.ts: presentKey) on the whole window, ahead of the workbench's own
 * shortcuts; returns the number being typed for a jump ('' when none).
 */
export function usePresentKeys(handlers: PresentKeyHandlers): string {
  const [typed, setTyped] = useState('');
  const ref = useRef({ handlers, typed });
  ref.current = { handlers, typed };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = presentKey(e);
      if (!key) return;
      const { handlers: h, typed: buffer } = ref.current;
      // Fields (the presenter's privacy switches) and buttons keep Enter and their own keys.
      const inField = e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.target instanceof HTMLTextAreaElement;
      if (inField && key.kind !== 'leave') return;
      if (key.kind === 'enter' && buffer === '') return;
      e.preventDefault();
      e.stopPropagation();
      switch (key.kind) {
        case 'go':
          setTyped('');
          return h.go(goTo(h.index, key.to, h.count));
        case 'digit':
          return setTyped((buffer + key.digit).slice(-3));
        case 'backspace':
          return setTyped(buffer.slice(0, -1));
        case 'enter': {
          const target = jumpTarget(buffer, h.count);
          setTyped('');
          if (target !== null) h.go(target);
          return;
        }
        case 'leave':
          if (buffer !== '') return setTyped('');
          return h.leave?.();
        case 'presenter':
          return h.presenter?.();
        case 'theme':
          return h.theme?.();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return typed;
}

/** The BroadcastChannel to the presenter view: `onMessage` always sees the latest render's handlers. */
export function usePresentChannel(onMessage: (message: PresentMessage) => void): RefObject<PresentChannel | null> {
  const channel = useRef<PresentChannel | null>(null);
  const handler = useRef(onMessage);
  handler.current = onMessage;
  useEffect(() => {
    const opened = openChannel((m) => handler.current(m));
    channel.current = opened;
    return () => {
      opened?.post({ type: 'ended' });
      opened?.close();
      channel.current = null;
    };
  }, []);
  return channel;
}
