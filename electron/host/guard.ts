import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The only names this host answers to: anything else may be a DNS-rebinding attack. */
export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * Accepts a request only when its Host header names us and, if the browser sent an
 * Origin, that origin is the very one the page was loaded from.
 */
export function isTrustedRequest(headers: IncomingHttpHeaders, port: number): boolean {
  const host = headers.host?.toLowerCase();
  if (!host || !allowedHosts(port).includes(host)) return false;
  const origin = headers.origin;
  if (origin === undefined) return true;
  return origin.toLowerCase() === `http://${host}`;
}

/** Constant-time token check; the length of the token is no secret. */
export function tokenMatches(presented: string | string[] | undefined, token: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented, 'utf8');
  const b = Buffer.from(token, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
