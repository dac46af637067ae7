import { describe, expect, it } from 'vitest';
import { createClient } from '../../../shared/api/client';
import { channels } from '../../../shared/api/contract';
import { WerkbankError } from '../../../shared/api/errors';
import { TOKEN_HEADER } from '../../../shared/api/http';
import { createHttpLink, type FetchLike } from './httpLink';
import type { PreloadApi } from './preloadApi';
import { electronTransport, httpTransport, type ShellHandlers } from './transports';

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

function fakeFetch(answer: (seen: Seen) => { status?: number; body: unknown }): { fetch: FetchLike; seen: Seen[] } {
  const seen: Seen[] = [];
  const fetch: FetchLike = async (url, init = {}) => {
    const s: Seen = {
      url,
      method: init.method ?? 'GET',
      headers: init.headers as Record<string, string>,
      body: init.body,
    };
    seen.push(s);
    const { status = 200, body } = answer(s);
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(text, { status });
  };
  return { fetch, seen };
}

const state = {
  formatVersion: 1,
  name: 'Demo',
  fileName: null,
  dirty: false,
  sources: [],
  recipe: null,
  result: null,
  views: [],
  profiles: [],
  stories: [],
  exports: [],
  rok: [],
  rokEdited: false,
  encrypted: false,
};

const noShell: ShellHandlers = {
  'dialog.openFiles': async () => ({ files: [] }),
  'dialog.saveFile': async () => ({ file: null }),
  'export.saveImage': async (r) => ({ saved: true, fileName: r.suggestedName }),
};

describe('browser transport', () => {
  it('posts engine calls as JSON with the token header', async () => {
    const { fetch, seen } = fakeFetch(() => ({ body: { ok: true, value: state } }));
    const api = createClient(httpTransport(createHttpLink({ token: 'tok', fetch }), noShell));
    const result = await api['project.get']({});
    expect(result.name).toBe('Demo');
    expect(seen[0]).toMatchObject({ url: '/api/call/project.get', method: 'POST', body: '{}' });
    expect(seen[0]?.headers[TOKEN_HEADER]).toBe('tok');
    expect(seen[0]?.headers['Content-Type']).toBe('application/json');
  });

  it('sends file bytes as a raw upload with the encoded name', async () => {
    const { fetch, seen } = fakeFetch(() => ({ body: { ok: true, value: { fileId: 'f1', name: 'lvs leerlingen.xlsx' } } }));
    const api = createClient(httpTransport(createHttpLink({ token: 't', fetch }), noShell));
    const data = new Uint8Array([1, 2, 3]);
    const ref = await api['file.upload']({ name: 'lvs leerlingen.xlsx', data });
    expect(ref.fileId).toBe('f1');
    expect(seen[0]?.url).toBe('/api/upload?name=lvs%20leerlingen.xlsx');
    expect(seen[0]?.headers['Content-Type']).toBe('application/octet-stream');
    expect(seen[0]?.body).toBe(data);
  });

  it('answers shell calls locally without touching the network', async () => {
    const { fetch, seen } = fakeFetch(() => ({ body: {} }));
    const api = createClient(httpTransport(createHttpLink({ token: 't', fetch }), noShell));
    expect(await api['dialog.saveFile']({ suggestedName: 'x.werkbank', kind: 'project' })).toEqual({ file: null });
    expect(seen).toHaveLength(0);
  });

  it('turns a failure envelope into a WerkbankError with code and parameters', async () => {
    const { fetch } = fakeFetch(() => ({ body: { ok: false, error: { code: 'errors.import.empty', params: { file: 'a.csv' } } } }));
    const api = createClient(httpTransport(createHttpLink({ token: 't', fetch }), noShell));
    const error = await api['source.import']({ fileId: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WerkbankError);
    expect(error).toMatchObject({ code: 'errors.import.empty', params: { file: 'a.csv' } });
  });

  it('reports a refused token and an unreachable host in words the user can act on', async () => {
    const refused = fakeFetch(() => ({ status: 401, body: 'nope' }));
    const api1 = createClient(httpTransport(createHttpLink({ token: 't', fetch: refused.fetch }), noShell));
    await expect(api1['project.get']({})).rejects.toMatchObject({ code: 'errors.unauthorized' });

    const down: FetchLike = async () => {
      throw new TypeError('Failed to fetch');
    };
    const api2 = createClient(httpTransport(createHttpLink({ token: 't', fetch: down }), noShell));
    await expect(api2['project.get']({})).rejects.toMatchObject({ code: 'errors.network' });
  });

  it('turns a WerkbankError thrown by a shell handler into a failure', async () => {
    const shell: ShellHandlers = {
      ...noShell,
      'export.saveImage': async () => {
        throw new WerkbankError('errors.renderer.download', { name: 'x' });
      },
    };
    const api = createClient(httpTransport(createHttpLink({ token: 't', fetch: fakeFetch(() => ({ body: {} })).fetch }), shell));
    await expect(api['export.saveImage']({ suggestedName: 'a.svg', format: 'svg', data: '<svg/>' })).rejects.toMatchObject({
      code: 'errors.renderer.download',
    });
  });

  it('downloads a file with the token and fails with the host error', async () => {
    const { fetch, seen } = fakeFetch((s) =>
      s.url.endsWith('/missing')
        ? { status: 404, body: { ok: false, error: { code: 'errors.host.notFound', params: {} } } }
        : { body: 'bytes' },
    );
    const link = createHttpLink({ token: 'tok', fetch });
    const blob = await link.download('f 1');
    expect(await blob.text()).toBe('bytes');
    expect(seen[0]).toMatchObject({ url: '/api/files/f%201', method: 'GET' });
    expect(seen[0]?.headers[TOKEN_HEADER]).toBe('tok');
    await expect(link.download('missing')).rejects.toMatchObject({ code: 'errors.host.notFound' });
  });
});

describe('electron transport', () => {
  function fakePreload(): PreloadApi & { calls: Array<[string, unknown]> } {
    const calls: Array<[string, unknown]> = [];
    const api: Record<string, unknown> = { shell: 'electron', on: () => () => {}, calls };
    for (const c of channels) {
      api[c] = async (request: unknown) => {
        calls.push([c, request]);
        if (c === 'project.get') return { ok: true, value: state };
        if (c === 'source.remove') throw new Error('ipc closed');
        return { ok: false, error: { code: 'errors.x', params: {} } };
      };
    }
    return api as unknown as PreloadApi & { calls: Array<[string, unknown]> };
  }

  it('passes validated requests to the named preload function', async () => {
    const preload = fakePreload();
    const api = createClient(electronTransport(preload));
    expect((await api['project.get']({})).name).toBe('Demo');
    await expect(api['view.delete']({ viewId: 'v' })).rejects.toMatchObject({ code: 'errors.x' });
    expect(preload.calls).toEqual([
      ['project.get', {}],
      ['view.delete', { viewId: 'v' }],
    ]);
  });

  it('reports a failing IPC call as an internal error', async () => {
    const api = createClient(electronTransport(fakePreload()));
    await expect(api['source.remove']({ sourceId: 's' })).rejects.toMatchObject({
      code: 'errors.internal',
      params: { detail: 'ipc closed' },
    });
  });
});
