import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import {
  applyContentSecurityPolicy,
  blockRemoteRequests,
  denyPermissions,
  hardenApp,
  hardenWebContents,
  isRemoteUrl,
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

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
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
