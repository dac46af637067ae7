import type { ServerResponse } from 'node:http';
import type { ApiEnvelope } from '../../shared/api/errors';
import { boundParams } from '../../shared/model/message';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** Sets the headers every response carries, whatever its status. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

export function sendEnvelope(res: ServerResponse, status: number, envelope: ApiEnvelope<unknown>): void {
  sendJson(res, status, JSON.stringify(envelope));
}

/** An envelope already serialised (dispatchJson). */
export function sendJson(res: ServerResponse, status: number, json: string): void {
  const body = Buffer.from(json, 'utf8');
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length });
  res.end(body);
}

export function sendFailure(
  res: ServerResponse,
  status: number,
  code: string,
  params: Record<string, string | number> = {},
): void {
  // Bounded like every message: a refusal never echoes a long request line back.
  sendEnvelope(res, status, { ok: false, error: { code, params: boundParams(params) } });
}
