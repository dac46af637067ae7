import { basename, join } from 'node:path';
import type * as Electron from 'electron';
import type { BrowserWindow, Rectangle } from 'electron';
import type { Channel, EngineChannel, FileRef, Handlers, MenuCommand } from '../../shared/api/contract';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n';
import { signalExitCode, type TempRoot } from '../engine/infra/temp-root';
import { createCloseGuard } from './close-guard';
import { createShellHandlers, type FileRegistrar } from './dialogs';
import { claimSingleInstance, createOpenQueue, findProjectFile } from './instance';
import { isTrustedSender, registerIpc, registerNotices, type Sender, sendEvent } from './ipc';
import { localeOfCommand, menuTemplate } from './menu';
import { applyContentSecurityPolicy, blockRemoteRequests, denyPermissions, hardenApp, presenterWindowPolicy } from './security';
import { translator } from './text';
import { placeWindow, readWindowState, saveWindowState } from './window-state';
import { RecentProjects } from './recent';
import { PROJECT_EXTENSION } from '../../shared/model/project';
import { bundlePaths, focusWindow, loadRenderer, mainWindowOptions, presenterWindowOptions } from './window';

/** How long closing the engine may take after a signal before the app exits anyway. */
const SIGNAL_GRACE_MS = 3_000;

/** What the shell needs of the engine (electron/engine/api.ts). */
export interface ShellEngine {
  handlers: Handlers<EngineChannel>;
  files: FileRegistrar;
  close(): Promise<void>;
}

export interface ShellDeps {
  electron: Pick<typeof Electron, 'app' | 'BrowserWindow' | 'ipcMain' | 'Menu' | 'dialog' | 'session'>;
  createEngine(options: { shell: 'electron'; version: string; tempRoot: TempRoot; journalDir: string }): Promise<ShellEngine>;
  /** The run's private temp root (engine/infra/temp-root.ts), removing those of earlier runs that crashed. */
  createTempRoot(): Promise<TempRoot>;
  /** Calls `listener` on SIGINT, SIGTERM and SIGHUP (engine/infra/temp-root.ts `onEndSignal`). */
  onEndSignal(listener: (signal: NodeJS.Signals) => void): void;
  argv: readonly string[];
  cwd: string;
  /** The folder of main.cjs: preload.cjs sits beside it, the renderer in ../renderer. */
  bundleDir: string;
  platform: NodeJS.Platform;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  log(error: unknown): void;
  /** Where the recent projects are kept (recent.ts). */
  recentFile?(): string;
  /** Where the window's size and place are remembered, and the screens' work areas now (window-state.ts). */
  windowState?: { file(): string; workAreas(): Rectangle[] };
}

/**
 * The app's life: one instance, one hardened window on the built renderer (and the presenter
 * view of a presentation, which that window may open), the engine behind IPC, the menu, and
 * project files handed over from the command line or the OS.
 */
