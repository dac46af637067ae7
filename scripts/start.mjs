// `npm start` (after the build): opens the Electron app with the demo project, or, where
// Electron's binary was not downloaded or no display exists, the same workbench through
// the browser host. WERKBANK_BROWSER=1 forces the browser host. Extra arguments are passed on.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { electronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const mainBundle = join(root, 'dist', 'electron', 'main.cjs');
const hostBundle = join(root, 'dist', 'electron', 'host.mjs');
const passThrough = process.argv.slice(2);

/** One locale's shell catalogue (shared/i18n/<locale>/shell.ts), compiled on the fly. */
async function loadShell(locale) {
  const source = readFileSync(join(root, 'shared', 'i18n', locale, 'shell.ts'), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).shell;
}

/** The start.* strings of the shell catalogue, Dutch and English in one line. */
async function loadText() {
  const [nl, en] = await Promise.all([loadShell('nl-BE'), loadShell('en')]);
  const fill = (template, params) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name) => String(params[name] ?? ''));
  return (key, params = {}) => `${fill(nl.start[key], params)} / ${fill(en.start[key], params)}`;
}

function hasDisplay() {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Opens the system browser; a failure here is never fatal (the address is printed anyway). */
function openBrowser(url) {
  const [command, args, options] =
    process.platform === 'darwin'
      ? ['open', [url], {}]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', `"${url}"`], { windowsVerbatimArguments: true }]
        : ['xdg-open', [url], {}];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, ...options });
    child.on('error', () => {});
    child.unref();
  } catch {
    // No opener on this system: the host has printed its address.
  }
}

function requireBundle(path, text) {
  if (existsSync(path)) return;
  console.error(text('buildMissing', { file: relative(root, path) }));
  process.exit(1);
}

/** Runs a child with our terminal; we end when it ends, with its exit code. */
function runChild(command, args, env, onExit = () => {}) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  // Ctrl+C reaches the child from the terminal itself; other signals are passed on.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    onExit();
    process.exit(code ?? (signal ? 1 : 0));
  });
  return child;
}

function startElectron(binary, text) {
  requireBundle(mainBundle, text);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  // The package folder, not main.cjs itself: Electron then takes the app's name and version
  // from package.json (whose "main" is dist/electron/main.cjs).
  const child = runChild(binary, [root, '--demo', ...passThrough], env);
  child.on('error', (error) => {
    console.error(`${binary}: ${error.message}`);
    process.exit(1);
  });
}

function startBrowserHost(text) {
  requireBundle(hostBundle, text);
  const dir = mkdtempSync(join(tmpdir(), 'werkbank-start-'));
  const urlFile = join(dir, 'url.txt');
  const cleanUp = () => rmSync(dir, { recursive: true, force: true });
  runChild(process.execPath, [hostBundle, '--demo', ...passThrough], { ...process.env, WERKBANK_URL_FILE: urlFile }, cleanUp);
  if (!hasDisplay()) return;
  const poll = setInterval(() => {
    const url = existsSync(urlFile) ? readFileSync(urlFile, 'utf8').trim() : '';
    if (!url) return;
    clearInterval(poll);
    openBrowser(url);
  }, 200);
  poll.unref();
}

/**
 * Downloads Electron's binary once (the package's own `install.js`, as `npx install-electron`),
 * where a window could open and the binary is missing. Offline this fails within a second; the
 * browser host is then the fallback.
 */
function downloadElectron(text) {
  let installer;
  try {
    installer = createRequire(import.meta.url).resolve('electron/install.js');
  } catch {
    return null;
  }
  console.log(text('electronDownloading'));
  const done = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 10 * 60_000 });
  return done.status === 0 ? electronBinary() : null;
}

const text = await loadText();
const wantsWindow = process.env.WERKBANK_BROWSER !== '1' && hasDisplay();
const binary = electronBinary() ?? (wantsWindow ? downloadElectron(text) : null);
if (process.env.WERKBANK_BROWSER === '1') {
  console.log(text('browserForced'));
  startBrowserHost(text);
} else if (!hasDisplay()) {
  console.log(text('noDisplay'));
  startBrowserHost(text);
} else if (!binary) {
  console.log(text('electronMissing'));
  startBrowserHost(text);
} else {
  startElectron(binary, text);
}
