import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract, engineChannels, shellChannels } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { createEngine, type Engine } from '../engine/api';
import { demoVocabulary, KNOWN_CODES, MAX_REFUSAL_CHARS, prototypeKeys, stateDifference, withTimeout } from '../engine/testing/fuzz-harness';
import { hostileRequest, SchemaArbitraries, summarise } from '../engine/testing/zod-arbitrary';
import { JSON_LIMIT } from './body';
import { type RunningHost, startHost } from './server';

/**
 * The browser host under generated hostile HTTP requests (issue 12), with the real engine behind
 * it: any channel (engine, shell, unknown, prototype names, broken percent-encoding), method,
 * token, Host and Origin, content type and body (a hostile request of the channel as JSON,
 * malformed JSON, bytes that are no UTF-8, deep nesting, megabytes), and uploads with hostile
 * names. Each answer must be the refusal the host's rules give for what was wrong first, with its
 * HTTP status and a catalogue code in a JSON envelope, or the engine's own typed answer; never a
 * 500 or `errors.internal`. A request that is refused leaves the project as it was, and the
 * host still serves afterwards. `FUZZ_SEED=<n>` runs another seed.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_512);
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);

interface Reply {
  status: number;
  body: Buffer;
}

interface HttpCase {
  route: 'call' | 'upload';
  /** The raw path segment after /api/call/, and the channel it decodes to (null: it does not). */
  segment: string;
  channel: string | null;
  method: string;
  token: 'right' | 'missing' | 'wrong' | 'longer' | 'empty';
  host: 'ip' | 'localhost' | 'foreign';
  origin: 'none' | 'same' | 'foreign' | 'null';
  contentType: string | null;
  body: { kind: string; data: Buffer };
}

let dir: string;
let engine: Engine;
let host: RunningHost;
let arbitraries: SchemaArbitraries;

function send(c: HttpCase): Promise<Reply> {
  const headers: Record<string, string> = {
    Host: c.host === 'ip' ? `127.0.0.1:${host.port}` : c.host === 'localhost' ? `localhost:${host.port}` : `evil.example:${host.port}`,
  };
  if (c.origin === 'same') headers.Origin = `http://${headers.Host}`;
  else if (c.origin === 'foreign') headers.Origin = 'http://evil.example';
  else if (c.origin === 'null') headers.Origin = 'null';
  const token = { right: host.token, missing: null, wrong: 'x'.repeat(host.token.length), longer: `${host.token}x`, empty: '' }[c.token];
  if (token !== null) headers['X-Werkbank-Token'] = token;
  if (c.contentType !== null) headers['Content-Type'] = c.contentType;
  const path = c.route === 'call' ? `/api/call/${c.segment}` : `/api/upload?name=${c.segment}`;
  return withTimeout(
    new Promise<Reply>((resolve, reject) => {
      // A fresh connection per request: a refusal may close it before the body is read.
      const req = httpRequest({ host: '127.0.0.1', port: host.port, method: c.method, path, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(c.body.data);
    }),
    `${c.method} ${path.slice(0, 80)}`,
  );
}

/** `send` with the body streamed in chunks of 64 KB, without a declared length. */
function sendChunked(c: HttpCase): Promise<Reply> {
  return withTimeout(
    new Promise<Reply>((resolve, reject) => {
      const headers = { 'Content-Type': c.contentType ?? '', 'X-Werkbank-Token': host.token, 'Transfer-Encoding': 'chunked' };
      const req = httpRequest({ host: '127.0.0.1', port: host.port, method: c.method, path: `/api/call/${c.segment}`, headers, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks) }));
      });
      // The host stops reading at the limit and closes the connection once it has answered.
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
      for (let at = 0; at < c.body.data.length; at += 64 * 1024) req.write(c.body.data.subarray(at, at + 64 * 1024));
      req.end();
    }),
    'a streamed body',
  );
}

