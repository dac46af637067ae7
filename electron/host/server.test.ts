import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WerkbankError } from '../../shared/api/errors';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { type HostEngine, type RunningHost, startHost } from './server';

const SECRET = 'SECRET-OUTSIDE-RENDERER';
const INDEX = '<!doctype html><title>Werkbank</title><script src="/assets/app.js"></script>';
const ASSET = 'console.log("werkbank");';

/** An envelope as it arrives, loosely typed so tests can look inside. */
interface Envelope {
  ok: boolean;
  value?: unknown;
  error: { code: string; params: Record<string, unknown> };
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  json(): Envelope;
}

/** node:http rather than fetch: fetch normalises paths and will not send a foreign Host. */
function send(
  host: RunningHost,
  options: { method?: string; path: string; headers?: Record<string, string | number>; body?: Uint8Array | string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode!, headers: res.headers, body, json: () => JSON.parse(body.toString('utf8')) as Envelope });
        });
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function apiCall(host: RunningHost, channel: string, body: unknown, headers: Record<string, string> = {}) {
  return send(host, {
    method: 'POST',
    path: `/api/call/${channel}`,
    headers: { 'Content-Type': 'application/json', 'X-Werkbank-Token': host.token, ...headers },
    body: JSON.stringify(body),
  });
}

