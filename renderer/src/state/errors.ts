import { WerkbankError } from '../../../shared/api/errors';
import type { Message } from '../../../shared/model/message';

/** Anything thrown, as a message the error banner can translate. */
export function toUserMessage(error: unknown): Message {
  if (error instanceof WerkbankError) return error.toMessage();
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'errors.internal', params: { detail } };
}
