import { type Channel, contract } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import { type ApiEnvelope, WerkbankError } from '../../../shared/api/errors';
import type { Engine } from '../api';

/**
 * Calls engine channels as another process would (through `dispatch`, so requests are
 * validated) and checks every answer against the contract. `engine` is read at each call,
 * so tests may create a fresh engine per test.
 */
export function apiCaller(engine: () => Engine) {
  async function call(channel: Channel, request: unknown): Promise<ApiEnvelope<unknown>> {
    const envelope = await dispatch(engine().handlers, channel, request, (e) => {
      throw e;
    });
    if (envelope.ok) contract[channel].response.parse(envelope.value);
    return envelope;
  }
  /** The value of a call that must succeed; a refusal is thrown as its WerkbankError. */
  async function ok<T = unknown>(channel: Channel, request: unknown = {}): Promise<T> {
    const envelope = await call(channel, request);
    if (!envelope.ok) throw new WerkbankError(envelope.error.code, envelope.error.params);
    return envelope.value as T;
  }
  /** Calls a channel that must refuse with `code`; resolves to the envelope. */
  async function failsWith(channel: Channel, request: unknown, code: string): Promise<ApiEnvelope<unknown>> {
    const envelope = await call(channel, request);
    if ((envelope.ok ? 'ok' : envelope.error.code) !== code) {
      throw new Error(`${channel}: expected ${code}, got ${envelope.ok ? 'ok' : envelope.error.code}`);
    }
    return envelope;
  }
  return { call, ok, failsWith };
}
