import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { launchApp, repoRoot, requireElectron, stubDialogs } from './electron-app';

const samples = join(repoRoot, '..', 'shared', 'samples');

/** A demo project file made by the CLI (the same engine), for opening from outside. */
async function demoFile(dir: string): Promise<string> {
  const out = join(dir, 'Demoschool.werkbank');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'electron', 'cli.ts'), 'demo', '--out', out], { stdio: 'ignore' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`cli demo exited ${code}`))));
  });
  return out;
}

test.describe('the Electron app', () => {
  let dir: string;
  test.beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'werkbank-electron-'));
  });
  test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('the whole mission: demo, import, name match, learning gain, story, presenter window, PowerPoint', async () => {
    const executablePath = requireElectron();
    const app = await launchApp(executablePath, join(dir, 'data'), ['--demo']);
    try {
      const window = await app.firstWindow();
      await expect(window.getByTestId('project-name')).toHaveText('Demoschool', { timeout: 60_000 });

      // Import through the native dialog, answered at the boundary.
      await stubDialogs(app, { open: [join(samples, 'lvs-toetsen.xlsx')] });
      await window.getByTestId('import-button').click();
      await expect(window.getByTestId('import-file-name')).toHaveText('lvs-toetsen.xlsx');
      await window.getByTestId('import-confirm').click();
      await expect(window.getByTestId('source-item')).toHaveCount(4);

      // The demo's name match: its review opens on the pairs.
      const match = window.locator('[data-testid="step-item"][data-kind="matchNames"]');
      await match.getByTestId('step-details').click();
      await match.getByTestId('match-review-open').click();
      await expect(window.getByTestId('match-review-dialog')).toBeVisible();
      await window.keyboard.press('Escape');

      // Learning gain: the demo opens on it; its figures per class are there.
      await expect(window.getByTestId('tab-gain')).toHaveAttribute('aria-selected', 'true');
      expect(await window.getByTestId('gain-figures-row').count()).toBeGreaterThan(1);

      // The story, presented; the presenter view opens as a second window.
      await window.getByTestId('tb-stories').click();
      await window.getByTestId('story-item').first().click();
      await window.getByTestId('story-present').click();
      await window.getByTestId('present-start').click();
      await expect(window.getByTestId('present-count')).toContainText('1 /');
      const presenter = app.waitForEvent('window');
      await window.keyboard.press('p');
      const second = await presenter;
      await expect(second.getByTestId('presenter-view')).toBeVisible();
      await window.keyboard.press('ArrowRight');
      await expect(second.getByTestId('presenter-count')).toContainText('Dia 2');
      await window.keyboard.press('Escape');
      await expect(window.getByTestId('presentation')).toHaveCount(0);

      // PowerPoint, saved where the (stubbed) save dialog says.
      const target = join(dir, 'verhaal.pptx');
      await stubDialogs(app, { save: target });
      await window.getByTestId('story-export-pptx').click();
      await window.getByTestId('story-export-start').click();
      await expect(window.getByTestId('story-export-done')).toBeVisible({ timeout: 60_000 });
      expect(statSync(target).size).toBeGreaterThan(1000);
      expect(readFileSync(target).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    } finally {
      await app.close();
    }
  });

  test('a .werkbank file given on the command line opens; a second start hands its file to the first window', async () => {
    const executablePath = requireElectron();
    const file = await demoFile(dir);
    const app = await launchApp(executablePath, join(dir, 'data'), [file]);
    try {
      const window = await app.firstWindow();
      await expect(window.getByTestId('project-name')).toHaveText('Demoschool', { timeout: 60_000 });
      await window.getByTestId('tb-new').click();
      await expect(window.getByTestId('project-name')).not.toHaveText('Demoschool');

      // A second instance with the same user data: it hands the file over and ends.
      const second = await launchApp(executablePath, join(dir, 'data'), [file]).catch(() => null);
      await second?.close().catch(() => undefined);
      await expect(window.getByTestId('project-name')).toHaveText('Demoschool', { timeout: 30_000 });
    } finally {
      await app.close();
    }
  });

  test('the window’s security settings, read back from the running app', async () => {
    const executablePath = requireElectron();
    const app = await launchApp(executablePath, join(dir, 'data'), ['--demo']);
    try {
      await app.firstWindow();
      const settings = await app.evaluate(({ BrowserWindow, session }) => {
        const [win] = BrowserWindow.getAllWindows();
        const contents = win!.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null };
        const p = contents.getLastWebPreferences()!;
        return {
          contextIsolation: p.contextIsolation,
          sandbox: p.sandbox,
          nodeIntegration: p.nodeIntegration,
          webSecurity: p.webSecurity,
          webviewTag: p.webviewTag,
          spellcheck: p.spellcheck,
          permissionHandler: typeof (session.defaultSession as unknown as { setPermissionRequestHandler: unknown }).setPermissionRequestHandler,
        };
      });
      expect(settings).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, spellcheck: false });
      // A request to anywhere but the app's own files is refused by the session.
      const window = await app.firstWindow();
      const outcome = await window.evaluate(() => fetch('https://example.org/').then(() => 'reached', () => 'refused'));
      expect(outcome).toBe('refused');
    } finally {
      await app.close();
    }
  });
});
