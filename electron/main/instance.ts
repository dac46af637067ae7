import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from 'electron';
import { PROJECT_EXTENSION } from '../../shared/model/project';

/**
 * The `.werkbank` file named on a command line (double-click in the file manager, or a
 * second instance), as an absolute path; null when there is none. Flags are skipped:
 * Chromium adds its own to a second instance's argv. Linux desktop files may pass a
 * `file://` URL instead of a path.
 */
export function findProjectFile(argv: readonly string[], cwd: string): string | null {
  const suffix = `.${PROJECT_EXTENSION}`;
  const paths = argv.slice(1).filter((arg) => !arg.startsWith('-')).map(toPath);
  const last = paths.filter((path): path is string => path !== null && path.toLowerCase().endsWith(suffix)).at(-1);
  return last === undefined ? null : resolve(cwd, last);
}

function toPath(arg: string): string | null {
  if (!arg.startsWith('file:')) return arg;
  try {
    return fileURLToPath(arg);
  } catch {
    return null;
  }
}

/**
 * Holds project files asked for before the renderer can receive them (macOS sends
 * `open-file` before the app is ready) and delivers them once it has loaded.
 */
export function createOpenQueue(deliver: (path: string) => void): { open(path: string): void; ready(): void } {
  const pending: string[] = [];
  let isReady = false;
  return {
    open(path) {
      if (isReady) deliver(path);
      else pending.push(path);
    },
    ready() {
      isReady = true;
      for (const path of pending.splice(0)) deliver(path);
    },
  };
}

/**
 * Makes this the only running instance. Returns false when another instance holds the
 * lock (this one should quit); that instance then gets our argv through `onSecond`.
 */
export function claimSingleInstance(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  onSecond: (argv: string[], workingDirectory: string) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => onSecond(argv, workingDirectory));
  return true;
}
