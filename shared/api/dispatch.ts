import { ZodError } from 'zod';
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

function fail(code: string, params: Record<string, string | number>): ApiEnvelope<never> {
  return { ok: false, error: { code, params } };
}

function describe(error: ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
