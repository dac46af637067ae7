import type { Transport } from '../../../shared/api/client';
import { type Channel, contract, type Handlers, type ShellChannel } from '../../../shared/api/contract';
import { type ApiEnvelope, WerkbankError } from '../../../shared/api/errors';
import type { HttpLink } from './httpLink';
import type { PreloadApi } from './preloadApi';

/** The desktop-only calls, implemented by the browser itself (file input, downloads). */
export type ShellHandlers = Handlers<ShellChannel>;

/**
 * Browser shell: engine calls go to the host over HTTP, file bytes go as a raw upload, and
 * shell calls are answered locally.
 */
export function httpTransport(link: HttpLink, shell: ShellHandlers): Transport {
  return {
    async invoke(channel: Channel, request: unknown) {
      if (contract[channel].side === 'shell') {
        return settle(() => (shell[channel as ShellChannel] as (r: unknown) => Promise<unknown>)(request));
      }
      if (channel === 'file.upload') {
        const { name, data } = request as { name: string; data: Uint8Array };
        return link.upload(name, data);
      }
      return link.call(channel, request);
    },
  };
}

/** Electron shell: every call goes through the preload's named functions. */
export function electronTransport(preload: PreloadApi): Transport {
  return {
    async invoke(channel: Channel, request: unknown) {
      // One function per channel; the client has validated the request for this channel.
      const fn = preload[channel] as unknown as ((r: unknown) => Promise<ApiEnvelope<unknown>>) | undefined;
      if (typeof fn !== 'function') return { ok: false, error: { code: 'errors.unknownChannel', params: { channel } } };
      try {
        return await fn(request);
      } catch (error) {
        return internal(error);
      }
    },
  };
}

async function settle(run: () => Promise<unknown>): Promise<ApiEnvelope<unknown>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof WerkbankError) return { ok: false, error: error.toMessage() };
    return internal(error);
  }
}

function internal(error: unknown): ApiEnvelope<never> {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, error: { code: 'errors.internal', params: { detail } } };
}
