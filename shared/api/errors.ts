import { z } from 'zod';
import { boundParams, Message } from '../model/message';
import { redactParams } from './redact';

/**
 * An error meant for the user: a catalogue code (shared/i18n, `errors.*`) and its parameters.
 * Anything else that is thrown is reported as `errors.internal`. Absolute paths in the
 * parameters are cut to their file name here, so none leaves the engine in any message.
 */
export class WerkbankError extends Error {
  readonly code: string;
  readonly params: Record<string, string | number>;
  constructor(code: string, rawParams: Record<string, string | number> = {}) {
    const params = boundParams(redactParams(rawParams));
    super(`${code}${Object.keys(params).length ? ' ' + JSON.stringify(params) : ''}`);
    this.name = 'WerkbankError';
    this.code = code;
    this.params = params;
  }
  toMessage(): Message {
    return { code: this.code, params: this.params };
  }
}

export const ApiFailure = z.object({ ok: z.literal(false), error: Message });
export type ApiFailure = z.infer<typeof ApiFailure>;
export type ApiEnvelope<T> = { ok: true; value: T } | ApiFailure;
