import './zod-jitless';
import { contextBridge, type IpcRenderer, ipcRenderer } from 'electron';
import { type Channel, channels, events, type ShellEvent } from '../../shared/api/contract';
import { notices, type ShellNotice } from '../../shared/api/contract/shell';
import type { PreloadApi } from '../../shared/api/preload';

type Listener = (payload: unknown) => void;

/**
 * Events that must not be lost when they arrive before the page subscribes: a project file
 * passed at start is sent as soon as the page has loaded, which can be before React mounts.
 */
const HELD_UNTIL_SUBSCRIBED: ReadonlySet<ShellEvent> = new Set(['project.openFile']);

/**
 * The renderer's only door to the main process: one named function per contract call, a
 * listener registry for the declared events, and `notify` for the declared one-way notices.
 * `ipcRenderer` itself never crosses the bridge, and neither do IPC event objects (they carry
 * the sender).
 */
export function createPreloadApi(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'send'>): PreloadApi {
  const listeners = new Map<ShellEvent, Set<Listener>>();
  const held = new Map<ShellEvent, unknown[]>();

  for (const name of Object.keys(events) as ShellEvent[]) {
    listeners.set(name, new Set());
    ipc.on(name, (_event, payload: unknown) => {
      const parsed = events[name].safeParse(payload);
      if (!parsed.success) return;
      const current = listeners.get(name)!;
      if (current.size === 0 && HELD_UNTIL_SUBSCRIBED.has(name)) held.set(name, [...(held.get(name) ?? []), parsed.data]);
      for (const listener of current) listener(parsed.data);
    });
  }

  const api: Record<string, unknown> = {};
  for (const channel of channels) {
    api[channel] = (request: unknown) => ipc.invoke(channel satisfies Channel, request);
  }

  api.shell = 'electron';
  api.on = (event: string, listener: Listener): (() => void) => {
    const set = listeners.get(event as ShellEvent);
    if (!set || typeof listener !== 'function') throw new TypeError(`Unknown event: ${String(event)}`);
    set.add(listener);
    const pending = held.get(event as ShellEvent);
    if (pending) {
      held.delete(event as ShellEvent);
      queueMicrotask(() => pending.forEach((payload) => listener(payload)));
    }
    return () => {
      set.delete(listener);
    };
  };
  // Validated here as well as in main: a wrong notice is the renderer's bug, and says so.
  api.notify = (notice: string, payload: unknown): void => {
    const schema = Object.hasOwn(notices, notice) ? notices[notice as ShellNotice] : undefined;
    const parsed = schema?.safeParse(payload);
    if (!parsed?.success) throw new TypeError(`Unknown notice or payload: ${String(notice)}`);
    ipc.send(notice, parsed.data);
  };
  return api as PreloadApi;
}

contextBridge.exposeInMainWorld('werkbank', createPreloadApi(ipcRenderer));
