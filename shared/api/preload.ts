import type { Channel, EventPayload, RequestOf, ResponseOf, ShellEvent } from './contract';
import type { NoticePayload, ShellNotice } from './contract/shell';
import type { ApiEnvelope } from './errors';

/**
 * What the Electron preload exposes as `window.werkbank`: one function per contract call,
 * returning the envelope unvalidated (the renderer's client validates), a subscription to
 * the declared shell events, the declared one-way notices to the shell, and the shell's name.
 * Nothing else crosses the bridge.
 */
export type PreloadApi = {
  readonly [C in Channel]: (request: RequestOf<C>) => Promise<ApiEnvelope<ResponseOf<C>>>;
} & {
  readonly shell: 'electron';
  /** Subscribes to a shell event; returns the function that unsubscribes. */
  on<E extends ShellEvent>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Sends a one-way notice to the shell (validated first; a TypeError for an unknown or invalid one). */
  notify<N extends ShellNotice>(notice: N, payload: NoticePayload<N>): void;
};
