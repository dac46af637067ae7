import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { channels, engineChannels, type FileRef } from '../../shared/api/contract';
import { notices } from '../../shared/api/contract/shell';
import { SUPPORTED_LOCALES } from '../../shared/i18n';
import { runShell, type ShellDeps, type ShellEngine } from './lifecycle';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

const bundleDir = join('/opt', 'werkbank', 'dist', 'electron');
const rendererIndex = join('/opt', 'werkbank', 'dist', 'renderer', 'index.html');

/** Fakes of the Electron objects the shell uses, recording what it did with them. */
function fakeElectron({ locked = true, locale = 'nl-BE' } = {}) {
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: () => locked,
    enableSandbox: vi.fn(),
    whenReady: async () => {},
    getLocale: () => locale,
    getVersion: () => '0.1.0',
    getPath: () => '/home/juf/Documenten',
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    readonly webContents = Object.assign(new EventEmitter(), {
      id: 1,
      mainFrame: { processId: 5, routingId: 1 },
      send: vi.fn(),
      isDestroyed: () => false,
      setWindowOpenHandler: vi.fn(),
    });
    loadFile = vi.fn(async () => {});
    show = vi.fn();
    constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
      super();
      windows.push(this);
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    maximize = vi.fn();
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 11, y: 22, width: 1111, height: 666 });
    restore = vi.fn();
    focus = vi.fn();
    /** As Electron's: a `close` event that may be prevented, then `closed`. */
    close = vi.fn(() => {
      const event = { defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) };
      this.emit('close', event);
      if (!event.defaultPrevented) this.emit('closed');
    });
  }
  const handlers = new Map<string, (event: unknown, request: unknown) => Promise<unknown>>();
  const noticeListeners = new Map<string, (event: unknown, payload: unknown) => void>();
  const menus: MenuItemConstructorOptions[][] = [];
  const headerHooks: Array<(details: unknown, cb: (r: { responseHeaders: Record<string, string[]> }) => void) => void> = [];
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, request: unknown) => Promise<unknown>) => handlers.set(channel, listener),
      on: (channel: string, listener: (event: unknown, payload: unknown) => void) => noticeListeners.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => (menus.push(template), template),
      setApplicationMenu: vi.fn(),
    },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: (hook: (typeof headerHooks)[number]) => headerHooks.push(hook), onBeforeRequest: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    },
  };
  /** Sends a one-way notice as the renderer's `notify` does. */
  const notify = (event: unknown, notice: string, payload: unknown) => noticeListeners.get(notice)!(event, payload);
  return { electron, app, windows, handlers, noticeListeners, notify, menus, headerHooks };
}

function fakeEngine(): ShellEngine & { registered: string[] } {
  const registered: string[] = [];
  return {
    registered,
    handlers: Object.fromEntries(engineChannels.map((c) => [c, vi.fn(async () => ({ from: 'engine', channel: c }))])) as never,
    files: {
      register: (path: string, name?: string): FileRef => (registered.push(path), { fileId: `f${registered.length}`, name: name ?? '' }),
    },
    close: vi.fn(async () => {}),
  };
}

/** A temp root that records what happened to it. */
function fakeTempRoot() {
  return { dir: '/tmp/werkbank-run-x', trackPending: vi.fn(), dispose: vi.fn(async () => {}), disposeSync: vi.fn() };
}

async function start(argv: string[], options: { locked?: boolean; locale?: string; engine?: () => Promise<ShellEngine>; deps?: Partial<ShellDeps> } = {}) {
  const fake = fakeElectron(options);
  const engine = fakeEngine();
  const tempRoot = fakeTempRoot();
  const signals: Array<(signal: NodeJS.Signals) => void> = [];
  const createEngine = vi.fn(options.engine ?? (async () => engine));
  const deps: ShellDeps = {
    electron: fake.electron as unknown as ShellDeps['electron'],
    createEngine,
    createTempRoot: vi.fn(async () => tempRoot as never),
    onEndSignal: (listener) => void signals.push(listener),
    argv,
    cwd: '/home/juf',
    bundleDir,
    platform: 'linux',
    writeFile: vi.fn(async () => {}),
    log: vi.fn(),
    ...options.deps,
  };
  await runShell(deps);
  const signal = (name: NodeJS.Signals) => signals.forEach((listener) => listener(name));
  return { ...fake, engine, createEngine, deps, tempRoot, signal, window: fake.windows[0] };
}

