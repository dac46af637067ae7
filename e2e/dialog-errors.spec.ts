import { shooter } from './helpers';
import { collectPageErrors, expect, test } from './host';
import { http } from '../shared/api/http';

const shot = shooter('/tmp/shots-dialog-errors');

/**
 * An error while a dialog is open shows in that dialog, where the user is looking (the page
 * behind a modal dialog is covered and inert); the dialog keeps what was typed. Closed without
 * dismissing it, the error goes to the page's banner; a retry that works closes the dialog.
 */
test('an error while a dialog is open shows in the dialog, which keeps its input; closed, it moves to the page', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  const entry = page.getByTestId('view-entry').filter({ hasText: 'hoogste gemiddelde voor wiskunde' });
  await expect(entry).toHaveCount(1);

  // The connection to the engine is lost while the view is saved.
  await page.route(`**${http.call('view.save')}`, (route) => route.abort());
  await entry.getByTestId('view-edit').click();
  const dialog = page.getByTestId('view-dialog');
  await expect(dialog).toBeVisible();
  const title = 'Klas met het hoogste gemiddelde in juni';
  await page.getByTestId('view-title').fill(title);
  await page.getByTestId('view-confirm').click();

  const banner = dialog.getByTestId('error-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('data-code', 'errors.network');
  await expect(banner).toContainText('De werkbank antwoordt niet');
  await expect(dialog.getByTestId('dialog-error-region')).toHaveAttribute('role', 'alert');
  // Once, in the dialog: the page's region behind it stays empty.
  await expect(page.getByTestId('error-banner')).toHaveCount(1);
  await expect(page.getByTestId('error-region')).toBeEmpty();
  await expect(page.getByTestId('view-title')).toHaveValue(title);
  await shot(page, testInfo, 'dialog-error-1366x768.png');

  // Dismissed in the dialog; tried again, the error comes back; closed, it moves to the page.
  await banner.getByTestId('error-dismiss').click();
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  await page.getByTestId('view-confirm').click();
  await expect(banner).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('error-region').getByTestId('error-banner')).toHaveAttribute('data-code', 'errors.network');
  await page.getByTestId('error-dismiss').click();
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  await expect(entry.getByTestId('view-item')).not.toContainText(title);

  // The connection back: the same edit saves and the dialog closes.
  await page.unroute(`**${http.call('view.save')}`);
  await entry.getByTestId('view-edit').click();
  await page.getByTestId('view-title').fill(title);
  await page.getByTestId('view-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('view-entry').filter({ hasText: title })).toHaveCount(1);
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  // The aborted requests are the only failures the page logged.
  expect(errors.filter((e) => !e.includes('net::ERR_FAILED'))).toEqual([]);
});
