import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import type { WebPreferences } from 'electron';
import { repoRoot, requireElectron } from './electron-app';

test('the Electron app opens the demo project in a hardened window', async () => {
  const executablePath = requireElectron();
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
