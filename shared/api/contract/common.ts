import { z } from 'zod';

/**
 * What every area of the contract shares: how a call is declared, and the small schemas that
 * several areas use.
 *
 * `side: 'engine'` calls are served by the engine (electron/engine/api.ts) in every shell.
 * `side: 'shell'` calls need the desktop: native dialogs. In the browser the client
 * implements them with a file input and downloads instead.
 */
export function call<S extends 'engine' | 'shell', Req extends z.ZodType, Res extends z.ZodType>(
  side: S,
  request: Req,
  response: Res,
) {
  return { side, request, response };
}

export const Empty = z.object({}).strict();

/** An opaque handle to a file the user chose (dialog, upload or drop). Paths never cross. */
export const FileRef = z.object({ fileId: z.string().min(1), name: z.string() });
export type FileRef = z.infer<typeof FileRef>;

export const Bytes = z.instanceof(Uint8Array);
