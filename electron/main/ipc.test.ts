import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { type Channel, channels, type Handlers } from '../../shared/api/contract';
import { isRendererUrl, isTrustedSender, registerIpc, sendEvent, UNAUTHORIZED } from './ipc';

const indexPath = join('/opt', 'Datateam Werkbank', 'dist', 'renderer', 'index.html');
const indexUrl = pathToFileURL(indexPath).href;

const mainFrame = { processId: 7, routingId: 1 };
const contents = { id: 3, isDestroyed: () => false, mainFrame };

function event(url: string, frame: Partial<{ parent: object | null; processId: number; routingId: number }> = {}, senderId = 3) {
  return {
    sender: { id: senderId },
    senderFrame: { url, parent: null, ...mainFrame, ...frame },
  } as unknown as IpcMainInvokeEvent;
}

describe('renderer URL', () => {
  it('matches our index.html with a query or fragment', () => {
    expect(isRendererUrl(indexUrl, indexPath)).toBe(true);
    expect(isRendererUrl(`${indexUrl}?demo=1#views`, indexPath)).toBe(true);
  });

  it.each([
    ['https://evil.example/index.html'],
    ['http://127.0.0.1:5173/'],
    [pathToFileURL(join('/opt', 'Datateam Werkbank', 'dist', 'renderer', 'other.html')).href],
    [pathToFileURL(join('/tmp', 'index.html')).href],
    ['file://evil.example/opt/Datateam%20Werkbank/dist/renderer/index.html'],
    ['about:blank'],
    ['not a url'],
  ])('rejects %s', (url) => {
    expect(isRendererUrl(url, indexPath)).toBe(false);
  });

  it('ignores case on Windows only', () => {
    const upper = indexUrl.replace('index.html', 'INDEX.HTML');
    expect(isRendererUrl(upper, indexPath, 'linux')).toBe(false);
    expect(isRendererUrl(upper, indexPath, 'win32')).toBe(true);
  });
});

describe('IPC sender check', () => {
  it('accepts the main frame of our window showing our renderer', () => {
    expect(isTrustedSender(event(`${indexUrl}?demo=1`), contents, indexPath)).toBe(true);
  });

  it('rejects a foreign URL in our main frame', () => {
    expect(isTrustedSender(event('https://evil.example/'), contents, indexPath)).toBe(false);
  });

  it('rejects a sub-frame, even one showing our renderer', () => {
    expect(isTrustedSender(event(indexUrl, { parent: {}, routingId: 2 }), contents, indexPath)).toBe(false);
    expect(isTrustedSender(event(indexUrl, { routingId: 2 }), contents, indexPath)).toBe(false);
  });

  it('rejects other web contents, a destroyed window, and a missing frame', () => {
    expect(isTrustedSender(event(indexUrl, {}, 4), contents, indexPath)).toBe(false);
    expect(isTrustedSender(event(indexUrl), { ...contents, isDestroyed: () => true }, indexPath)).toBe(false);
    expect(isTrustedSender(event(indexUrl), null, indexPath)).toBe(false);
    const noFrame = { sender: { id: 3 }, senderFrame: null } as unknown as IpcMainInvokeEvent;
    expect(isTrustedSender(noFrame, contents, indexPath)).toBe(false);
  });
});

describe('IPC registration', () => {
  function setup(trusted: boolean) {
    const registered = new Map<string, (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>>();
    const ipcMain = { handle: (channel: string, listener: never) => registered.set(channel, listener) };
    const handlers = Object.fromEntries(channels.map((c) => [c, vi.fn(async () => ({ served: c }))])) as unknown as Handlers<Channel>;
    const onError = vi.fn();
    registerIpc(ipcMain as unknown as Pick<IpcMain, 'handle'>, handlers, () => trusted, onError);
    return { registered, handlers: handlers as unknown as Record<string, ReturnType<typeof vi.fn>>, onError };
  }

  it('registers a handler for every contract channel and nothing else', () => {
    const { registered } = setup(true);
    expect([...registered.keys()].sort()).toEqual([...channels].sort());
  });

  it('dispatches a trusted call with the validated request', async () => {
    const { registered, handlers } = setup(true);
    const envelope = await registered.get('dialog.openFiles')!(event(indexUrl), { purpose: 'import' });
    expect(envelope).toEqual({ ok: true, value: { served: 'dialog.openFiles' } });
    // The schema's default was applied before the handler saw the request.
    expect(handlers['dialog.openFiles']).toHaveBeenCalledWith({ purpose: 'import', multiple: false });
  });

  it('answers an untrusted sender with errors.unauthorized and never runs the handler', async () => {
    const { registered, handlers } = setup(false);
    for (const channel of channels) {
      expect(await registered.get(channel)!(event('https://evil.example/'), {})).toEqual(UNAUTHORIZED);
      expect(handlers[channel]).not.toHaveBeenCalled();
    }
    expect(UNAUTHORIZED.error.code).toBe('errors.unauthorized');
  });

  it('rejects an invalid request before the handler', async () => {
    const { registered, handlers } = setup(true);
    const envelope = (await registered.get('project.open')!(event(indexUrl), { fileId: 42 })) as { ok: boolean; error: { code: string } };
    expect(envelope.ok).toBe(false);
    expect(envelope.error.code).toBe('errors.invalidRequest');
    expect(handlers['project.open']).not.toHaveBeenCalled();
  });
});

describe('shell events', () => {
  it('sends the declared event name with its payload', () => {
    const send = vi.fn();
    sendEvent({ send }, 'menu.command', 'project.save');
    sendEvent({ send }, 'project.openFile', { fileId: 'f1', name: 'school.werkbank' });
    expect(send.mock.calls).toEqual([
      ['menu.command', 'project.save'],
      ['project.openFile', { fileId: 'f1', name: 'school.werkbank' }],
    ]);
  });
});
