import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';

export const repoRoot = new URL('..', import.meta.url).pathname;
export const samplesDir = join(repoRoot, '..', 'shared', 'samples');

export interface RunningHost {
  /** The address with the token, as the host printed it. */
  url: string;
  origin: string;
  token: string;
}

/** Starts the built browser host (dist/electron/host.mjs) on a random port and waits for its address. */
export async function startBuiltHost(
  extraArgs: string[] = [],
  options: { dataDir?: string } = {},
): Promise<RunningHost & { stop(): Promise<void>; kill(): Promise<void> }> {
  const bundle = join(repoRoot, 'dist', 'electron', 'host.mjs');
  if (!existsSync(bundle)) throw new Error('dist/electron/host.mjs missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-e2e-'));
  const urlFile = join(dir, 'url.txt');
  // Its own data folder (unless the test keeps one across runs): one test's journal never offers its work to the next.
  const child: ChildProcess = spawn(process.execPath, [bundle, '--port', '0', '--data-dir', options.dataDir ?? join(dir, 'data'), ...extraArgs], {
    env: { ...process.env, WERKBANK_URL_FILE: urlFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (!existsSync(urlFile) || readFileSync(urlFile, 'utf8').trim() === '') {
    if (child.exitCode !== null) throw new Error(`host exited early (${child.exitCode}): ${stderr}`);
    if (Date.now() > deadline) throw new Error(`host did not start in 30 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = readFileSync(urlFile, 'utf8').trim();
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
    /** As a crash or a flat battery: SIGKILL, nothing cleaned up. */
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh host per test: no state leaks between tests. */
export const test = base.extend<{ host: RunningHost }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startBuiltHost();
    await use(host);
    await host.stop();
  },
});
export { expect } from '@playwright/test';

/** Page errors and console errors, collected so a test can assert there were none. */
export function collectPageErrors(page: import('@playwright/test').Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}
