import type { Deck } from '../../../../shared/model/story/deck';
import type { PrivacyChoice } from '../../../../shared/model/story/privacy';
import { TOKEN_KEY } from '../../api/bootParams';

/**
 * The presentation and its presenter view in a second window keep in step over a
 * BroadcastChannel (same origin only, nothing leaves the machine): the presentation owns the
 * deck and the slide shown and tells the presenter view; the presenter view asks to go to a slide
 * or to change the session's privacy choice.
 */
export const CHANNEL_NAME = 'werkbank-present';
/** The address parameter that makes a window the presenter view. */
export const PRESENTER_PARAM = 'presenter';

export interface PresentState {
  deck: Deck;
  index: number;
  /** When the presentation started (ms since the epoch): the elapsed time. */
  startedAt: number;
  privacy: PrivacyChoice;
  theme: 'light' | 'dark';
}

export type PresentMessage =
  | { type: 'state'; state: PresentState }
  | { type: 'ended' }
  /** The presenter view opened: it asks for the state. */
  | { type: 'hello' }
  | { type: 'go'; index: number }
  | { type: 'privacy'; privacy: PrivacyChoice }
  | { type: 'restartClock' };

export interface PresentChannel {
  post(message: PresentMessage): void;
  close(): void;
}

/** A channel that hands every message from another window to `onMessage`; null where BroadcastChannel does not exist. */
export function openChannel(onMessage: (message: PresentMessage) => void): PresentChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (e: MessageEvent<PresentMessage>) => {
    if (e.data && typeof e.data === 'object' && typeof e.data.type === 'string') onMessage(e.data);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}

/** Whether this window was opened as the presenter view. */
export function isPresenterWindow(href: string = window.location.href): boolean {
  return new URL(href).searchParams.has(PRESENTER_PARAM);
}

/**
 * The presenter view's address: this app with `?presenter=1`, and the host's token (kept in
 * session storage, bootParams.ts) so the new window's calls are allowed; the new window takes it
 * out of its address bar at once, as the first window did.
 */
export function presenterUrl(href: string, token: string | null): string {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  url.searchParams.set(PRESENTER_PARAM, '1');
  if (token) url.searchParams.set('token', token);
  return url.toString();
}

/** Opens the presenter view; null when the shell does not allow a second window (Electron's security checklist). */
export function openPresenterWindow(): Window | null {
  let token: string | null = null;
  try {
    token = window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    // No session storage: the new window asks without a token and the host refuses; the channel still works.
  }
  try {
    return window.open(presenterUrl(window.location.href, token), 'werkbank-presenter', 'popup,width=1280,height=800');
  } catch {
    return null;
  }
}
