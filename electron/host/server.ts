import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Channel, contract, type Handlers } from '../../shared/api/contract';
import { dispatchJson, isChannel } from '../../shared/api/dispatch';
import { WerkbankError } from '../../shared/api/errors';
import { JSON_LIMIT, mediaType, readBody, UPLOAD_LIMIT } from './body';
import { isTrustedRequest, tokenMatches } from './guard';
import { logInternalError } from './log';
import { applySecurityHeaders, sendEnvelope, sendFailure, sendJson } from './respond';
import { pipeFile, serveStatic } from './static';
import { http, TOKEN_HEADER } from '../../shared/api/http';

/** What the host needs from the engine: narrow, so tests can hand in fakes. */
export interface HostEngine {
  handlers: Partial<Handlers<Channel>>;
  files: {
    resolve(fileId: string): { path: string; name: string };
    /** Called after a download was sent: one-shot outputs are deleted then. */
    releaseOutput?(fileId: string): Promise<void>;
  };
}

export interface HostOptions {
  engine: HostEngine;
  /** The built renderer (index.html and its assets): the only files served. */
  rendererDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** A fresh random token per run unless given. */
  token?: string;
}

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

/** Node lower-cases incoming header names. */
const TOKEN = TOKEN_HEADER.toLowerCase();
const CALL_PREFIX = http.callPrefix;
const FILES_PREFIX = http.filesPrefix;

/** Serves the renderer and the engine API over HTTP on 127.0.0.1 (the browser shell). */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  if (token.length < 16) throw new Error('host token too short');
  const server = createServer((req, res) => {
    const port = (server.address() as AddressInfo).port;
    handle(req, res, { ...options, token, port }).catch((error: unknown) => {
      logInternalError('request', error);
      if (res.headersSent) res.destroy();
      else sendFailure(res, 500, 'errors.internal', { detail: '' });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    token,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

type Context = HostOptions & { token: string; port: number };

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  applySecurityHeaders(res);
  if (!isTrustedRequest(req.headers, ctx.port)) return refuse(req, res, 403, 'errors.host.forbidden');
  const rawUrl = req.url ?? '';
  // Origin-form only: `//x` or `http://x/` must not be read as another authority.
  if (!rawUrl.startsWith('/')) return refuse(req, res, 404, 'errors.host.notFound');
  const url = new URL(`http://127.0.0.1${rawUrl}`);
  const path = url.pathname;

  if (path !== '/api' && !path.startsWith('/api/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(req, res, 'GET, HEAD');
    const served = await serveStatic(res, ctx.rendererDir, path, req.method === 'HEAD');
    if (!served) sendFailure(res, 404, 'errors.host.notFound');
    return;
  }

  if (!tokenMatches(req.headers[TOKEN], ctx.token)) return refuse(req, res, 401, 'errors.unauthorized');
  if (path.startsWith(CALL_PREFIX)) {
    if (req.method !== 'POST') return methodNotAllowed(req, res, 'POST');
    const channel = decodeSegment(path.slice(CALL_PREFIX.length));
    return channel === null ? refuse(req, res, 404, 'errors.host.notFound') : call(req, res, ctx, channel);
  }
  if (path === http.uploadPath) {
    if (req.method !== 'POST') return methodNotAllowed(req, res, 'POST');
    return upload(req, res, ctx, url.searchParams.get('name') ?? undefined);
  }
  if (path.startsWith(FILES_PREFIX)) {
    if (req.method !== 'GET') return methodNotAllowed(req, res, 'GET');
    const fileId = decodeSegment(path.slice(FILES_PREFIX.length));
    return fileId === null ? sendFailure(res, 404, 'errors.host.notFound') : download(res, ctx, fileId);
  }
  refuse(req, res, 404, 'errors.host.notFound');
}

async function call(req: IncomingMessage, res: ServerResponse, ctx: Context, channel: string): Promise<void> {
  if (mediaType(req) !== 'application/json') return refuse(req, res, 415, 'errors.host.unsupportedMediaType');
  // Desktop-only calls (native dialogs) are the browser client's own business.
  if (!isChannel(channel) || contract[channel].side !== 'engine') {
    if (!req.complete) res.setHeader('Connection', 'close');
    return sendFailure(res, 200, 'errors.unknownChannel', { channel });
  }
  const body = await readBody(req, JSON_LIMIT);
  if (!body.ok) return refuseBody(res, body.reason);
  let request: unknown;
  try {
    request = body.data.length === 0 ? {} : JSON.parse(body.data.toString('utf8'));
  } catch {
    return sendFailure(res, 400, 'errors.invalidRequest', { channel, detail: 'JSON' });
  }
  sendJson(res, 200, await dispatchJson(ctx.engine.handlers, channel, request, (e) => logInternalError(channel, e)));
}

async function upload(req: IncomingMessage, res: ServerResponse, ctx: Context, name: string | undefined): Promise<void> {
  if (mediaType(req) !== 'application/octet-stream') {
    return refuse(req, res, 415, 'errors.host.unsupportedMediaType');
  }
  const body = await readBody(req, UPLOAD_LIMIT);
  if (!body.ok) return refuseBody(res, body.reason);
  const data = new Uint8Array(body.data.buffer, body.data.byteOffset, body.data.byteLength);
  sendJson(res, 200, await dispatchJson(ctx.engine.handlers, 'file.upload', { name, data }, (e) => logInternalError('file.upload', e)));
}

async function download(res: ServerResponse, ctx: Context, fileId: string): Promise<void> {
  let file: { path: string; name: string };
  let size: number;
  try {
    file = ctx.engine.files.resolve(fileId);
    const info = await stat(file.path);
    if (!info.isFile()) throw new WerkbankError('errors.host.notFound');
    size = info.size;
  } catch (error) {
    if (error instanceof WerkbankError) return sendEnvelope(res, 404, { ok: false, error: error.toMessage() });
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return sendFailure(res, 404, 'errors.host.notFound');
    throw error;
  }
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': size,
    'Content-Disposition': contentDisposition(file.name),
  });
  await pipeFile(res, file.path);
  await ctx.engine.files.releaseOutput?.(fileId);
}

/** RFC 6266 / 5987: the name survives any characters, and never becomes a header injection. */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename*=UTF-8''${encoded}`;
}

function refuseBody(res: ServerResponse, reason: 'tooLarge' | 'aborted'): void {
  if (reason === 'aborted') {
    res.destroy();
    return;
  }
  // Stop reading: the connection is closed once the answer is out.
  res.setHeader('Connection', 'close');
  sendFailure(res, 413, 'errors.host.tooLarge');
}

/**
 * Answers a request we will not serve. A body still on its way is not read (Node would
 * otherwise read and discard it to keep the connection alive): the connection closes.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: number, code: string): void {
  if (!req.complete) res.setHeader('Connection', 'close');
  sendFailure(res, status, code);
}

function methodNotAllowed(req: IncomingMessage, res: ServerResponse, allow: string): void {
  res.setHeader('Allow', allow);
  refuse(req, res, 405, 'errors.host.methodNotAllowed');
}

function decodeSegment(segment: string): string | null {
  try {
    const decoded = decodeURIComponent(segment);
    return decoded === '' || decoded.includes('/') ? null : decoded;
  } catch {
    return null;
  }
}
