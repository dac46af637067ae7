import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, test } from '@playwright/test';
import { electronBinary } from '../scripts/electron-binary.mjs';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export { electronBinary };

/** Skips with a reason that also shows in the list reporter's output. */
export function skipBecause(reason: string): never {
  console.log(reason);
  test.skip(true, reason);
  throw new Error(reason); // not reached: test.skip ends the test
}

/** The binary, or the test skipped with the plain reason why there is none (or no display). */
export function requireElectron(): string {
  const executablePath = electronBinary();
  if (executablePath === null) skipBecause('Electron binary not downloaded here (no node_modules/electron/path.txt or dist/): Electron end-to-end test skipped');
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    skipBecause('No display (DISPLAY/WAYLAND_DISPLAY) for an Electron window: Electron end-to-end test skipped');
  }
  if (!existsSync(join(repoRoot, 'dist', 'electron', 'main.cjs'))) throw new Error('run `npm run build` first');
  return executablePath;
}

/**
 * Starts the app from the repository (package.json's "main": dist/electron/main.cjs) with its own
 * user data folder (journal, recent projects, window place), plus `args` (`--demo`, a project file).
 */
export function launchApp(executablePath: string, userData: string, args: string[] = []): Promise<ElectronApplication> {
  const all = [repoRoot, `--user-data-dir=${userData}`, ...args];
  // Chromium refuses to run as root with its sandbox (containers, CI).
  if (process.getuid?.() === 0) all.unshift('--no-sandbox');
  return _electron.launch({ executablePath, args: all });
}

/** The native open and save dialogs answered at the IPC boundary (electron/main/dialogs.ts calls them). */
export async function stubDialogs(app: ElectronApplication, answers: { open?: string[]; save?: string }): Promise<void> {
  await app.evaluate(({ dialog }, a) => {
    if (a.open) dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: a.open! })) as typeof dialog.showOpenDialog;
    if (a.save) dialog.showSaveDialog = (async () => ({ canceled: false, filePath: a.save! })) as typeof dialog.showSaveDialog;
  }, answers);
}
