import { ZodError } from 'zod';
import { boundParams } from '../model/message';
import { type Channel, contract, type Handlers } from './contract';
import { type ApiEnvelope, WerkbankError } from './errors';

/**
 * The largest answer that crosses a process boundary (as JSON). Pages, previews and
 * diagnostics are bounded by rows and by the cell text shown; this guards what remains, so a
 * hostile file can never make one answer of hundreds of megabytes (one was 420 MB).
 */
export const MAX_RESPONSE_CHARS = 64 * 2 ** 20;

export function isChannel(name: string): name is Channel {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/**
 * Validates a request that arrived from another process, runs its handler and wraps the
 * outcome in an envelope. Used by the Electron IPC handlers (structured clone); the browser
 * host, which sends JSON anyway, uses `dispatchJson` so the answer is serialised once.
 */
export async function dispatch(
  handlers: Partial<Handlers<Channel>>,
  channel: string,
  rawRequest: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<ApiEnvelope<unknown>> {
  const envelope = await handle(handlers, channel, rawRequest, onInternalError);
  if (!envelope.ok) return envelope;
  const size = JSON.stringify(envelope.value ?? null).length;
  return size > MAX_RESPONSE_CHARS ? tooLarge(channel, size) : envelope;
}

/** `dispatch` with the envelope as the JSON text to send, under the same size limit. */
export async function dispatchJson(
  handlers: Partial<Handlers<Channel>>,
  channel: string,
  rawRequest: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<string> {
  const json = JSON.stringify(await handle(handlers, channel, rawRequest, onInternalError));
  return json.length > MAX_RESPONSE_CHARS ? JSON.stringify(tooLarge(channel, json.length)) : json;
}

async function handle<C extends Channel>(
  handlers: Partial<Handlers<Channel>>,
  channel: string,
  rawRequest: unknown,
  onInternalError: (error: unknown) => void,
): Promise<ApiEnvelope<unknown>> {
  if (!isChannel(channel)) return fail('errors.unknownChannel', { channel });
  const handler = handlers[channel as C] as ((req: unknown) => Promise<unknown>) | undefined;
  if (!handler) return fail('errors.unknownChannel', { channel });
  const parsed = contract[channel].request.safeParse(rawRequest ?? {});
  if (!parsed.success) return fail('errors.invalidRequest', { channel, detail: describe(parsed.error) });
  try {
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof WerkbankError) return { ok: false, error: error.toMessage() };
    onInternalError(error);
    // Only the kind of error crosses: its message may hold file paths or pupil data.
    return fail('errors.internal', { detail: error instanceof Error ? error.name : typeof error });
  }
}

function tooLarge(channel: string, size: number): ApiEnvelope<never> {
  const mb = (n: number) => Math.ceil(n / 2 ** 20);
  return fail('errors.responseTooLarge', { channel, sizeMb: mb(size), maxMb: mb(MAX_RESPONSE_CHARS) });
}

/** Parameters are bounded like a WerkbankError's: a refusal never echoes a megabyte of the request back. */
function fail(code: string, params: Record<string, string | number>): ApiEnvelope<never> {
  return { ok: false, error: { code, params: boundParams(params) } };
}

/** The first issues, each cut short: a path or an unknown key may be as long as the request. */
function describe(error: ZodError): string {
  const cut = (text: string) => (text.length > MAX_ISSUE_CHARS ? `${text.slice(0, MAX_ISSUE_CHARS - 1)}…` : text);
  return error.issues
    .slice(0, 3)
    .map((i) => `${cut(i.path.map(String).join('.')) || '(root)'}: ${cut(i.message)}`)
    .join('; ');
}

const MAX_ISSUE_CHARS = 200;
