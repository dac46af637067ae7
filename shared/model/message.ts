import { z } from 'zod';

/**
 * A user-facing message as data: a catalogue key (see shared/i18n) and its parameters.
 * The engine never formats text for people; the renderer and the CLI translate.
 */
export const Message = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});
export type Message = z.infer<typeof Message>;

export function message(code: string, params: Record<string, string | number> = {}): Message {
  return { code, params };
}
