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

/** Longest text parameter of a message: examples of values are cut, never whole cells of a megabyte. */
const MAX_PARAM_CHARS = 2000;

export function message(code: string, params: Record<string, string | number> = {}): Message {
  return { code, params: boundParams(params) };
}

/** Parameters with every text cut to MAX_PARAM_CHARS (ending in `…`). */
export function boundParams(params: Record<string, string | number>): Record<string, string | number> {
  let out: Record<string, string | number> | null = null;
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' && value.length > MAX_PARAM_CHARS) {
      out ??= { ...params };
      out[key] = `${value.slice(0, MAX_PARAM_CHARS - 1)}…`;
    }
  }
  return out ?? params;
}
