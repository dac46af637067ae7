import type { IncomingMessage } from 'node:http';

export const JSON_LIMIT = 5 * 1024 * 1024;
export const UPLOAD_LIMIT = 512 * 1024 * 1024;

export type BodyResult = { ok: true; data: Buffer } | { ok: false; reason: 'tooLarge' | 'aborted' };

/**
 * Reads a request body up to `limit` bytes. A declared Content-Length over the limit is
 * refused before reading a byte; a streamed body stops being read at the limit, so a huge
 * upload cannot fill the memory.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isInteger(declared) && declared > limit) return Promise.resolve({ ok: false, reason: 'tooLarge' });
  // With a declared length the bytes go straight into one buffer of the final size:
  // a big upload must not need twice its size in memory while it is joined.
  const target = Number.isInteger(declared) && declared >= 0 ? Buffer.allocUnsafe(declared) : undefined;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('aborted', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      if (size + chunk.length > limit || (target && size + chunk.length > target.length)) {
        chunks.length = 0;
        req.pause();
        finish({ ok: false, reason: 'tooLarge' });
        return;
      }
      if (target) chunk.copy(target, size);
      else chunks.push(chunk);
      size += chunk.length;
    };
    const onEnd = () => finish({ ok: true, data: target ? target.subarray(0, size) : Buffer.concat(chunks, size) });
    const onAbort = () => finish({ ok: false, reason: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('aborted', onAbort);
  });
}

/** The media type of a request without its parameters (`application/json; charset=utf-8` → `application/json`). */
export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}
