import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WerkbankError } from '../../shared/api/errors';
import { createTempRoot, ROOT_PREFIX, type TempRoot } from '../engine/infra/temp-root';
import { browserUrl, defaultDataDir, defaultRendererDir, launch, parseHostArgs, readVersion } from './launch';

describe('host arguments', () => {
  it('defaults to a random port, no demo and the bundled renderer', () => {
    expect(parseHostArgs([])).toEqual({ port: 0, demo: false, rendererDir: undefined, dataDir: undefined });
  });

  it('reads --port, --demo, --renderer and --data-dir', () => {
    expect(parseHostArgs(['--port', '8123', '--demo', '--renderer', 'out/r', '--data-dir', '/tmp/d'])).toEqual({
      port: 8123,
      demo: true,
      rendererDir: 'out/r',
      dataDir: '/tmp/d',
    });
  });

  it('keeps the journal in the user data folder of each platform', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\juf\\AppData\\Roaming' }, 'win32', 'C:\\Users\\juf')).toBe(join('C:\\Users\\juf\\AppData\\Roaming', 'datateam-werkbank'));
    expect(defaultDataDir({}, 'darwin', '/Users/juf')).toBe('/Users/juf/Library/Application Support/datateam-werkbank');
    expect(defaultDataDir({ XDG_DATA_HOME: '/x/data' }, 'linux', '/home/juf')).toBe('/x/data/datateam-werkbank');
    expect(defaultDataDir({}, 'linux', '/home/juf')).toBe('/home/juf/.local/share/datateam-werkbank');
  });

  it('refuses ports that are no port and unknown options', () => {
    for (const port of ['-1', '65536', 'abc', '80.5', '']) {
      expect(() => parseHostArgs([`--port=${port}`]), port).toThrow(WerkbankError);
    }
    expect(() => parseHostArgs(['--evil'])).toThrow();
  });
});

describe('paths relative to the bundle', () => {
  it('finds the renderer beside dist/electron', () => {
    const bundle = pathToFileURL(join('/opt', 'werkbank', 'dist', 'electron', 'host.mjs')).href;
    expect(defaultRendererDir(bundle)).toBe(join('/opt', 'werkbank', 'dist', 'renderer'));
  });

  it("reads the version from the repository's package.json, else 0.0.0", async () => {
    const repo = await mkdtemp(join(tmpdir(), 'werkbank-version-'));
    try {
      await mkdir(join(repo, 'dist', 'electron'), { recursive: true });
      const bundle = pathToFileURL(join(repo, 'dist', 'electron', 'host.mjs')).href;
      expect(readVersion(bundle)).toBe('0.0.0');
      await writeFile(join(repo, 'package.json'), JSON.stringify({ name: 'x', version: '3.4.5' }));
      expect(readVersion(bundle)).toBe('3.4.5');
      await writeFile(join(repo, 'package.json'), '{ broken');
      expect(readVersion(bundle)).toBe('0.0.0');
    } finally {
      await rm(repo, { recursive: true, force: true });
    }
  });

  it('finds this repository\'s version from the source tree too', async () => {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(readVersion(import.meta.url)).toBe(pkg.version);
  });
});

describe('browserUrl', () => {
  it('carries the token and, on request, the demo flag', () => {
    expect(browserUrl('http://127.0.0.1:4000', 'tok_en-1', false)).toBe('http://127.0.0.1:4000/?token=tok_en-1');
    expect(browserUrl('http://127.0.0.1:4000', 'tok_en-1', true)).toBe('http://127.0.0.1:4000/?token=tok_en-1&demo=1');
  });
});