describe('browser host', () => {
  let root: string;
  let rendererDir: string;
  let downloadPath: string;
  let host: RunningHost;
  const uploads: Array<{ name: string; data: Uint8Array }> = [];

  const engine: HostEngine = {
    handlers: {
      'app.info': async () => ({ name: 'Datateam Werkbank', version: '9.9.9', shell: 'browser', platform: 'test' }),
      'project.get': async () => {
        throw new Error('leaked pupil name Jan Peeters');
      },
      'file.upload': async ({ name, data }) => {
        uploads.push({ name, data });
        return { fileId: `up-${uploads.length}`, name };
      },
    },
    files: {
      resolve: (fileId) => {
        if (fileId === 'out-1') return { path: downloadPath, name: 'Résultat (1) klas 5A.csv' };
        if (fileId === 'gone') return { path: join(root, 'no-such-file.csv'), name: 'gone.csv' };
        throw new WerkbankError('errors.file.unknown', { fileId });
      },
    },
  };

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'werkbank-host-'));
    rendererDir = join(root, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), INDEX);
    await writeFile(join(rendererDir, 'assets', 'app.js'), ASSET);
    await writeFile(join(rendererDir, '.env'), SECRET);
    await writeFile(join(rendererDir, '.hidden.json'), SECRET);
    await writeFile(join(root, 'package.json'), SECRET);
    await writeFile(join(root, 'secret.txt'), SECRET);
    await symlink(join(root, 'secret.txt'), join(rendererDir, 'assets', 'link.txt'));
    downloadPath = join(root, 'result.csv');
    await writeFile(downloadPath, Buffer.from([0x6c, 0x6c, 0x6e, 0x3b, 0xe9, 0x0a, 0x00, 0xff]));
    host = await startHost({ engine, rendererDir });
  });

  afterAll(async () => {
    await host.close();
    await rm(root, { recursive: true, force: true });
  });

  afterEach(() => vi.restoreAllMocks());

  it('listens on 127.0.0.1 only, on a random port, with a fresh strong token', async () => {
    const address = host.server.address();
    expect(address).toMatchObject({ address: '127.0.0.1', family: 'IPv4', port: host.port });
    expect(host.port).toBeGreaterThan(0);
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = await startHost({ engine, rendererDir });
    try {
      expect(other.token).not.toBe(host.token);
      expect(other.port).not.toBe(host.port);
    } finally {
      await other.close();
    }
  });

  it('answers an engine call with its envelope given the right token', async () => {
    const reply = await apiCall(host, 'app.info', {});
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(reply.json()).toEqual({
      ok: true,
      value: { name: 'Datateam Werkbank', version: '9.9.9', shell: 'browser', platform: 'test' },
    });
  });

  it('accepts the page origin, on either local name', async () => {
    const own = await apiCall(host, 'app.info', {}, { Origin: host.origin });
    expect(own.json().ok).toBe(true);
    const local = await apiCall(host, 'app.info', {}, { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` });
    expect(local.status).toBe(200);
    expect(local.json().ok).toBe(true);
  });

  it('refuses API calls without the token or with a wrong one (401)', async () => {
    const unauthorized = { ok: false, error: { code: 'errors.unauthorized', params: {} } };
    const none = await send(host, {
      method: 'POST',
      path: '/api/call/app.info',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    expect(none.json()).toEqual(unauthorized);
    const flipped = host.token.slice(0, -1) + (host.token.endsWith('A') ? 'B' : 'A');
    const wrong = await apiCall(host, 'app.info', {}, { 'X-Werkbank-Token': flipped });
    expect(wrong.status).toBe(401);
    expect(wrong.json()).toEqual(unauthorized);
    const short = await apiCall(host, 'app.info', {}, { 'X-Werkbank-Token': 'abc' });
    expect(short.status).toBe(401);
    const download = await send(host, { path: '/api/files/out-1' });
    expect(download.status).toBe(401);
    expect(download.body.includes(Buffer.from([0xe9, 0x0a, 0x00, 0xff]))).toBe(false);
  });

  it('refuses a foreign Origin even with the right token (403)', async () => {
    for (const origin of ['http://evil.example', 'null', `http://localhost:${host.port}`, `https://127.0.0.1:${host.port}`]) {
      const reply = await apiCall(host, 'app.info', {}, { Origin: origin });
      expect(reply.status, origin).toBe(403);
      expect(reply.json().error.code).toBe('errors.host.forbidden');
    }
  });

  it('refuses a foreign Host header, for the API and the page alike (DNS rebinding)', async () => {
    for (const hostHeader of [`evil.example:${host.port}`, 'evil.example', `127.0.0.1:${host.port + 1}`, `127.0.0.1`]) {
      const api = await apiCall(host, 'app.info', {}, { Host: hostHeader });
      expect(api.status, hostHeader).toBe(403);
      const page = await send(host, { path: '/', headers: { Host: hostHeader } });
      expect(page.status, hostHeader).toBe(403);
      expect(page.body.toString()).not.toContain('Werkbank</title>');
    }
  });

  it('reports a request that does not fit the contract as errors.invalidRequest', async () => {
    const extra = await apiCall(host, 'app.info', { unexpected: 1 });
    expect(extra.status).toBe(200);
    expect(extra.json()).toMatchObject({ ok: false, error: { code: 'errors.invalidRequest', params: { channel: 'app.info' } } });
    const malformed = await send(host, {
      method: 'POST',
      path: '/api/call/app.info',
      headers: { 'Content-Type': 'application/json', 'X-Werkbank-Token': host.token },
      body: '{"not json',
    });
    expect(malformed.json()).toMatchObject({ ok: false, error: { code: 'errors.invalidRequest' } });
  });

  it('serves engine channels only: shell and unknown channels are errors.unknownChannel', async () => {
    const shell = await apiCall(host, 'dialog.openFiles', { purpose: 'import' });
    expect(shell.json()).toEqual({ ok: false, error: { code: 'errors.unknownChannel', params: { channel: 'dialog.openFiles' } } });
    const unknown = await apiCall(host, 'no.such', {});
    expect(unknown.json()).toMatchObject({ ok: false, error: { code: 'errors.unknownChannel' } });
    const prototypeKey = await apiCall(host, 'constructor', {});
    expect(prototypeKey.json()).toMatchObject({ ok: false, error: { code: 'errors.unknownChannel' } });
  });

  it('reports a failing handler as errors.internal and keeps its message out of the log', async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const reply = await apiCall(host, 'project.get', {});
    expect(reply.status).toBe(200);
    expect(reply.json()).toMatchObject({ ok: false, error: { code: 'errors.internal' } });
    expect(written.join('')).toContain('project.get');
    expect(written.join('')).not.toContain('Jan Peeters');
  });

  it('insists on a JSON body for calls (415)', async () => {
    const reply = await apiCall(host, 'app.info', {}, { 'Content-Type': 'text/plain' });
    expect(reply.status).toBe(415);
    expect(reply.json().error.code).toBe('errors.host.unsupportedMediaType');
    const withCharset = await apiCall(host, 'app.info', {}, { 'Content-Type': 'application/json; charset=utf-8' });
    expect(withCharset.json().ok).toBe(true);
  });

  it('refuses a call body over 5 MB (413), declared or streamed', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
    const declared = await send(host, {
      method: 'POST',
      path: '/api/call/app.info',
      headers: { 'Content-Type': 'application/json', 'X-Werkbank-Token': host.token, 'Content-Length': big.length },
      body: big,
    });
    expect(declared.status).toBe(413);
    expect(declared.json().error.code).toBe('errors.host.tooLarge');
    const streamed = await send(host, {
      method: 'POST',
      path: '/api/call/app.info',
      headers: { 'Content-Type': 'application/json', 'X-Werkbank-Token': host.token, 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    expect(streamed.status).toBe(413);
    // A body of exactly 5 MB is still read and dispatched.
    const within = Buffer.alloc(5 * 1024 * 1024, 0x20);
    within.write('{}', 0);
    const accepted = await send(host, {
      method: 'POST',
      path: '/api/call/app.info',
      headers: { 'Content-Type': 'application/json', 'X-Werkbank-Token': host.token },
      body: within,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.json().ok).toBe(true);
  });

  it('serves index.html for / with the security headers', async () => {
    const reply = await send(host, { path: '/?token=abc&demo=1' });
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe(INDEX);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(reply.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('serves assets with their content type and nothing else', async () => {
    const asset = await send(host, { path: '/assets/app.js' });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.body.toString()).toBe(ASSET);
    for (const path of ['/assets/missing.js', '/assets', '/assets/', '/.env', '/.hidden.json', '/assets/link.txt']) {
      const reply = await send(host, { path });
      expect(reply.status, path).toBe(404);
      expect(reply.body.toString()).not.toContain(SECRET);
      expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    const posted = await send(host, { method: 'POST', path: '/', body: '' });
    expect(posted.status).toBe(405);
  });

  it('never serves files outside the renderer folder (path traversal)', async () => {
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '//' + join(root, 'secret.txt'),
      '/%00index.html',
      '/%E0%A4%A',
    ];
    for (const path of attempts) {
      const reply = await send(host, { path });
      expect([403, 404], path).toContain(reply.status);
      expect(reply.body.toString(), path).not.toContain(SECRET);
    }
  });

  it('hands uploaded bytes to file.upload unchanged and answers its envelope', async () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => i % 256);
    const reply = await send(host, {
      method: 'POST',
      path: `/api/upload?name=${encodeURIComponent('leerlingen 5A.xlsx')}`,
      headers: { 'Content-Type': 'application/octet-stream', 'X-Werkbank-Token': host.token },
      body: bytes,
    });
    expect(reply.status).toBe(200);
    const envelope = reply.json();
    expect(envelope.ok).toBe(true);
    const recorded = uploads.find((u) => u.name === 'leerlingen 5A.xlsx');
    expect(recorded).toBeDefined();
    expect(envelope.value).toEqual({ fileId: `up-${uploads.indexOf(recorded!) + 1}`, name: 'leerlingen 5A.xlsx' });
    expect(recorded!.data).toBeInstanceOf(Uint8Array);
    expect(Array.from(recorded!.data)).toEqual(Array.from(bytes));
  });

  it('checks uploads: token, name, content type', async () => {
    const count = uploads.length;
    const noToken = await send(host, {
      method: 'POST',
      path: '/api/upload?name=a.csv',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: 'x',
    });
    expect(noToken.status).toBe(401);
    const noName = await send(host, {
      method: 'POST',
      path: '/api/upload',
      headers: { 'Content-Type': 'application/octet-stream', 'X-Werkbank-Token': host.token },
      body: 'x',
    });
    expect(noName.json()).toMatchObject({ ok: false, error: { code: 'errors.invalidRequest' } });
    const asJson = await send(host, {
      method: 'POST',
      path: '/api/upload?name=a.csv',
      headers: { 'Content-Type': 'application/json', 'X-Werkbank-Token': host.token },
      body: '{}',
    });
    expect(asJson.status).toBe(415);
    const tooBig = await send(host, {
      method: 'POST',
      path: '/api/upload?name=a.csv',
      headers: {
        'Content-Type': 'application/octet-stream',
        'X-Werkbank-Token': host.token,
        'Content-Length': 512 * 1024 * 1024 + 1,
      },
    });
    expect(tooBig.status).toBe(413);
    expect(tooBig.headers.connection).toBe('close');
    // A refused upload is not read to the end: the answer comes before the body and the connection closes.
    const refused = await send(host, {
      method: 'POST',
      path: '/api/upload?name=a.csv',
      headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': 100 * 1024 * 1024 },
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.connection).toBe('close');
    expect(uploads.length).toBe(count);
  });

  it('streams a registered file as a download with its name encoded', async () => {
    const reply = await send(host, { path: '/api/files/out-1', headers: { 'X-Werkbank-Token': host.token } });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/octet-stream');
    expect(reply.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''R%C3%A9sultat%20%281%29%20klas%205A.csv",
    );
    expect(Array.from(reply.body)).toEqual([0x6c, 0x6c, 0x6e, 0x3b, 0xe9, 0x0a, 0x00, 0xff]);
  });

  it('answers 404 with an envelope for unknown or vanished files', async () => {
    const unknown = await send(host, { path: '/api/files/nope', headers: { 'X-Werkbank-Token': host.token } });
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toEqual({ ok: false, error: { code: 'errors.file.unknown', params: { fileId: 'nope' } } });
    const gone = await send(host, { path: '/api/files/gone', headers: { 'X-Werkbank-Token': host.token } });
    expect(gone.status).toBe(404);
    expect(gone.json().ok).toBe(false);
  });

  it('answers 404 for unknown API paths and 405 for wrong methods', async () => {
    const auth = { 'X-Werkbank-Token': host.token };
    expect((await send(host, { path: '/api/nothing', headers: auth })).status).toBe(404);
    const getCall = await send(host, { path: '/api/call/app.info', headers: auth });
    expect(getCall.status).toBe(405);
    expect(getCall.headers.allow).toBe('POST');
    expect((await send(host, { method: 'PUT', path: '/api/upload?name=a', headers: auth })).status).toBe(405);
    expect((await send(host, { method: 'DELETE', path: '/api/files/out-1', headers: auth })).status).toBe(405);
  });
});