/** The refusal the host's rules give for the first thing wrong with a request, or null when it reaches the engine. */
function expectedRefusal(c: HttpCase): { status: number; code: string } | null {
  if (c.host === 'foreign' || c.origin === 'foreign' || c.origin === 'null') return { status: 403, code: 'errors.host.forbidden' };
  if (c.token !== 'right') return { status: 401, code: 'errors.unauthorized' };
  if (c.method !== 'POST') return { status: 405, code: 'errors.host.methodNotAllowed' };
  const media = (c.contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (c.route === 'upload') return media === 'application/octet-stream' ? null : { status: 415, code: 'errors.host.unsupportedMediaType' };
  if (c.channel === null) return { status: 404, code: 'errors.host.notFound' };
  if (media !== 'application/json') return { status: 415, code: 'errors.host.unsupportedMediaType' };
  if (!(engineChannels as readonly string[]).includes(c.channel)) return { status: 200, code: 'errors.unknownChannel' };
  if (c.body.data.length > JSON_LIMIT) return { status: 413, code: 'errors.host.tooLarge' };
  try {
    if (c.body.data.length > 0) JSON.parse(c.body.data.toString('utf8'));
  } catch {
    return { status: 400, code: 'errors.invalidRequest' };
  }
  return null;
}

const MB = 2 ** 20;
const deepJson = (n: number) => `{"recipe":${'['.repeat(n)}${']'.repeat(n)}}`;
/** Bodies that are not the JSON of a request (and a few that are, but hostile at the text level). */
const MALFORMED: ReadonlyArray<[string, () => Buffer]> = [
  ['empty', () => Buffer.alloc(0)],
  ['open brace', () => Buffer.from('{')],
  ['cut', () => Buffer.from('{"fileId":')],
  ['single quotes', () => Buffer.from("{'fileId':'x'}")],
  ['trailing comma', () => Buffer.from('{"a":1,}')],
  ['two documents', () => Buffer.from('{}{}')],
  ['NaN', () => Buffer.from('{"offset":NaN}')],
  ['BOM', () => Buffer.from('\uFEFF{}')],
  ['NUL', () => Buffer.from('{"a":"\u0000"}\u0000')],
  ['not UTF-8', () => Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x3a, 0x31, 0x7d])],
  ['lone surrogate escape', () => Buffer.from('{"fileId":"\\ud800","name":"\\udc00"}')],
  ['proto keys', () => Buffer.from('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}')],
  ['array', () => Buffer.from('[]')],
  ['null', () => Buffer.from('null')],
  ['number', () => Buffer.from('1e999')],
  ['deep arrays (1M levels)', () => Buffer.from(deepJson(MB))],
  ['unclosed deep arrays', () => Buffer.from('['.repeat(200_000))],
  ['a 4 MB string', () => Buffer.from(JSON.stringify({ fileId: 'A'.repeat(4 * MB), name: 'x' }))],
  ['just over the limit', () => Buffer.alloc(JSON_LIMIT + 1, 0x20)],
];

