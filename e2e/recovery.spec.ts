import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shooter } from './helpers';
import { collectPageErrors, expect, startBuiltHost, test } from './host';

const shot = shooter('/tmp/shots-recovery');

test('work autosaved before a kill -9 is offered at the next start and recovered; wiping leaves no journal behind', async ({ page }, testInfo) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'werkbank-e2e-data-'));
  const slots = () => readdirSync(join(dataDir, 'journal')).filter((n) => /^[0-9a-f]{16}$/.test(n));
  try {
    const errors = collectPageErrors(page);
    await page.setViewportSize({ width: 1366, height: 768 });

    // A first run: the demo, one change, autosaved (the status says when).
    const first = await startBuiltHost([], { dataDir });
    await page.goto(first.url);
    await page.getByTestId('welcome-demo').click();
    const entries = page.getByTestId('view-entry');
    await expect(entries).toHaveCount(4);
    await entries.nth(0).getByTestId('view-duplicate').click();
    await expect(entries).toHaveCount(5);
    await expect(page.getByTestId('project-status')).toHaveAttribute('data-state', 'dirty');
    await expect(page.getByTestId('autosave-status')).toContainText(/Automatisch bewaard om \d{2}:\d{2}/, { timeout: 15_000 });
    await shot(page, testInfo, 'autosaved.png');

    // The run is killed: nothing is cleaned up, nothing saved.
    await first.kill();
    expect(slots()).toHaveLength(1);

    // The next start offers the work, and recovers it as unsaved work.
    const second = await startBuiltHost([], { dataDir });
    try {
      await page.goto(second.url);
      const dialog = page.getByTestId('recovery-dialog');
      await expect(dialog).toBeVisible();
      await expect(page.getByTestId('recovery-slot')).toHaveCount(1);
      await expect(page.getByTestId('recovery-slot')).toContainText(/Bewaard op \d{2}\/\d{2}\/\d{4}/);
      await expect(page.getByTestId('recovery-open')).toBeFocused();
      await shot(page, testInfo, 'recovery-dialog.png');
      await page.getByTestId('recovery-open').click();
      await expect(dialog).toHaveCount(0);
      await expect(entries).toHaveCount(5);
      await expect(page.getByTestId('project-status')).toHaveAttribute('data-state', 'dirty');
      await expect(page.getByTestId('status-notice')).toContainText('Hersteld werk');
      // The recovered slot is this run's now: one slot, none offered again.
      expect(slots()).toHaveLength(1);

      // Wiping: the dialog says what goes; after it an empty project and a fresh, empty slot.
      await page.getByTestId('tb-wipe').click();
      await expect(page.getByTestId('wipe-dialog')).toBeVisible();
      await expect(page.getByTestId('wipe-list')).toContainText('automatisch bewaarde werk');
      await shot(page, testInfo, 'wipe-dialog.png');
      const before = slots();
      await page.getByTestId('wipe-confirm').click();
      await expect(page.getByTestId('wipe-dialog')).toHaveCount(0);
      await expect(entries).toHaveCount(0);
      await expect(page.getByTestId('status-notice')).toContainText('gewist');
      const after = slots();
      expect(after).toHaveLength(1);
      expect(after[0]).not.toBe(before[0]);
      expect(readdirSync(join(dataDir, 'journal', after[0]!))).toEqual(['meta.json']);
    } finally {
      await second.stop();
    }
    // A clean stop leaves no slot.
    expect(slots()).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
