import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import {
  applyContentSecurityPolicy,
  blockRemoteRequests,
  denyPermissions,
  hardenApp,
  hardenWebContents,
  isPresenterUrl,
  isRemoteUrl,
  presenterWindowPolicy,
} from './security';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

type Callback = (response: unknown) => void;

function fakeSession() {
  const hooks: { headers?: (details: unknown, cb: Callback) => void; before?: (details: unknown, cb: Callback) => void } = {};
  let request: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | undefined;
  let check: ((wc: unknown, permission: string, origin: string) => boolean) | undefined;
  const session = {
    webRequest: {
      onHeadersReceived: (listener: typeof hooks.headers) => (hooks.headers = listener),
      onBeforeRequest: (listener: typeof hooks.before) => (hooks.before = listener),
    },
    setPermissionRequestHandler: (h: typeof request) => (request = h),
    setPermissionCheckHandler: (h: typeof check) => (check = h),
  };
  return { session: session as unknown as Session, hooks, permission: () => ({ request, check }) };
}

function fakeContents(id = 1) {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string; [option: string]: unknown }) | undefined;
  const contents = {
    id,
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  const event = () => ({ preventDefault: vi.fn() });
  return { contents: contents as unknown as WebContents, emitter, event, openHandler: () => openHandler };
}

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

