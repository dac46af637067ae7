import { ApiFailure, type ApiEnvelope } from '../../../shared/api/errors';
import { WerkbankError } from '../../../shared/api/errors';
import { http, TOKEN_HEADER } from '../../../shared/api/http';

/** The header the browser host checks on every API request. */

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The raw HTTP side of the browser host: calls, uploads and downloads. */
export interface HttpLink {
  call(channel: string, request: unknown): Promise<ApiEnvelope<unknown>>;
  upload(name: string, body: Blob | Uint8Array): Promise<ApiEnvelope<unknown>>;
  download(fileId: string): Promise<Blob>;
}

export interface HttpLinkOptions {
  token: string;
  fetch: FetchLike;
  /** Prefix for API paths; '' for the page's own origin. */
  base?: string;
}

export function createHttpLink({ token, fetch, base = '' }: HttpLinkOptions): HttpLink {
  const send = async (path: string, init: RequestInit): Promise<Response> => {
    try {
      return await fetch(base + path, { ...init, headers: { ...init.headers, [TOKEN_HEADER]: token } });
    } catch {
      throw new WerkbankError('errors.network');
    }
  };
  return {
    async call(channel, request) {
      const res = await send(http.call(channel), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(request ?? {}),
      });
      return readEnvelope(res);
    },
    async upload(name, body) {
      const res = await send(http.upload(name), {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: body as BodyInit,
      });
      return readEnvelope(res);
    },
    async download(fileId) {
      const res = await send(http.file(fileId), { method: 'GET' });
      if (!res.ok) {
        const envelope = await readEnvelope(res);
        throw envelope.ok ? new WerkbankError('errors.network') : new WerkbankError(envelope.error.code, envelope.error.params);
      }
      return res.blob();
    },
  };
}

/**
 * The host answers with an envelope whatever the status (401, 413, …). A body that is no
 * envelope means something between us and the host failed.
 */
async function readEnvelope(res: Response): Promise<ApiEnvelope<unknown>> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return failure(res.status);
  }
  if (body && typeof body === 'object' && (body as { ok?: unknown }).ok === true && 'value' in body) {
    return body as ApiEnvelope<unknown>;
  }
  const parsed = ApiFailure.safeParse(body);
  return parsed.success ? parsed.data : failure(res.status);
}

function failure(status: number): ApiEnvelope<never> {
  const code = status === 401 || status === 403 ? 'errors.unauthorized' : 'errors.network';
  return { ok: false, error: { code, params: {} } };
}
