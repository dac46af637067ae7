import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, screen, session } from 'electron';
import { createEngine } from '../engine/api';
import { createTempRoot, onEndSignal } from '../engine/infra/temp-root';
import { runShell } from './lifecycle';

/** Electron main entry, bundled to dist/electron/main.cjs (so `__dirname` is dist/electron). */
runShell({
  electron: { app, BrowserWindow, dialog, ipcMain, Menu, session },
  createEngine,
  createTempRoot: async () => {
    const root = await createTempRoot();
    // The last resort, should the process end some other way than through will-quit.
    process.once('exit', () => root.disposeSync());
    return root;
  },
  onEndSignal,
  argv: process.argv,
  cwd: process.cwd(),
  bundleDir: __dirname,
  platform: process.platform,
  writeFile: (path, data) => writeFile(path, data),
  log: (error) => console.error(error),
  recentFile: () => join(app.getPath('userData'), 'recent.json'),
  windowState: { file: () => join(app.getPath('userData'), 'window.json'), workAreas: () => screen.getAllDisplays().map((d) => d.workArea) },
}).catch((error: unknown) => {
  console.error(error);
  app.exit(1);
});
