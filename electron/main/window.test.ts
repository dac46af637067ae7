import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bundlePaths, focusWindow, loadRenderer, mainWindowOptions, presenterWindowOptions } from './window';

describe('main window', () => {
  it('has the security checklist of DESIGN.md', () => {
    const prefs = mainWindowOptions('/app/dist/electron/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('gives the presenter view the same web preferences, shown at once', () => {
    const options = presenterWindowOptions('/app/dist/electron/preload.cjs');
    expect(options.webPreferences).toEqual(mainWindowOptions('/app/dist/electron/preload.cjs').webPreferences);
    expect(options.show).toBe(true);
  });

  it('finds the preload beside main.cjs and the renderer in dist/renderer', () => {
    const dir = join('/app', 'dist', 'electron');
    expect(bundlePaths(dir)).toEqual({
      preload: join(dir, 'preload.cjs'),
      rendererIndex: join('/app', 'dist', 'renderer', 'index.html'),
    });
  });

  it('loads the renderer from file, with demo=1 only in demo mode', async () => {
    const win = { loadFile: vi.fn(async () => {}) };
    await loadRenderer(win, '/app/dist/renderer/index.html', true);
    await loadRenderer(win, '/app/dist/renderer/index.html', false);
    expect(win.loadFile.mock.calls).toEqual([
      ['/app/dist/renderer/index.html', { query: { demo: '1' } }],
      ['/app/dist/renderer/index.html', {}],
    ]);
  });

  it('restores a minimised window before focusing it', () => {
    const calls: string[] = [];
    const win = {
      isMinimized: () => true,
      restore: () => calls.push('restore'),
      show: () => calls.push('show'),
      focus: () => calls.push('focus'),
    };
    focusWindow(win);
    expect(calls).toEqual(['restore', 'show', 'focus']);
  });
});
