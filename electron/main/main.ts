import { writeFile } from 'node:fs/promises';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { createEngine } from '../engine/api';
import { runShell } from './lifecycle';

/** Electron main entry, bundled to dist/electron/main.cjs (so `__dirname` is dist/electron). */
runShell({
  electron: { app, BrowserWindow, dialog, ipcMain, Menu, session },
  createEngine,
  argv: process.argv,
  cwd: process.cwd(),
  bundleDir: __dirname,
  platform: process.platform,
  writeFile: (path, data) => writeFile(path, data),
  log: (error) => console.error(error),
}).catch((error: unknown) => {
  console.error(error);
  app.exit(1);
});