describe('content security policy', () => {
  it('allows our own scripts only and no eval, inline styles for AG Grid and plotly', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'blob:', 'data:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('is added to every response, keeping the other headers', () => {
    const { session, hooks } = fakeSession();
    applyContentSecurityPolicy(session);
    const callback = vi.fn();
    hooks.headers!({ url: 'file:///app/index.html', responseHeaders: { 'X-Test': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Test': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('also applies when the response had no headers', () => {
    const { session, hooks } = fakeSession();
    applyContentSecurityPolicy(session);
    const callback = vi.fn();
    hooks.headers!({ url: 'file:///app/index.html' }, callback);
    expect(callback.mock.calls[0]![0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});

describe('no remote content', () => {
  it.each([
    ['https://example.com/x.js', true],
    ['http://127.0.0.1:8080/', true],
    ['wss://example.com/', true],
    ['file:///app/dist/renderer/index.html', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['blob:file:///1234', false],
    ['data:image/png;base64,AAAA', false],
    ['not a url', true],
  ])('%s is remote: %s', (url, remote) => {
    expect(isRemoteUrl(url)).toBe(remote);
  });

  it('cancels network requests and lets local ones through', () => {
    const { session, hooks } = fakeSession();
    blockRemoteRequests(session);
    const callback = vi.fn();
    hooks.before!({ url: 'https://cdn.example.com/lib.js' }, callback);
    hooks.before!({ url: 'file:///app/dist/renderer/assets/index.js' }, callback);
    expect(callback.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    const { session, permission } = fakeSession();
    denyPermissions(session);
    const { request, check } = permission();
    for (const name of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request!({}, name, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!({}, name, 'file://')).toBe(false);
    }
  });
});

describe('web contents hardening', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview'])('prevents %s', (name) => {
    const { contents, emitter, event } = fakeContents();
    hardenWebContents(contents);
    const e = event();
    emitter.emit(name, e, 'https://example.com/');
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('denies window.open', () => {
    const { contents, openHandler } = fakeContents();
    hardenWebContents(contents);
    expect(openHandler()!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(openHandler()!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
  });

  it('denies window.open by default, the presenter view too', () => {
    const { contents, openHandler } = fakeContents();
    hardenWebContents(contents);
    expect(openHandler()!({ url: `${indexUrl}?presenter=1` })).toEqual({ action: 'deny' });
  });

  it('hardens every web contents the app creates', () => {
    const app = new EventEmitter();
    hardenApp(app as unknown as Pick<App, 'on'>);
    const { contents, emitter, event, openHandler } = fakeContents();
    app.emit('web-contents-created', event(), contents);
    const e = event();
    emitter.emit('will-navigate', e, 'https://example.com/');
    expect(e.preventDefault).toHaveBeenCalled();
    expect(openHandler()!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

const indexPath = join('/opt', 'Datateam Werkbank', 'dist', 'renderer', 'index.html');
const indexUrl = pathToFileURL(indexPath).href;
const presenterUrl = `${indexUrl}?presenter=1`;
const hardened = { webPreferences: { preload: '/opt/preload.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false } };

describe('the presenter view window', () => {
  /** The main window's contents (id 1) with the presenter policy, as lifecycle.ts sets it up. */
  function mainContents(platform: NodeJS.Platform = 'linux') {
    const fake = fakeContents(1);
    hardenWebContents(fake.contents, presenterWindowPolicy(indexPath, (opener) => opener.id === 1, () => hardened, platform));
    return (url: string) => fake.openHandler()!({ url });
  }

  it('opens our own index with ?presenter=1, with the hardened options, closing with its opener', () => {
    expect(mainContents()(presenterUrl)).toEqual({ action: 'allow', outlivesOpener: false, overrideBrowserWindowOptions: hardened });
  });

  it.each([
    ['the main page itself', indexUrl],
    ['another query', `${indexUrl}?demo=1`],
    ['more than the presenter', `${indexUrl}?presenter=1&demo=1`],
    ['the parameter before another', `${indexUrl}?demo=1&presenter=1`],
    ['another value', `${indexUrl}?presenter=2`],
    ['a parameter without value', `${indexUrl}?presenter`],
    ['a fragment added', `${indexUrl}?presenter=1#x`],
    ['the parameter in the fragment', `${indexUrl}#presenter=1`],
    ['another file with the parameter', 'file:///other/index.html?presenter=1'],
    ['another file in the fragment', 'file:///other/index.html#?presenter=1'],
    ['a sibling file', `${pathToFileURL(join('/opt', 'Datateam Werkbank', 'dist', 'renderer', 'other.html')).href}?presenter=1`],
    ['a path that climbs out and back', `file:///opt/Datateam%20Werkbank/dist/renderer/../../../../tmp/index.html?presenter=1`],
    ['a file on another host', `file://evil.example/opt/Datateam%20Werkbank/dist/renderer/index.html?presenter=1`],
    ['https', 'https://evil.example/index.html?presenter=1'],
    ['https with our path', `https://evil.example/opt/Datateam%20Werkbank/dist/renderer/index.html?presenter=1`],
    ['http on the loopback', 'http://127.0.0.1:5173/?presenter=1'],
    ['a data URL', 'data:text/html,<script>1</script>?presenter=1'],
    ['a blob URL', 'blob:file:///1234?presenter=1'],
    ['javascript', 'javascript:alert(1)//?presenter=1'],
    ['about:blank', 'about:blank?presenter=1'],
    ['not a URL', 'index.html?presenter=1'],
  ])('denies %s', (_what, url) => {
    expect(mainContents()(url)).toEqual({ action: 'deny' });
  });

  it('allows the same index spelled with its path normalised or percent-encoded', () => {
    const spelled = `file:///opt/Datateam%20Werkbank/dist/./renderer/index.html?presenter=1`;
    expect(mainContents()(spelled)).toMatchObject({ action: 'allow' });
  });

  it('lets only the main window open it: another web contents (the presenter view itself, devtools) is denied', () => {
    const other = fakeContents(2);
    hardenWebContents(other.contents, presenterWindowPolicy(indexPath, (opener) => opener.id === 1, () => hardened, 'linux'));
    expect(other.openHandler()!({ url: presenterUrl })).toEqual({ action: 'deny' });
  });

  it('applies to every web contents the app creates, with the opener passed on', () => {
    const app = new EventEmitter();
    hardenApp(app as unknown as Pick<App, 'on'>, presenterWindowPolicy(indexPath, (opener) => opener.id === 1, () => hardened, 'linux'));
    const main = fakeContents(1);
    const child = fakeContents(7);
    app.emit('web-contents-created', {}, main.contents);
    app.emit('web-contents-created', {}, child.contents);
    expect(main.openHandler()!({ url: presenterUrl })).toMatchObject({ action: 'allow' });
    expect(child.openHandler()!({ url: presenterUrl })).toEqual({ action: 'deny' });
    // The new window's contents are hardened like any other.
    const e = { preventDefault: vi.fn() };
    child.emitter.emit('will-navigate', e, 'https://example.com/');
    expect(e.preventDefault).toHaveBeenCalled();
  });

  it('matches the index case-insensitively on Windows only', () => {
    const upper = presenterUrl.replace('index.html', 'INDEX.HTML');
    expect(isPresenterUrl(upper, indexPath, 'linux')).toBe(false);
    expect(isPresenterUrl(upper, indexPath, 'win32')).toBe(true);
  });
});