function ourFrame(url = pathToFileURL(rendererIndex).href + '?demo=1') {
  return { sender: { id: 1 }, senderFrame: { url, parent: null, processId: 5, routingId: 1 } } as unknown as IpcMainInvokeEvent;
}

const presenterUrl = pathToFileURL(rendererIndex).href + '?presenter=1';

/** A presenter view window as Electron hands it to `did-create-window`: its own web contents (id 2). */
function fakePresenter() {
  return Object.assign(new EventEmitter(), {
    webContents: { id: 2, mainFrame: { processId: 6, routingId: 1 }, isDestroyed: () => false, send: vi.fn() },
    isDestroyed: () => false,
    removeMenu: vi.fn(),
  });
}

/** The main frame of the presenter view's window. */
function presenterFrame(url = presenterUrl) {
  return { sender: { id: 2 }, senderFrame: { url, parent: null, processId: 6, routingId: 1 } } as unknown as IpcMainInvokeEvent;
}

describe('the Electron shell', () => {
  it('opens one hardened window on the built renderer, in demo mode with --demo', async () => {
    const s = await start(['electron', 'dist/electron/main.cjs', '--demo']);
    expect(s.windows).toHaveLength(1);
    expect(s.window!.options.webPreferences).toMatchObject({
      preload: join(bundleDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(s.window!.loadFile).toHaveBeenCalledWith(rendererIndex, { query: { demo: '1' } });
    expect(s.app.enableSandbox).toHaveBeenCalled();
    expect(s.createEngine).toHaveBeenCalledWith({ shell: 'electron', version: '0.1.0', tempRoot: s.tempRoot, journalDir: expect.stringMatching(/journal$/) });
  });

  it('sets the CSP on responses and hardens new web contents', async () => {
    const s = await start(['electron', 'main.cjs']);
    const cb = vi.fn();
    s.headerHooks[0]!({ url: 'file:///x', responseHeaders: {} }, cb);
    expect(cb.mock.calls[0]![0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(s.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('serves every channel: engine calls from the engine, dialogs from the shell', async () => {
    const s = await start(['electron', 'main.cjs']);
    expect([...s.handlers.keys()].sort()).toEqual([...channels].sort());
    expect(await s.handlers.get('app.info')!(ourFrame(), {})).toEqual({ ok: true, value: { from: 'engine', channel: 'app.info' } });
    s.electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/data/lvs.csv'] });
    expect(await s.handlers.get('dialog.openFiles')!(ourFrame(), { purpose: 'import' })).toEqual({
      ok: true,
      value: { files: [{ fileId: 'f1', name: 'lvs.csv' }] },
    });
  });

  it('refuses calls from anything but our renderer', async () => {
    const s = await start(['electron', 'main.cjs']);
    const envelope = await s.handlers.get('project.get')!(ourFrame('https://evil.example/'), {});
    expect(envelope).toEqual({ ok: false, error: { code: 'errors.unauthorized', params: {} } });
  });

  it('lets the main window open the presenter view with its own hardened preferences, and nothing else', async () => {
    const s = await start(['werkbank']);
    // Electron hardens every web contents it creates (security.ts hardenApp): here the main window's.
    s.app.emit('web-contents-created', {}, s.window!.webContents);
    const open = s.window!.webContents.setWindowOpenHandler.mock.calls[0]![0] as (details: { url: string }) => {
      action: string;
      overrideBrowserWindowOptions?: { webPreferences?: Record<string, unknown>; show?: boolean };
    };
    const allowed = open({ url: presenterUrl });
    expect(allowed.action).toBe('allow');
    expect(allowed.overrideBrowserWindowOptions!.webPreferences).toEqual(s.window!.options.webPreferences);
    expect(allowed.overrideBrowserWindowOptions!.show).toBe(true);
    expect(open({ url: 'file:///other/index.html?presenter=1' })).toEqual({ action: 'deny' });
    expect(open({ url: 'https://evil.example/?presenter=1' })).toEqual({ action: 'deny' });
    expect(open({ url: pathToFileURL(rendererIndex).href })).toEqual({ action: 'deny' });
    // Another web contents (a presenter view, devtools) may not open it.
    const other = { id: 9, on: vi.fn(), setWindowOpenHandler: vi.fn() };
    s.app.emit('web-contents-created', {}, other);
    expect(other.setWindowOpenHandler.mock.calls[0]![0]({ url: presenterUrl })).toEqual({ action: 'deny' });
  });

  it('serves the presenter view\'s calls while it lives, but takes no notice from it', async () => {
    const s = await start(['werkbank']);
    const refused = { ok: false, error: { code: 'errors.unauthorized', params: {} } };
    // Before the main window opened it, that contents is a stranger.
    expect(await s.handlers.get('project.get')!(presenterFrame(), {})).toEqual(refused);
    const child = fakePresenter();
    s.window!.webContents.emit('did-create-window', child, { url: presenterUrl });
    expect(child.removeMenu).toHaveBeenCalled();
    expect(await s.handlers.get('project.get')!(presenterFrame(), {})).toEqual({ ok: true, value: { from: 'engine', channel: 'project.get' } });
    // A sub-frame or a foreign page in it is refused all the same.
    expect(await s.handlers.get('project.get')!(presenterFrame('https://evil.example/'), {})).toEqual(refused);
    // Its notices change nothing: the main window alone says what is unsaved and which language.
    s.notify(ourFrame(), 'shell.unsaved', true);
    s.notify(presenterFrame(), 'shell.unsaved', false);
    const built = s.menus.length;
    s.notify(presenterFrame(), 'shell.locale', 'en');
    expect(s.menus).toHaveLength(built);
    s.window!.close();
    expect(s.window!.webContents.send).toHaveBeenCalledWith('window.closeRequested', null);
    // Closed, it is forgotten.
    child.emit('closed');
    expect(await s.handlers.get('project.get')!(presenterFrame(), {})).toEqual(refused);
  });

  const menuLabels = (menus: MenuItemConstructorOptions[][]) => menus.at(-1)!.map((m) => m.label);
  const menuItem = (menus: MenuItemConstructorOptions[][], label: string) =>
    menus.at(-1)!.flatMap((m) => m.submenu as MenuItemConstructorOptions[]).find((i) => i.label === label)!;

  it('builds the menu in Dutch whatever the system language, and switches it with the language command', async () => {
    const s = await start(['electron', 'main.cjs'], { locale: 'en-GB' });
    expect(menuLabels(s.menus)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(menuItem(s.menus, 'Nederlands').checked).toBe(true);
    (menuItem(s.menus, 'English').click as () => void)();
    expect(menuLabels(s.menus)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(s.window!.webContents.send).toHaveBeenCalledWith('menu.command', 'view.language.en');
    (menuItem(s.menus, 'Nederlands').click as () => void)();
    expect(menuLabels(s.menus)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(s.window!.webContents.send).toHaveBeenCalledWith('menu.command', 'view.language.nl');
  });

  it('rebuilds the menu in the language the renderer says it shows (the shell.locale notice)', async () => {
    const s = await start(['electron', 'main.cjs']);
    expect([...s.noticeListeners.keys()]).toEqual(Object.keys(notices));
    const built = s.menus.length;
    s.notify(ourFrame(), 'shell.locale', 'en');
    expect(s.menus).toHaveLength(built + 1);
    expect(menuLabels(s.menus)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(menuItem(s.menus, 'English').checked).toBe(true);
    expect(s.electron.Menu.setApplicationMenu).toHaveBeenLastCalledWith(s.menus.at(-1));
    // The same language again changes nothing; the menu does not tell the renderer back.
    s.notify(ourFrame(), 'shell.locale', 'en');
    expect(s.menus).toHaveLength(built + 1);
    expect(s.window!.webContents.send).not.toHaveBeenCalled();
    s.notify(ourFrame(), 'shell.locale', 'nl-BE');
    expect(menuLabels(s.menus)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('ignores a locale notice from anything but our renderer, or one that does not validate', async () => {
    const s = await start(['electron', 'main.cjs']);
    const built = s.menus.length;
    s.notify(ourFrame('https://evil.example/'), 'shell.locale', 'en');
    s.notify(ourFrame(), 'shell.locale', 'fr');
    s.notify(ourFrame(), 'shell.locale', { locale: 'en' });
    expect(s.menus).toHaveLength(built);
    expect(menuLabels(s.menus)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
  });

  it('declares the interface languages of shared/i18n as the locale notice', () => {
    expect(notices['shell.locale'].options).toEqual([...SUPPORTED_LOCALES]);
  });

  it('closes a window without unsaved work at once', async () => {
    const s = await start(['werkbank']);
    const closes = vi.fn();
    s.window!.on('closed', closes);
    s.window!.close();
    expect(closes).toHaveBeenCalledTimes(1);
    expect(s.window!.webContents.send).not.toHaveBeenCalled();
  });

  it('asks the renderer before closing a window with unsaved work, and closes on its answer', async () => {
    const s = await start(['werkbank']);
    const w = s.window!;
    s.notify(ourFrame(), 'shell.unsaved', true);
    // A notice from elsewhere changes nothing.
    s.notify(ourFrame('https://evil.example/'), 'shell.unsaved', false);
    const closes = vi.fn();
    w.on('closed', closes);
    w.close();
    expect(w.webContents.send).toHaveBeenCalledWith('window.closeRequested', null);
    expect(closes).not.toHaveBeenCalled();
    s.notify(ourFrame(), 'shell.closeConfirmed', null);
    expect(w.close).toHaveBeenCalledTimes(2);
    expect(closes).toHaveBeenCalledTimes(1);
  });

  it('closes at once after the page went away, whatever it said before', async () => {
    const s = await start(['werkbank']);
    const w = s.window!;
    s.notify(ourFrame(), 'shell.unsaved', true);
    w.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    const closes = vi.fn();
    w.on('closed', closes);
    w.close();
    expect(closes).toHaveBeenCalledTimes(1);
    expect(w.webContents.send).not.toHaveBeenCalled();
  });

  it('opens a .werkbank from the command line once the renderer has loaded', async () => {
    const s = await start(['werkbank', 'Projecten/school.werkbank']);
    expect(s.window!.webContents.send).not.toHaveBeenCalled();
    s.window!.webContents.emit('did-finish-load');
    expect(s.engine.registered).toEqual([resolve('/home/juf', 'Projecten/school.werkbank')]);
    expect(s.window!.webContents.send).toHaveBeenCalledWith('project.openFile', { fileId: 'f1', name: 'school.werkbank' });
  });

  it('hands a second instance its project file and focuses the window', async () => {
    const s = await start(['werkbank']);
    s.window!.webContents.emit('did-finish-load');
    s.app.emit('second-instance', {}, ['werkbank', '--allow-file-access-from-files', '/data/klas.werkbank'], '/');
    expect(s.window!.focus).toHaveBeenCalled();
    expect(s.window!.webContents.send).toHaveBeenCalledWith('project.openFile', { fileId: 'f1', name: 'klas.werkbank' });
  });

  it('takes macOS open-file events, even before the app is ready', async () => {
    const s = await start(['werkbank']);
    const event = { preventDefault: vi.fn() };
    s.app.emit('open-file', event, '/data/mac.werkbank');
    expect(event.preventDefault).toHaveBeenCalled();
    s.window!.webContents.emit('did-finish-load');
    expect(s.engine.registered).toEqual(['/data/mac.werkbank']);
  });

  it('quits at once when another instance is running', async () => {
    const s = await start(['werkbank', 'x.werkbank'], { locked: false });
    expect(s.app.quit).toHaveBeenCalled();
    expect(s.windows).toHaveLength(0);
    expect(s.createEngine).not.toHaveBeenCalled();
    expect(s.deps.createTempRoot).not.toHaveBeenCalled();
  });

  it('says so in a dialog and exits when the engine cannot start', async () => {
    const s = await start(['werkbank'], { engine: async () => Promise.reject(new Error('DuckDB failed to load')) });
    expect(s.electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Datateam Werkbank kon niet starten',
      'De werkbank kon niet worden geopend: DuckDB failed to load',
    );
    expect(s.app.exit).toHaveBeenCalledWith(1);
    expect(s.windows).toHaveLength(0);
    // app.exit skips will-quit: the temp root is removed before.
    expect(s.tempRoot.disposeSync).toHaveBeenCalled();
    expect(s.tempRoot.disposeSync.mock.invocationCallOrder[0]!).toBeLessThan(s.app.exit.mock.invocationCallOrder[0]!);
  });

  it('closes the engine, then removes the temp root, before quitting', async () => {
    const s = await start(['werkbank']);
    const event = { preventDefault: vi.fn() };
    s.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(s.engine.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(s.app.quit).toHaveBeenCalled());
    expect(s.tempRoot.dispose).toHaveBeenCalledTimes(1);
    expect((s.engine.close as ReturnType<typeof vi.fn>).mock.invocationCallOrder[0]!).toBeLessThan(s.tempRoot.dispose.mock.invocationCallOrder[0]!);
    const again = { preventDefault: vi.fn() };
    s.app.emit('will-quit', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('quits the normal way on SIGINT, SIGTERM or SIGHUP; a second signal removes the root and exits at once', async () => {
    const s = await start(['werkbank']);
    s.signal('SIGHUP');
    expect(s.app.quit).toHaveBeenCalledTimes(1);
    expect(s.app.exit).not.toHaveBeenCalled();
    s.signal('SIGTERM');
    expect(s.tempRoot.disposeSync).toHaveBeenCalled();
    expect(s.app.exit).toHaveBeenCalledWith(143);
  });
});

describe('the window remembers its size and place', () => {
  it('opens where the last run closed it (maximised again), and writes its place when it closes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbank-shell-window-'));
    try {
      const file = join(dir, 'window.json');
      writeFileSync(file, JSON.stringify({ x: 100, y: 50, width: 1200, height: 700, maximized: true }));
      const s = await start([], { deps: { windowState: { file: () => file, workAreas: () => [{ x: 0, y: 0, width: 1366, height: 728 }] } } });
      expect(s.window!.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 700 });
      expect(s.window!.maximize).toHaveBeenCalled();
      s.window!.close();
      await vi.waitFor(() => expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 11, y: 22, width: 1111, height: 666, maximized: false }));
      expect(s.deps.log).not.toHaveBeenCalled();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a place on a screen that is gone is not used: the default size', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbank-shell-window-'));
    try {
      const file = join(dir, 'window.json');
      writeFileSync(file, JSON.stringify({ x: 2000, y: 50, width: 1200, height: 700, maximized: false }));
      const s = await start([], { deps: { windowState: { file: () => file, workAreas: () => [{ x: 0, y: 0, width: 1366, height: 728 }] } } });
      expect(s.window!.options).not.toHaveProperty('x');
      expect(s.window!.options).toMatchObject({ width: 1440, height: 900 });
      expect(s.window!.maximize).not.toHaveBeenCalled();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('recent projects in the Bestand menu', () => {
  it('a project opened from the command line and saved becomes recent; choosing it in the menu opens it again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'werkbank-shell-recent-'));
    try {
      const project = join(dir, 'school.werkbank');
      writeFileSync(project, 'x');
      const recentFile = join(dir, 'recent.json');
      const s = await start(['werkbank', project], { deps: { recentFile: () => recentFile } });
      (s.app as unknown as { addRecentDocument: (p: string) => void }).addRecentDocument = vi.fn();
      const recentMenu = () => {
        const file = s.menus.at(-1)![0]!.submenu as MenuItemConstructorOptions[];
        return file.find((i) => i.label === 'Recente projecten')!;
      };
      expect(recentMenu().enabled).toBe(false);
      s.window!.webContents.emit('did-finish-load');
      expect(s.window!.webContents.send).toHaveBeenCalledWith('project.openFile', { fileId: 'f1', name: 'school.werkbank' });
      // The renderer opens it: now it is recent, in the file and in the menu.
      expect(await s.handlers.get('project.open')!(ourFrame(), { fileId: 'f1' })).toMatchObject({ ok: true });
      expect(JSON.parse(readFileSync(recentFile, 'utf8'))).toEqual([project]);
      expect(recentMenu().enabled).toBe(true);
      const items = recentMenu().submenu as MenuItemConstructorOptions[];
      expect(items.map((i) => i.label)).toEqual(['1  school.werkbank']);
      // A file the engine made itself (a download) is never recent.
      expect(await s.handlers.get('project.save')!(ourFrame(), { fileId: null })).toMatchObject({ ok: true });
      expect(JSON.parse(readFileSync(recentFile, 'utf8'))).toEqual([project]);
      // Chosen in the menu: the renderer is asked to open it.
      (items[0]!.click as () => void)();
      expect(s.window!.webContents.send).toHaveBeenLastCalledWith('project.openFile', { fileId: 'f2', name: 'school.werkbank' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