/** Channel names as path segments: real ones encoded, and segments that are no channel or none at all. */
const SEGMENTS: ReadonlyArray<[string, string | null]> = [
  ['no.such', 'no.such'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['toString', 'toString'],
  ['app.info%00', 'app.info\u0000'],
  ['%E0%A4%A', null],
  ['%ED%A0%80', null],
  ['..%2F..%2Fetc%2Fpasswd', null],
  ['', null],
  ['a'.repeat(2000), 'a'.repeat(2000)],
  // Near Node's 16 KB limit for the request head: the refusal must not echo it whole.
  ['b'.repeat(12_000), 'b'.repeat(12_000)],
];

function httpCases(): fc.Arbitrary<HttpCase> {
  const requests = Object.fromEntries(engineChannels.map((c) => [c, hostileRequest(arbitraries, contract[c].request, 'json')]));
  const engineCall = fc.constantFrom(...engineChannels).chain((channel) =>
    requests[channel]!.map((r) => ({ segment: encodeURIComponent(channel), channel, body: { kind: r.kind, data: Buffer.from(JSON.stringify(r.request) ?? '') }, r })),
  );
  const body = fc.oneof(
    { arbitrary: fc.constantFrom(...MALFORMED).map(([kind, make]) => ({ kind, data: make() })), weight: 3 },
    { arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => ({ kind: 'bytes', data: Buffer.from(b) })), weight: 1 },
  );
  const otherCall = fc.record({
    segment: fc.constantFrom(...SEGMENTS, ...shellChannels.map((c): [string, string] => [encodeURIComponent(c), c])),
    body: fc.oneof(body, fc.constant({ kind: 'empty object', data: Buffer.from('{}') })),
  });
  const call = fc.oneof(
    { arbitrary: engineCall.map((e) => ({ segment: e.segment, channel: e.channel as string | null, body: e.body })), weight: 6 },
    { arbitrary: fc.tuple(fc.constantFrom(...engineChannels), body).map(([c, b]) => ({ segment: c, channel: c as string | null, body: b })), weight: 3 },
    { arbitrary: otherCall.map((o) => ({ segment: o.segment[0], channel: o.segment[1], body: o.body })), weight: 2 },
  );
  // Names are kept under 80 characters: longer ones can pass Linux's 255-byte limit (KNOWN_UNTYPED in fuzz-harness.ts).
  const uploadName = fc.oneof(
    fc.constantFrom('../../etc/passwd', '..%2F..%2Fx.csv', 'a%00b.csv', '%ED%A0%80.csv', 'CON', '.werkbank', '', '%20', 'toets.csv'),
    fc.string({ unit: 'binary', maxLength: 80 }).map((s) => encodeURIComponent(s.replace(/[\uD800-\uDFFF]/g, '_'))),
  );
  const upload = fc.record({ segment: uploadName, data: fc.uint8Array({ maxLength: 2048 }) });
  return fc
    .record({
      target: fc.oneof({ arbitrary: call.map((c) => ({ route: 'call' as const, ...c })), weight: 5 }, {
        arbitrary: upload.map((u) => ({ route: 'upload' as const, segment: u.segment, channel: 'file.upload', body: { kind: 'upload', data: Buffer.from(u.data) } })),
        weight: 1,
      }),
      method: fc.oneof({ arbitrary: fc.constant('POST'), weight: 12 }, fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS')),
      token: fc.oneof({ arbitrary: fc.constant('right' as const), weight: 12 }, fc.constantFrom('missing' as const, 'wrong' as const, 'longer' as const, 'empty' as const)),
      host: fc.oneof({ arbitrary: fc.constantFrom('ip' as const, 'localhost' as const), weight: 12 }, fc.constant('foreign' as const)),
      origin: fc.oneof({ arbitrary: fc.constantFrom('none' as const, 'same' as const), weight: 12 }, fc.constantFrom('foreign' as const, 'null' as const)),
      contentType: fc.oneof(
        { arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON'), weight: 10 },
        fc.constantFrom('application/octet-stream', 'text/plain', 'multipart/form-data; boundary=x', 'application/json, text/plain', null),
      ),
    })
    .map(({ target, ...rest }): HttpCase => {
      const contentType = target.route === 'upload' && rest.contentType?.startsWith('application/json') ? 'application/octet-stream' : rest.contentType;
      return { ...target, ...rest, contentType };
    });
}

const stateJson = async () => {
  const envelope = await dispatch(engine.handlers, 'project.get', {});
  if (!envelope.ok) throw new Error(`project.get refused: ${envelope.error.code}`);
  return JSON.stringify(envelope.value);
};

describe('the browser host under generated hostile HTTP requests', () => {
  const logged: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'werkbank-host-fuzz-'));
    await mkdir(join(dir, 'renderer'));
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>');
    engine = await createEngine({ shell: 'browser', version: '0.0.0-fuzz' });
    arbitraries = new SchemaArbitraries(
      await demoVocabulary(async (channel, request = {}) => {
        const envelope = await dispatch(engine.handlers, channel, request);
        if (!envelope.ok) throw new Error(`${channel} refused: ${envelope.error.code}`);
        return envelope.value;
      }),
    );
    host = await startHost({ engine, rendererDir: join(dir, 'renderer') });
  });

  afterAll(async () => {
    await host?.close();
    await engine?.close();
    await rm(dir, { recursive: true, force: true });
  });

  afterEach(() => vi.restoreAllMocks());

  it('answers each with the refusal its first fault calls for, or the engine’s typed answer', async () => {
    // Internal errors are logged on stderr by the host: there must be none.
    const write = process.stderr.write.bind(process.stderr);
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array, ...rest: unknown[]) => {
      if (String(chunk).includes('[werkbank host]')) logged.push(String(chunk));
      return (write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest);
    });
    const cases = httpCases().map((c) =>
      Object.assign(c, {
        [fc.toStringMethod]: () =>
          `${c.method} ${c.route} ${summarise(c.segment)} token=${c.token} host=${c.host} origin=${c.origin} type=${c.contentType} body=${c.body.kind}: ${summarise(c.body.data.subarray(0, 300).toString('utf8'))}`,
      }),
    );
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(cases, async (c) => {
        const before = await stateJson();
        const prototypes = prototypeKeys();
        const reply = await send(c);
        const envelope = JSON.parse(reply.body.toString('utf8')) as { ok: boolean; value?: unknown; error?: { code: string; params: unknown } };
        const expected = expectedRefusal(c);
        const outcome = expected ? String(expected.status) : envelope.ok ? 'engine: ok' : 'engine: refused';
        seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
        if (expected) {
          expect({ status: reply.status, code: envelope.error?.code }).toEqual(expected);
          // A refusal at the door names at most the channel, cut to 2000 characters.
          expect(reply.body.length).toBeLessThan(4096);
        } else {
          expect(reply.status).toBe(200);
          if (envelope.ok) {
            const channel = c.channel as (typeof engineChannels)[number];
            expect(contract[channel].response.safeParse(envelope.value).success, 'the answer fits the contract').toBe(true);
          }
        }
        if (!envelope.ok) {
          expect(envelope.error!.code).not.toBe('errors.internal');
          expect(KNOWN_CODES.has(envelope.error!.code), `${envelope.error!.code} is in the catalogue`).toBe(true);
          expect(reply.body.length).toBeLessThan(MAX_REFUSAL_CHARS);
          const difference = stateDifference(before, await stateJson());
          expect(difference, 'a refused request changed the project').toBeNull();
        }
        expect(logged).toEqual([]);
        expect(prototypeKeys()).toBe(prototypes);
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // Not only refused at the door: a good share reached the engine, and every rule was tried.
    const outcomes = JSON.stringify(Object.fromEntries(seen));
    expect((seen.get('engine: ok') ?? 0) + (seen.get('engine: refused') ?? 0), outcomes).toBeGreaterThanOrEqual(RUNS / 10);
    for (const status of ['400', '401', '403', '404', '405', '415']) expect(seen.get(status), `${status} in ${outcomes}`).toBeGreaterThan(0);
  }, 180_000);

  it('refuses a call body over the limit, declared or streamed, and keeps serving', async () => {
    const c: HttpCase = {
      route: 'call',
      segment: 'recipe.set',
      channel: 'recipe.set',
      method: 'POST',
      token: 'right',
      host: 'ip',
      origin: 'none',
      contentType: 'application/json',
      body: { kind: 'over the limit', data: Buffer.alloc(JSON_LIMIT + 1, 0x20) },
    };
    const before = await stateJson();
    for (const reply of [await send(c), await sendChunked(c)]) {
      expect(reply.status).toBe(413);
      expect(JSON.parse(reply.body.toString('utf8'))).toMatchObject({ ok: false, error: { code: 'errors.host.tooLarge' } });
    }
    expect(stateDifference(before, await stateJson())).toBeNull();
  });

  it('still serves afterwards', async () => {
    const reply = await send({
      route: 'call',
      segment: 'app.info',
      channel: 'app.info',
      method: 'POST',
      token: 'right',
      host: 'ip',
      origin: 'same',
      contentType: 'application/json',
      body: { kind: 'empty object', data: Buffer.from('{}') },
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body.toString('utf8'))).toMatchObject({ ok: true, value: { name: 'Datateam Werkbank', shell: 'browser' } });
  });
});