describe('launch', () => {
  let dir: string;
  let tempRoot: TempRoot;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'werkbank-launch-'));
    await mkdir(join(dir, 'renderer'));
    await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><title>launch</title>');
    tempRoot = await createTempRoot({ base: dir });
  });
  afterAll(async () => {
    await tempRoot.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  it('starts engine and host, prints one line, writes the URL file and stops both', async () => {
    const lines: string[] = [];
    let engineOptions: unknown;
    let engineClosed = false;
    const urlFile = join(dir, 'url.txt');
    const host = await launch({
      argv: ['--demo', '--renderer', join(dir, 'renderer')],
      moduleUrl: import.meta.url,
      tempRoot,
      env: { WERKBANK_URL_FILE: urlFile },
      print: (line) => lines.push(line),
      createEngine: async (options) => {
        engineOptions = options;
        return {
          handlers: {
            'app.info': async () => ({ name: 'W', version: options.version, shell: options.shell, platform: 'p' }),
          },
          files: { resolve: () => ({ path: '', name: '' }) },
          close: async () => {
            engineClosed = true;
          },
        };
      },
    });
    try {
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^Datateam Werkbank: http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}&demo=1$/);
      expect(lines[0]).toBe(`Datateam Werkbank: ${host.url}`);
      expect(engineOptions).toEqual({ shell: 'browser', version: readVersion(import.meta.url), tempRoot, journalDir: expect.stringMatching(/[\\/]journal$/) });
      expect((await readFile(urlFile, 'utf8')).trim()).toBe(host.url);
      if (process.platform !== 'win32') expect((await stat(urlFile)).mode & 0o077).toBe(0);

      const url = new URL(host.url);
      const page = await fetch(new URL('/', url));
      expect(await page.text()).toContain('<title>launch</title>');
      const info = await fetch(new URL('/api/call/app.info', url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Werkbank-Token': url.searchParams.get('token')! },
        body: '{}',
      });
      expect(await info.json()).toEqual({ ok: true, value: { name: 'W', version: readVersion(import.meta.url), shell: 'browser', platform: 'p' } });
    } finally {
      await host.stop();
    }
    expect(engineClosed).toBe(true);
    await expect(fetch(host.url)).rejects.toThrow();
  });

  it('closes the engine when the host cannot start', async () => {
    const first = await launch({
      argv: ['--renderer', join(dir, 'renderer')],
      moduleUrl: import.meta.url,
      tempRoot,
      print: () => {},
      env: {},
      createEngine: async () => ({ handlers: {}, files: { resolve: () => ({ path: '', name: '' }) }, close: async () => {} }),
    });
    let closed = false;
    try {
      const port = new URL(first.url).port;
      await expect(
        launch({
          argv: ['--port', port, '--renderer', join(dir, 'renderer')],
          moduleUrl: import.meta.url,
          tempRoot,
          print: () => {},
          env: {},
          createEngine: async () => ({
            handlers: {},
            files: { resolve: () => ({ path: '', name: '' }) },
            close: async () => {
              closed = true;
            },
          }),
        }),
      ).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await first.stop();
    }
    expect(closed).toBe(true);
  });
});

/** The host entry as `npm run host` starts it, with its temp dir pointed at `tmp`. */
async function startHostProcess(tmp: string, rendererDir: string) {
  const main = join(import.meta.dirname, 'main.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', main, '--renderer', rendererDir], {
    env: { ...process.env, TMPDIR: tmp, WERKBANK_URL_FILE: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`host ended early (${code})`)));
  });
  const url = new URL(line.replace(/^Datateam Werkbank: /, ''));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  // Pupil data in the run's temp root: an uploaded file.
  const uploaded = await fetch(new URL('/api/upload?name=leerlingen.csv', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', 'X-Werkbank-Token': url.searchParams.get('token')! },
    body: 'Naam;Score\nAn;12\n',
  });
  expect(((await uploaded.json()) as { ok: boolean }).ok).toBe(true);
  return { child, ended };
}

describe.skipIf(process.platform === 'win32')('the host process', () => {
  it('leaves no temp files: a killed run\'s are removed at the next start, SIGHUP removes its own', async () => {
    const tmp = await mkdtemp(join(tmpdir(), 'werkbank-host-tmp-'));
    const rendererDir = join(tmp, 'renderer');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html>');
    const roots = async () => (await readdir(tmp)).filter((n) => n.startsWith(ROOT_PREFIX));
    try {
      const killed = await startHostProcess(tmp, rendererDir);
      const [crashedRoot] = await roots();
      expect(crashedRoot).toBeDefined();
      killed.child.kill('SIGKILL');
      await killed.ended;
      expect(await roots()).toEqual([crashedRoot]);

      const next = await startHostProcess(tmp, rendererDir);
      expect(await roots()).not.toContain(crashedRoot);
      expect(await roots()).toHaveLength(1);
      // Closing the console window on Windows sends SIGHUP: the host closes and cleans up.
      next.child.kill('SIGHUP');
      expect(await next.ended).toEqual({ code: 0, signal: null });
      // tsx keeps its compile cache in the temp dir too: not ours.
      expect((await readdir(tmp)).filter((n) => !n.startsWith('tsx-'))).toEqual(['renderer']);
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });
});