export async function runShell(deps: ShellDeps): Promise<void> {
  const { app, BrowserWindow, ipcMain, Menu, dialog, session } = deps.electron;
  const paths = bundlePaths(deps.bundleDir);
  let window: BrowserWindow | null = null;
  /** Presenter views the main window opened (security.ts `presenterWindowPolicy`); they close with it. */
  const presenters = new Set<BrowserWindow>();
  let engine: ShellEngine | null = null;
  let tempRoot: TempRoot | null = null;
  // Dutch until the renderer says otherwise (the `shell.locale` notice), whatever the system's
  // language: the renderer remembers the user's choice, the shell follows it.
  let locale: Locale = DEFAULT_LOCALE;
  const liveWindow = () => (window && !window.isDestroyed() ? window : null);
  // Closing with unsaved work asks the renderer first (close-guard.ts).
  const closeGuard = createCloseGuard({
    ask: () => {
      const win = liveWindow();
      if (win) sendEvent(win.webContents, 'window.closeRequested', null);
    },
    close: () => liveWindow()?.close(),
  });

  const opener = createOpenQueue((path) => {
    const win = liveWindow();
    if (win && engine) sendEvent(win.webContents, 'project.openFile', openedFiles.register(path, basename(path)));
  });
  /** Registers files handed over from outside (set once the engine runs): recorded as the user's choice. */
  let openedFiles: { register(path: string, name?: string): FileRef } = { register: (path, name) => engine!.files.register(path, name) };

  const isFirst = claimSingleInstance(app, (argv, workingDirectory) => {
    const win = liveWindow();
    if (win) focusWindow(win);
    const file = findProjectFile(argv, workingDirectory);
    if (file) opener.open(file);
  });
  if (!isFirst) {
    app.quit();
    return;
  }

  app.enableSandbox();
  // The one window a page may open: the main window's presentation opens its presenter view.
  hardenApp(
    app,
    presenterWindowPolicy(
      paths.rendererIndex,
      (opener) => opener.id === liveWindow()?.webContents.id,
      () => presenterWindowOptions(paths.preload),
      deps.platform,
    ),
  );
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opener.open(path);
  });
  const initialFile = findProjectFile(deps.argv, deps.cwd);
  if (initialFile) opener.open(initialFile);
  app.on('window-all-closed', () => app.quit());
  // The engine closes DuckDB, then the run's temp root goes, before the process ends.
  app.on('will-quit', (event) => {
    const closing = engine;
    const root = tempRoot;
    if (!closing && !root) return;
    engine = null;
    tempRoot = null;
    event.preventDefault();
    Promise.resolve(closing?.close())
      .catch(deps.log)
      .then(() => root?.dispose())
      .catch(deps.log)
      .finally(() => app.quit());
  });
  // A signal (SIGHUP too: a closed console window on Windows) quits the normal way; should
  // that hang, or a second signal come, the root is removed at once and the app exits.
  let ending = false;
  deps.onEndSignal((signal) => {
    const hardExit = () => {
      tempRoot?.disposeSync();
      app.exit(signalExitCode(signal));
    };
    if (ending) return hardExit();
    ending = true;
    closeGuard.release();
    setTimeout(hardExit, SIGNAL_GRACE_MS).unref();
    app.quit();
  });

  await app.whenReady();
  const fail = (error: unknown) => {
    deps.log(error);
    // app.exit skips will-quit: the root goes here.
    tempRoot?.disposeSync();
    tempRoot = null;
    const t = translator(locale);
    const detail = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox(t('dialog.startFailed'), t('dialog.startFailedDetail', { detail }));
    app.exit(1);
  };

  const ses = session.defaultSession;
  applyContentSecurityPolicy(ses);
  blockRemoteRequests(ses);
  denyPermissions(ses);

  try {
    tempRoot = await deps.createTempRoot();
    // The journal (autosave, recovery) lives in the user's data folder, never beside the user's files.
    engine = await deps.createEngine({ shell: 'electron', version: app.getVersion(), tempRoot, journalDir: join(app.getPath('userData'), 'journal') });
  } catch (error) {
    fail(error);
    return;
  }

  // Project files the user chose (dialogs, command line, OS, recent menu), by id: opened or saved,
  // they become recent projects.
  const chosen = new Map<string, string>();
  const files = engine.files;
  const registrar = {
    register(path: string, name?: string) {
      const ref = files.register(path, name);
      chosen.set(ref.fileId, path);
      return ref;
    },
  };
  const recent = deps.recentFile ? await RecentProjects.load(deps.recentFile()) : null;
  const remember = async (fileId: string | null) => {
    const path = fileId === null ? undefined : chosen.get(fileId);
    if (!recent || !path || !path.toLowerCase().endsWith(`.${PROJECT_EXTENSION}`)) return;
    await recent.add(path).catch(deps.log);
    app.addRecentDocument?.(path);
    setMenu();
  };
  openedFiles = registrar;
  const engineHandlers = engine.handlers;
  const handlers: Handlers<Channel> = {
    ...engineHandlers,
    'project.open': async (request) => {
      const state = await engineHandlers['project.open'](request);
      await remember(request.fileId);
      return state;
    },
    'project.save': async (request) => {
      const saved = await engineHandlers['project.save'](request);
      await remember(request.fileId);
      return saved;
    },
    ...createShellHandlers({
      dialog,
      window: liveWindow,
      files: registrar,
      writeFile: deps.writeFile,
      defaultDir: () => app.getPath('documents'),
      t: () => translator(locale),
    }),
  };
  const fromMainWindow = (event: Sender) => isTrustedSender(event, liveWindow()?.webContents ?? null, paths.rendererIndex);
  // A presenter view is our renderer too, and reads the project at start (project.get, App.tsx);
  // its slides come from the presentation, not over IPC. Its notices are not taken: the main
  // window alone says whether there is unsaved work, which language the menu speaks and when it
  // may close.
  const fromAppWindow = (event: Sender) =>
    fromMainWindow(event) ||
    [...presenters].some((p) => !p.isDestroyed() && isTrustedSender(event, p.webContents, paths.rendererIndex));
  registerIpc(ipcMain, handlers, fromAppWindow, deps.log);

  const setMenu = () =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate({ locale, packaged: app.isPackaged, platform: deps.platform, command, recent: recent?.entries() ?? [], openRecent: (path) => opener.open(path) }),
      ),
    );
  const setLocale = (next: Locale) => {
    if (next === locale) return;
    locale = next;
    setMenu();
  };
  const command = (cmd: MenuCommand) => {
    const next = localeOfCommand(cmd);
    if (next) setLocale(next);
    const win = liveWindow();
    if (win) sendEvent(win.webContents, 'menu.command', cmd);
  };
  registerNotices(
    ipcMain,
    { 'shell.locale': setLocale, 'shell.unsaved': closeGuard.setUnsaved, 'shell.closeConfirmed': closeGuard.confirmed },
    fromMainWindow,
  );
  setMenu();

  // The size and place of the last run, when they still fit on a screen.
  const stateFile = deps.windowState?.file();
  const placed = stateFile ? placeWindow(await readWindowState(stateFile), deps.windowState!.workAreas()) : null;
  const win = new BrowserWindow({ ...mainWindowOptions(paths.preload), ...(placed ? { x: placed.x, y: placed.y, width: placed.width, height: placed.height } : {}) });
  if (placed?.maximized) win.maximize();
  if (stateFile) win.on('close', () => void saveWindowState(stateFile, win).catch(deps.log));
  window = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (window === win) window = null;
  });
  win.on('close', closeGuard.onClose);
  // A presenter view the policy let through: trusted for calls while it lives, without the menu
  // (its commands act on the main window).
  win.webContents.on('did-create-window', (child) => {
    presenters.add(child);
    child.removeMenu();
    child.on('closed', () => presenters.delete(child));
  });
  // A reloaded or crashed page says again whether it holds unsaved work.
  win.webContents.on('did-navigate', closeGuard.reset);
  win.webContents.on('render-process-gone', closeGuard.reset);
  // Files asked for at start go out once the page (and so the preload) is there.
  win.webContents.on('did-finish-load', () => opener.ready());
  try {
    await loadRenderer(win, paths.rendererIndex, deps.argv.includes('--demo'));
  } catch (error) {
    fail(error);
  }
}
