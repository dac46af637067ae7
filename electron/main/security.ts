import type { App, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { PRESENTER_QUERY } from '../../shared/api/contract/shell';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { isRendererUrl } from './ipc';

/** Adds the policy to every response the session receives, including our file:// pages. */
export function applyContentSecurityPolicy(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

const REMOTE_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

/** Whether a URL would reach the network. Pupil data never leaves the machine. */
export function isRemoteUrl(url: string): boolean {
  try {
    return REMOTE_SCHEMES.has(new URL(url).protocol);
  } catch {
    return true;
  }
}

/** Cancels every request to the network: the app loads local files only. */
export function blockRemoteRequests(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: isRemoteUrl(details.url) });
  });
}

/** The app needs no camera, microphone, notifications, geolocation or anything else. */
export function denyPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * Which windows a page may open: the options of the new window, or null to refuse. `opener` is
 * the web contents that called `window.open`.
 */
export type WindowOpenPolicy = (opener: Pick<WebContents, 'id'>, url: string) => BrowserWindowConstructorOptions | null;

/** Refuses every new window. */
export const NO_WINDOWS: WindowOpenPolicy = () => null;

/**
 * Whether `url` is the presenter view of our own renderer: the index file itself (no other file,
 * host or scheme) with exactly the query `?presenter=1` and no fragment.
 */
export function isPresenterUrl(url: string, indexPath: string, platform: NodeJS.Platform = process.platform): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.search === `?${PRESENTER_QUERY.name}=${PRESENTER_QUERY.value}` &&
    parsed.hash === '' &&
    isRendererUrl(url, indexPath, platform)
  );
}

/**
 * The one kind of window the app opens on a page's request: the presenter view of a presentation
 * (renderer/src/features/present), asked for by the main window (`isOpener`), on our own
 * renderer, with `options` (the main window's hardened web preferences).
 */
export function presenterWindowPolicy(
  indexPath: string,
  isOpener: (opener: Pick<WebContents, 'id'>) => boolean,
  options: () => BrowserWindowConstructorOptions,
  platform: NodeJS.Platform = process.platform,
): WindowOpenPolicy {
  return (opener, url) => (isOpener(opener) && isPresenterUrl(url, indexPath, platform) ? options() : null);
}

/**
 * No navigation away from the renderer, no embedded guests, and no new windows but those
 * `allowWindow` lets through (the presenter view), which close with their opener.
 */
export function hardenWebContents(
  contents: Pick<WebContents, 'id' | 'on' | 'setWindowOpenHandler'>,
  allowWindow: WindowOpenPolicy = NO_WINDOWS,
): void {
  const prevent = (event: { preventDefault(): void }) => event.preventDefault();
  contents.on('will-navigate', prevent);
  contents.on('will-frame-navigate', prevent);
  contents.on('will-redirect', prevent);
  contents.on('will-attach-webview', prevent);
  contents.setWindowOpenHandler(({ url }) => {
    const options = allowWindow(contents, url);
    return options ? { action: 'allow', outlivesOpener: false, overrideBrowserWindowOptions: options } : { action: 'deny' };
  });
}

/** Applies `hardenWebContents` to every web contents the app ever creates (devtools and the presenter view included). */
export function hardenApp(app: Pick<App, 'on'>, allowWindow: WindowOpenPolicy = NO_WINDOWS): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, allowWindow));
}
