import { readFileSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WerkbankError } from '../../shared/api/errors';
import type { TempRoot } from '../engine/infra/temp-root';
import { type HostEngine, startHost } from './server';

export interface HostArgs {
  port: number;
  demo: boolean;
  rendererDir: string | undefined;
  /** Where the journal (autosave, recovery) lives; the user's data folder by default. */
  dataDir: string | undefined;
}

/** `--port N` (0: any free port), `--demo`, `--renderer DIR`, `--data-dir DIR`. */
export function parseHostArgs(argv: string[]): HostArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      demo: { type: 'boolean', default: false },
      renderer: { type: 'string' },
      'data-dir': { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new WerkbankError('errors.host.badPort', { port: values.port });
  return { port, demo: values.demo, rendererDir: values.renderer, dataDir: values['data-dir'] };
}

/**
 * The user's data folder, where Electron's `userData` would be: `%APPDATA%` on Windows,
 * `~/Library/Application Support` on macOS, `$XDG_DATA_HOME` or `~/.local/share` elsewhere.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), APP_FOLDER);
}
const APP_FOLDER = 'datateam-werkbank';

/** The bundle lives in dist/electron; the built renderer beside it in dist/renderer. */
export function defaultRendererDir(moduleUrl: string): string {
  return resolve(dirname(fileURLToPath(moduleUrl)), '..', 'renderer');
}

/** The version in the repository's package.json, two levels above the bundle (or this source file). */
export function readVersion(moduleUrl: string): string {
  try {
    const file = resolve(dirname(fileURLToPath(moduleUrl)), '..', '..', 'package.json');
    const version: unknown = JSON.parse(readFileSync(file, 'utf8')).version;
    return typeof version === 'string' && version !== '' ? version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The address to open: the page reads its API token (and whether to open the demo) from it. */
export function browserUrl(origin: string, token: string, demo: boolean): string {
  return `${origin}/?token=${encodeURIComponent(token)}${demo ? '&demo=1' : ''}`;
}

/** Written whole or not at all, readable by this user only: it holds the token. */
export async function writeUrlFile(file: string, url: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, url + '\n', { mode: 0o600 });
  await rename(temporary, file);
}

export interface LaunchOptions {
  argv: string[];
  /** `import.meta.url` of the entry module: paths are found relative to it. */
  moduleUrl: string;
  /** The run's private temp root (made and removed by the entry); the engine keeps its files in it. */
  tempRoot: TempRoot;
  createEngine: (options: { shell: 'browser'; version: string; tempRoot: TempRoot; journalDir: string }) => Promise<HostEngine & { close(): Promise<void> }>;
  env?: NodeJS.ProcessEnv;
  print?: (line: string) => void;
}

export interface LaunchedHost {
  url: string;
  stop(): Promise<void>;
}

/** Starts engine and host, announces the address; `stop` closes both. */
export async function launch(options: LaunchOptions): Promise<LaunchedHost> {
  const args = parseHostArgs(options.argv);
  const env = options.env ?? process.env;
  const journalDir = join(args.dataDir ? resolve(args.dataDir) : defaultDataDir(env), 'journal');
  const engine = await options.createEngine({ shell: 'browser', version: readVersion(options.moduleUrl), tempRoot: options.tempRoot, journalDir });
  let host;
  try {
    host = await startHost({
      engine,
      rendererDir: args.rendererDir ? resolve(args.rendererDir) : defaultRendererDir(options.moduleUrl),
      port: args.port,
    });
  } catch (error) {
    await engine.close();
    throw error;
  }
  const url = browserUrl(host.origin, host.token, args.demo);
  (options.print ?? ((line) => process.stdout.write(line + '\n')))(`Datateam Werkbank: ${url}`);
  if (env.WERKBANK_URL_FILE) await writeUrlFile(env.WERKBANK_URL_FILE, url);
  let stopping: Promise<void> | undefined;
  return {
    url,
    stop: () => (stopping ??= host.close().then(() => engine.close())),
  };
}
