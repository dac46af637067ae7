import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import type { WebPreferences } from 'electron';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Path of the Electron binary, or null where it was never downloaded. Not `require('electron')`:
 * with the package present and no binary, that starts a download and throws. The package's
 * index.js finds the binary as `dist/` + the name in `path.txt`; so does this, without downloading.
 */
function electronBinary(): string | null {
  let dir: string;
  try {
    dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

/** Skips with a reason that also shows in the list reporter's output. */
function skipBecause(reason: string): never {
  console.log(reason);
  test.skip(true, reason);
  throw new Error(reason); // not reached: test.skip ends the test
}

test('the Electron app opens the demo project in a hardened window', async () => {
  const executablePath = electronBinary();
  if (executablePath === null) skipBecause('Electron binary not downloaded here (no node_modules/electron/path.txt or dist/): Electron end-to-end test skipped');
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    skipBecause('No display (DISPLAY/WAYLAND_DISPLAY) for an Electron window: Electron end-to-end test skipped');
  }
  expect(existsSync(join(repoRoot, 'dist', 'electron', 'main.cjs')), 'run `npm run build` first').toBe(true);

  // The package folder: Electron starts package.json's "main" (dist/electron/main.cjs).
  const args = [repoRoot, '--demo'];
  // Chromium refuses to run as root with its sandbox (containers, CI).
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  const app = await _electron.launch({ executablePath, args });
  try {
    const window = await app.firstWindow();
    await expect(window.getByTestId('project-name')).toBeVisible({ timeout: 60_000 });

    // The page got the narrow API and no Node.
    const exposed = await window.evaluate(() => {
      const w = window as unknown as Record<string, unknown> & { werkbank?: Record<string, unknown> };
      return {
        shell: w.werkbank?.shell,
        hasRequire: typeof w.require !== 'undefined',
        hasProcess: typeof w.process !== 'undefined',
        keys: Object.keys(w.werkbank ?? {}),
      };
    });
    expect(exposed.shell).toBe('electron');
    expect(exposed.hasRequire).toBe(false);
    expect(exposed.hasProcess).toBe(false);
    expect(exposed.keys).not.toContain('ipcRenderer');

    // The window's preferences follow the security checklist.
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const [win] = BrowserWindow.getAllWindows();
      // A private method, so not in Electron's public types: reached through a narrow cast.
      const contents = win!.webContents as unknown as { getLastWebPreferences(): WebPreferences | null };
      const p = contents.getLastWebPreferences()!;
      return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  } finally {
    await app.close();
  }
});
