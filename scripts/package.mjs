// Packages the built app with electron-builder (electron-builder.yml): `npm run package:dir` runs
// `node scripts/package.mjs --dir` after the build, CI adds the installer targets
// (`--win nsis`, `--mac dmg`, `--linux AppImage deb`). Other arguments go to electron-builder
// as they are (`--projectDir`, `-c.directories.output=…`).
//
// Electron itself: WERKBANK_ELECTRON_DIST names a folder with an unpacked Electron (or a stand-in:
// scripts/package.test.ts); else the binary `npx install-electron` put in node_modules/electron/dist;
// else electron-builder downloads it, which fails on an offline machine.
//
// `--source-maps` keeps the engine's source maps (dist/electron/*.map) in app.asar.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The unpacked Electron to package, or null for electron-builder's own download. */
function electronDist() {
  const named = process.env.WERKBANK_ELECTRON_DIST;
  if (named) {
    if (!existsSync(named)) throw new Error(`WERKBANK_ELECTRON_DIST does not exist: ${named}`);
    return named;
  }
  const installed = join(root, 'node_modules', 'electron');
  return existsSync(join(installed, 'path.txt')) && existsSync(join(installed, 'dist')) ? join(installed, 'dist') : null;
}

/**
 * A configuration that extends electron-builder.yml with the engine's source maps. A later
 * configuration's `files` patterns come after the ones it extends, so these win over `!**\/*.map`.
 */
function sourceMapConfig(dir) {
  const path = join(dir, 'electron-builder.source-maps.json');
  writeFileSync(path, JSON.stringify({ extends: join(root, 'electron-builder.yml'), files: ['dist/electron/*.map', '!dist/electron/{host,cli}.mjs.map'] }));
  return path;
}

function main() {
  const args = process.argv.slice(2).filter((arg) => arg !== '--source-maps');
  const withSourceMaps = args.length !== process.argv.length - 2;
  const dist = electronDist();
  if (dist !== null) args.push(`-c.electronDist=${dist}`);
  else console.warn('No Electron binary here (npx install-electron, or WERKBANK_ELECTRON_DIST=<folder>): electron-builder will try to download it.');
  let temp = null;
  if (withSourceMaps) {
    temp = mkdtempSync(join(tmpdir(), 'werkbank-package-'));
    args.push('--config', sourceMapConfig(temp));
  }
  const bin = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-builder.cmd' : 'electron-builder');
  try {
    // Never publish from here: CI uploads the installers as artifacts.
    const result = spawnSync(bin, [...args, '--publish', 'never'], { stdio: 'inherit', shell: process.platform === 'win32' });
    if (result.error) throw result.error;
    process.exitCode = result.status ?? 1;
  } finally {
    if (temp !== null) rmSync(temp, { recursive: true, force: true });
  }
}

main();
