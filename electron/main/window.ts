import { join } from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

/** Where the bundles sit relative to `dist/electron/main.cjs` (in the repo and in app.asar alike). */
export function bundlePaths(bundleDir: string): { preload: string; rendererIndex: string } {
  return {
    preload: join(bundleDir, 'preload.cjs'),
    rendererIndex: join(bundleDir, '..', 'renderer', 'index.html'),
  };
}

/** The one window, with the security checklist of DESIGN.md. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Spell checking would download dictionaries from the network.
      spellcheck: false,
    },
  };
}

/**
 * The presenter view's window (`window.open` from a presentation, security.ts
 * `presenterWindowPolicy`): the main window's web preferences, so the same preload, sandbox and
 * context isolation; shown at once, as the page that asked for it waits for it.
 */
export function presenterWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  const { webPreferences, backgroundColor } = mainWindowOptions(preloadPath);
  return { width: 1280, height: 800, minWidth: 640, minHeight: 480, show: true, backgroundColor, webPreferences };
}

/** Loads the built renderer; `demo` asks it to open the demo project (query `demo=1`). */
export function loadRenderer(window: Pick<BrowserWindow, 'loadFile'>, indexPath: string, demo: boolean): Promise<void> {
  return window.loadFile(indexPath, demo ? { query: { demo: '1' } } : {});
}

/** Brings the window to the front, e.g. when a second instance was started. */
export function focusWindow(window: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
