import { collectPageErrors, expect, test } from './host';

/**
 * "Weergave bewaren…" by keyboard: Ctrl+D opens the view dialog with the focus in its title, Enter
 * saves (the menu item sends the same command in the desktop app). With nothing to save the
 * toolbar says so.
 */
test('Ctrl+D saves what the screen shows as a view in a few presses; with nothing to save it says so', async ({ page, host }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  const entries = page.getByTestId('view-entry');
  await expect(entries.first()).toBeVisible();
  const before = await entries.count();
  await expect(page.getByTestId('view-save')).toHaveAttribute('aria-keyshortcuts', 'Control+D');

  let presses = 0;
  const press = async (key: string) => {
    presses++;
    await page.keyboard.press(key);
  };
  await press('Control+d');
  const dialog = page.getByTestId('view-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('view-title')).toBeFocused();
  await page.keyboard.insertText('Klas 1C boven de rest');
  presses++;
  // Enter saves once the preview has its figures (the save button is off while the engine works).
  await expect(page.getByTestId('view-confirm')).toBeEnabled();
  await press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(entries).toHaveCount(before + 1);
  await expect(entries.filter({ hasText: 'Klas 1C boven de rest' })).toHaveCount(1);
  expect(presses).toBe(3);

  // A dialog already open keeps the keyboard: no second dialog over it.
  await page.getByTestId('view-save').click();
  await expect(dialog).toBeVisible();
  await press('Control+d');
  await expect(dialog).toHaveCount(1);
  await press('Escape');
  await expect(dialog).toHaveCount(0);

  // A new project has no chart: nothing opens, the toolbar says why.
  await page.getByTestId('tb-new').click();
  // The view just saved is unsaved work: it may go.
  await page.getByTestId('discard-discard').click();
  await expect(page.getByTestId('view-entry')).toHaveCount(0);
  await press('Control+d');
  await expect(page.getByTestId('status-notice')).toContainText('nog geen grafiek of analyse');
  await expect(dialog).toHaveCount(0);
  expect(errors).toEqual([]);
});
