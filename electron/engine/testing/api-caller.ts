import { type Channel, contract, type RequestOf, type ResponseOf } from '../../../shared/api/contract';
import { dispatch } from '../../../shared/api/dispatch';
import { type ApiEnvelope, WerkbankError } from '../../../shared/api/errors';
import type { Engine } from '../api';

/** The request of a channel; it may be left out where the channel accepts `{}` (as dispatch fills in). */
type RequestArgs<C extends Channel> = Record<string, never> extends RequestOf<C> ? [request?: RequestOf<C>] : [request: RequestOf<C>];

/**
 * Calls engine channels as another process would (through `dispatch`, so requests are
 * validated) and checks every answer against the contract. `engine` is read at each call,
 * so tests may create a fresh engine per test.
 *
 * `call`, `ok` and `failsWith` are typed by the contract: the request is what the channel
 * accepts, the answer what it returns. A test that must send what the types forbid (an
 * unknown channel, a malformed request) says so with `callRaw` or `failsWithRaw`.
 */
export function apiCaller(engine: () => Engine) {
  /** Any channel name, any request: for tests of refusal. */
  async function callRaw(channel: string, request: unknown): Promise<ApiEnvelope<unknown>> {
    const envelope = await dispatch(engine().handlers, channel, request, (e) => {
      throw e;
    });
    if (envelope.ok && Object.prototype.hasOwnProperty.call(contract, channel)) {
      contract[channel as Channel].response.parse(envelope.value);
    }
    return envelope;
  }
  async function call<C extends Channel>(channel: C, ...[request]: RequestArgs<C>): Promise<ApiEnvelope<ResponseOf<C>>> {
    // The answer was checked against the channel's response schema in callRaw.
    return (await callRaw(channel, request ?? {})) as ApiEnvelope<ResponseOf<C>>;
  }
  /** The value of a call that must succeed; a refusal is thrown as its WerkbankError. */
  async function ok<C extends Channel>(channel: C, ...[request]: RequestArgs<C>): Promise<ResponseOf<C>> {
    const envelope = await callRaw(channel, request ?? {});
    if (!envelope.ok) throw new WerkbankError(envelope.error.code, envelope.error.params);
    return envelope.value as ResponseOf<C>;
  }
  /** Any channel name, any request, that must refuse with `code`; resolves to the envelope. */
  async function failsWithRaw(channel: string, request: unknown, code: string): Promise<ApiEnvelope<unknown>> {
    const envelope = await callRaw(channel, request);
    if ((envelope.ok ? 'ok' : envelope.error.code) !== code) {
      throw new Error(`${channel}: expected ${code}, got ${envelope.ok ? 'ok' : envelope.error.code}`);
    }
    return envelope;
  }
  /** Calls a channel that must refuse with `code`; resolves to the envelope. */
  async function failsWith<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
    code: string,
  ): Promise<ApiEnvelope<ResponseOf<C>>> {
    return (await failsWithRaw(channel, request, code)) as ApiEnvelope<ResponseOf<C>>;
  }
  return { call, callRaw, ok, failsWith, failsWithRaw };
}
