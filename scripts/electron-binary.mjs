// Where the Electron binary is, without downloading it: scripts/start.mjs and the Electron
// end-to-end tests (e2e/electron-app.ts) both ask.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Path of the Electron binary, or null where it was never downloaded. Not `require('electron')`:
 * the package is a dev dependency without an install script, and with no binary its require
 * starts a download and throws. Its index.js finds the binary as `dist/` + the name in
 * `path.txt`; so does this, without downloading (`npx install-electron` downloads it).
 */
export function electronBinary() {
  let dir;
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
