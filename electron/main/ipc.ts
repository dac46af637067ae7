import { normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { type Channel, channels, type EventPayload, type Handlers, type ShellEvent } from '../../shared/api/contract';
import { type NoticePayload, notices, type ShellNotice } from '../../shared/api/contract/shell';
import { dispatch } from '../../shared/api/dispatch';
import type { ApiFailure } from '../../shared/api/errors';

export const UNAUTHORIZED: ApiFailure = { ok: false, error: { code: 'errors.unauthorized', params: {} } };

/** Whether `url` is our renderer's index.html (query and fragment aside). */
export function isRendererUrl(url: string, indexPath: string, platform: NodeJS.Platform = process.platform): boolean {
  let path: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'file:') return false;
    parsed.search = '';
    parsed.hash = '';
    path = fileURLToPath(parsed);
  } catch {
    return false;
  }
  const a = normalize(path);
  const b = normalize(resolve(indexPath));
  return platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** What the sender check reads of an IPC event (a call's or a notice's). */
export type Sender = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;
type FrameId = Pick<WebFrameMain, 'processId' | 'routingId'>;

/**
 * Accepts a call only from the main frame of our own window showing our own renderer:
 * not from a sub-frame, another web contents, or a page that somehow navigated elsewhere.
 */
export function isTrustedSender(
  event: Sender,
  contents: (Pick<WebContents, 'id' | 'isDestroyed'> & { mainFrame: FrameId }) | null,
  indexPath: string,
): boolean {
  const frame = event.senderFrame;
  if (!contents || contents.isDestroyed() || !frame) return false;
  if (event.sender.id !== contents.id) return false;
  const main = contents.mainFrame;
  if (frame.parent !== null || frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isRendererUrl(frame.url, indexPath);
}

/** Serves every contract channel over IPC: sender check, then validation and dispatch. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: Handlers<Channel>,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
  onInternalError: (error: unknown) => void,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, request: unknown) =>
      isTrusted(event) ? dispatch(handlers, channel, request, onInternalError) : UNAUTHORIZED,
    );
  }
}

/** Sends a declared shell event to the renderer. */
export function sendEvent<E extends ShellEvent>(contents: Pick<WebContents, 'send'>, event: E, payload: EventPayload<E>): void {
  contents.send(event, payload);
}

/** What the shell does with each one-way notice from the renderer. */
export type NoticeListeners = { [N in ShellNotice]: (payload: NoticePayload<N>) => void };

/**
 * Takes the renderer's one-way notices: sender check, then validation. Nothing answers a
 * notice, so one from elsewhere, or one that does not validate, is dropped without a word.
 */
export function registerNotices(
  ipcMain: Pick<IpcMain, 'on'>,
  listeners: NoticeListeners,
  isTrusted: (event: IpcMainEvent) => boolean,
): void {
  for (const notice of Object.keys(notices) as ShellNotice[]) {
    ipcMain.on(notice, (event: IpcMainEvent, payload: unknown) => {
      if (!isTrusted(event)) return;
      const parsed = notices[notice].safeParse(payload);
      // The payload was validated by this notice's own schema (TypeScript cannot pair the two unions).
      if (parsed.success) (listeners[notice] as (payload: unknown) => void)(parsed.data);
    });
  }
}
