import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { channels, events } from '../../shared/api/contract';
import type { PreloadApi } from '../../shared/api/preload';
import type { IpcRenderer } from 'electron';

type IpcListener = (event: unknown, payload: unknown) => void;

const electron = vi.hoisted(() => {
  const ipcListeners = new Map<string, IpcListener>();
  return {
    ipcListeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
      on: vi.fn((channel: string, listener: IpcListener) => ipcListeners.set(channel, listener)),
      send: vi.fn(),
      removeListener: vi.fn(),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

const { createPreloadApi } = await import('./preload');

/** The object the module itself handed to contextBridge when it loaded. */
function exposed(): { key: string; api: PreloadApi } {
  const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0]!;
  return { key, api };
}

/** A fresh API on its own fake IPC, so event tests do not share listeners. */
function fresh() {
  const listeners = new Map<string, IpcListener>();
  const ipc = {
    invoke: vi.fn(async () => ({ ok: true, value: null })),
    on: vi.fn(function (this: unknown, channel: string, listener: IpcListener) {
      listeners.set(channel, listener);
      return this;
    }),
    send: vi.fn(),
  };
  const api = createPreloadApi(ipc as unknown as Pick<IpcRenderer, 'invoke' | 'on' | 'send'>);
  const emit = (channel: string, payload: unknown) => listeners.get(channel)!({ sender: 'ipcRenderer' }, payload);
  return { api, ipc, emit };
}

describe('preload', () => {
  beforeEach(() => electron.ipcRenderer.invoke.mockClear());

  it('keeps zod from probing for eval, which the CSP forbids', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('exposes window.werkbank once', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(exposed().key).toBe('werkbank');
  });

  it('exposes exactly the contract channels, on(), notify() and the shell name', () => {
    const { api } = exposed();
    expect(Object.keys(api).sort()).toEqual([...channels, 'notify', 'on', 'shell'].sort());
    expect(api.shell).toBe('electron');
    for (const channel of channels) expect(typeof api[channel]).toBe('function');
  });

  it('never exposes ipcRenderer or its methods', () => {
    const { api } = exposed();
    expect(Object.keys(api).some((k) => /ipc/i.test(k))).toBe(false);
    const values = Object.values(api);
    expect(values).not.toContain(electron.ipcRenderer);
    for (const fn of Object.values(electron.ipcRenderer)) expect(values).not.toContain(fn);
  });

  it('invokes the channel of the same name and returns the envelope', async () => {
    const { api } = exposed();
    const envelope = await api['table.page']({ recipe: null, offset: 0, limit: 50 });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith('table.page', { recipe: null, offset: 0, limit: 50 });
    expect(envelope).toEqual({ ok: true, value: { channel: 'table.page', request: { recipe: null, offset: 0, limit: 50 } } });
  });

  it('listens to the declared events only', () => {
    expect([...electron.ipcListeners.keys()].sort()).toEqual(Object.keys(events).sort());
    const { api } = exposed();
    expect(() => api.on('ipc.anything' as never, () => {})).toThrow(TypeError);
  });

  it('passes the payload, never the IPC event, and unsubscribes', () => {
    const { api, emit } = fresh();
    const listener = vi.fn();
    const off = api.on('menu.command', listener);
    emit('menu.command', 'project.save');
    off();
    emit('menu.command', 'project.new');
    expect(listener.mock.calls).toEqual([['project.save']]);
  });

  it('drops payloads that do not match the declared schema', () => {
    const { api, emit } = fresh();
    const listener = vi.fn();
    api.on('menu.command', listener);
    emit('menu.command', 'shell.exec');
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps a project file sent before anyone listened, for the first listener', async () => {
    const { api, emit } = fresh();
    const file = { fileId: 'f1', name: 'school.werkbank' };
    emit('project.openFile', file);
    emit('menu.command', 'project.save'); // commands are not replayed later
    const onFile = vi.fn();
    const onCommand = vi.fn();
    api.on('project.openFile', onFile);
    api.on('menu.command', onCommand);
    await Promise.resolve();
    expect(onFile).toHaveBeenCalledExactlyOnceWith(file);
    expect(onCommand).not.toHaveBeenCalled();
    const second = vi.fn();
    api.on('project.openFile', second);
    await Promise.resolve();
    expect(second).not.toHaveBeenCalled();
  });

  it('sends a declared notice one way, validated, and refuses anything else', () => {
    const { api, ipc } = fresh();
    api.notify('shell.locale', 'en');
    expect(ipc.send).toHaveBeenCalledExactlyOnceWith('shell.locale', 'en');
    expect(() => api.notify('shell.locale', 'fr' as never)).toThrow(TypeError);
    expect(() => api.notify('shell.exec' as never, 'rm -rf' as never)).toThrow(TypeError);
    expect(() => api.notify('toString' as never, 'en' as never)).toThrow(TypeError);
    expect(ipc.send).toHaveBeenCalledTimes(1);
    expect(ipc.invoke).not.toHaveBeenCalled();
  });
});
