import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { _electron, expect, test } from '@playwright/test';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Path of the Electron binary, or null: `electron` is optional and its download may have failed. */
function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Skips with a reason that also shows in the list reporter's output. */
function skipBecause(reason: string): never {
  console.log(reason);
  test.skip(true, reason);
  throw new Error(reason); // not reached: test.skip ends the test
}

test('the Electron app opens the demo project in a hardened window', async () => {
  const executablePath = electronBinary();
  if (executablePath === null) skipBecause('Electron binary not installed here: Electron end-to-end test skipped');
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
      const p = win!.webContents.getLastWebPreferences()!;
      return { contextIsolation: p.contextIsolation, sandbox: p.sandbox, nodeIntegration: p.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  } finally {
    await app.close();
  }
});
