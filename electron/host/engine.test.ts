import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEngine, type Engine } from '../engine/api';
import { type RunningHost, startHost } from './server';

const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'shared', 'samples');

/** The real engine behind the host: what the browser shell does, minus the browser. */
describe('browser host with the real engine', () => {
  let dir: string;
  let engine: Engine;
  let host: RunningHost;
  let expected: { sept: { file: string; rows: number; encoding: string; delimiter: string } };

  const post = (path: string, body: BodyInit, contentType: string) =>
    fetch(host.origin + path, {
      method: 'POST',
      headers: { 'Content-Type': contentType, 'X-Werkbank-Token': host.token },
      body,
    }).then((r) => r.json());
  const call = (channel: string, request: unknown) => post(`/api/call/${channel}`, JSON.stringify(request), 'application/json');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'werkbank-host-engine-'));
    await mkdir(join(dir, 'renderer'));
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html>');
    expected = JSON.parse(await readFile(join(SAMPLES, 'expected.json'), 'utf8'));
    engine = await createEngine({ shell: 'browser', version: '1.2.3' });
    host = await startHost({ engine, rendererDir: join(dir, 'renderer') });
  });

  afterAll(async () => {
    await host?.close();
    await engine?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers app.info as the browser shell', async () => {
    const envelope = await call('app.info', {});
    expect(envelope).toMatchObject({ ok: true, value: { shell: 'browser', version: '1.2.3' } });
  });

  it('takes an upload and inspects it like the engine does', async () => {
    const bytes = await readFile(join(SAMPLES, expected.sept.file));
    const uploaded = await post(`/api/upload?name=${encodeURIComponent(expected.sept.file)}`, bytes, 'application/octet-stream');
    expect(uploaded).toMatchObject({ ok: true, value: { name: expected.sept.file } });
    const { fileId } = uploaded.value;
    expect(await readFile(engine.files.resolve(fileId).path)).toEqual(bytes);

    const inspected = await call('file.inspect', { fileId });
    expect(inspected.ok).toBe(true);
    expect(inspected.value).toMatchObject({
      file: expected.sept.file,
      encoding: expected.sept.encoding,
      delimiter: expected.sept.delimiter,
      rowCount: expected.sept.rows,
    });
  });

  it('hands out a saved project once, with the bytes the engine wrote, then deletes its copy', async () => {
    const saved = await call('project.save', { fileId: null });
    expect(saved.ok).toBe(true);
    const file = saved.value.file as { fileId: string; name: string };
    const path = engine.files.resolve(file.fileId).path;
    const written = await readFile(path);
    const res = await fetch(`${host.origin}/api/files/${encodeURIComponent(file.fileId)}`, {
      headers: { 'X-Werkbank-Token': host.token },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeGreaterThan(0);
    expect(body).toEqual(written);
    // The copy goes once the answer has been sent, which may be just after the client read it.
    await vi.waitFor(() => expect(existsSync(path)).toBe(false));
    const again = await fetch(`${host.origin}/api/files/${encodeURIComponent(file.fileId)}`, {
      headers: { 'X-Werkbank-Token': host.token },
    });
    expect(again.status).toBe(404);
  });

  it('answers an unknown file id with the engine error and 404', async () => {
    const res = await fetch(`${host.origin}/api/files/not-a-file`, { headers: { 'X-Werkbank-Token': host.token } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'errors.file.unknown' } });
  });
});
