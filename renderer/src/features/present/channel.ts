import { PRESENTER_QUERY } from '../../../../shared/api/contract/shell';
import type { Deck } from '../../../../shared/model/story/deck';
import type { PrivacyChoice } from '../../../../shared/model/story/privacy';
import { TOKEN_KEY } from '../../api/bootParams';

/**
 * The presentation and its presenter view in a second window keep in step (nothing leaves the
 * machine): the presentation owns the deck and the slide shown and tells the presenter view; the
 * presenter view asks to go to a slide or to change the session's privacy choice.
 *
 * Two paths carry every message, so either one is enough: a BroadcastChannel (same origin; it
 * works between two file:// windows in Chromium, but Electron has broken it in some releases),
 * and `postMessage` between the two windows themselves (the window the presentation opened, the
 * presenter view's opener), which works whatever the origin. A message that arrives by both is
 * handled once.
 */
export const CHANNEL_NAME = 'werkbank-present';
/** The address parameter that makes a window the presenter view (`?presenter=1`, shared with the desktop shell). */
export const PRESENTER_PARAM = PRESENTER_QUERY.name;

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

/** What goes over the wire: the message with who sent it and its number, to drop the second copy. */
interface Envelope {
  werkbankPresent: 1;
  from: string;
  seq: number;
  message: PresentMessage;
}

function isEnvelope(data: unknown): data is Envelope {
  if (!data || typeof data !== 'object') return false;
  const e = data as Partial<Envelope>;
  return (
    e.werkbankPresent === 1 &&
    typeof e.from === 'string' &&
    typeof e.seq === 'number' &&
    !!e.message &&
    typeof e.message === 'object' &&
    typeof e.message.type === 'string'
  );
}

/** The presenter views this window opened (openPresenterWindow), for the `postMessage` path. */
const openedWindows = new Set<Window>();

/** How many message ids a channel remembers to drop a second copy; far more than can be in flight. */
const SEEN_LIMIT = 256;

/**
 * The windows this one talks to directly: the presenter views it opened and, in a presenter view
 * only, its opener (the presentation). Any other opener (a page that opened the app) is no peer.
 */
function peerWindows(presenter: boolean): Window[] {
  const peers: Window[] = [];
  for (const w of openedWindows) {
    if (w.closed) openedWindows.delete(w);
    else peers.push(w);
  }
  const opener = presenter ? (window.opener as Window | null) : null;
  if (opener && !opener.closed && !peers.includes(opener)) peers.push(opener);
  return peers;
}

/**
 * A channel that hands every message from the other window to `onMessage`, whichever path it
 * came by, once; null where neither BroadcastChannel nor `postMessage` exists.
 */
export function openChannel(onMessage: (message: PresentMessage) => void): PresentChannel | null {
  if (typeof window === 'undefined') return null;
  const presenter = isPresenterWindow();
  const from = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  let seq = 0;
  const seen = new Set<string>();
  // file:// pages have an opaque origin ('null'), which postMessage cannot name as a target: there
  // '*' is used, and the message goes only to a window held by reference (opened here, or the
  // opener of a presenter view), whose page the desktop shell keeps from navigating elsewhere.
  const origin = window.origin;
  const targetOrigin = origin === 'null' ? '*' : origin;

  const receive = (data: unknown) => {
    if (!isEnvelope(data) || data.from === from) return;
    const id = `${data.from}:${data.seq}`;
    if (seen.has(id)) return;
    seen.add(id);
    if (seen.size > SEEN_LIMIT) seen.delete(seen.values().next().value as string);
    onMessage(data.message);
  };

  const broadcast = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  if (broadcast) broadcast.onmessage = (e: MessageEvent<unknown>) => receive(e.data);
  // Only from the other window itself, and from a page of the same origin as this one.
  const onWindowMessage = (e: MessageEvent<unknown>) => {
    const source = e.source as Window | null;
    if (!source || e.origin !== origin || !peerWindows(presenter).includes(source)) return;
    receive(e.data);
  };
  window.addEventListener('message', onWindowMessage);

  return {
    post(message) {
      seq += 1;
      const envelope: Envelope = { werkbankPresent: 1, from, seq, message };
      broadcast?.postMessage(envelope);
      for (const peer of peerWindows(presenter)) {
        try {
          peer.postMessage(envelope, targetOrigin);
        } catch {
          // A window closing meanwhile: the other path, if any, still carries it.
        }
      }
    },
    close() {
      broadcast?.close();
      window.removeEventListener('message', onWindowMessage);
    },
  };
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
  url.searchParams.set(PRESENTER_PARAM, PRESENTER_QUERY.value);
  if (token) url.searchParams.set('token', token);
  return url.toString();
}

/**
 * Opens the presenter view; null when no second window may open (a popup blocker). The desktop
 * shell allows exactly this window (electron/main/security.ts).
 */
export function openPresenterWindow(): Window | null {
  let token: string | null = null;
  try {
    token = window.sessionStorage.getItem(TOKEN_KEY);
  } catch {
    // No session storage: the new window asks without a token and the host refuses; the channel still works.
  }
  try {
    const opened = window.open(presenterUrl(window.location.href, token), 'werkbank-presenter', 'popup,width=1280,height=800');
    if (opened) openedWindows.add(opened);
    return opened;
  } catch {
    return null;
  }
}
