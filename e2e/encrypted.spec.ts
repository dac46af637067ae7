import { collectPageErrors, expect, test } from './host';

test('an encrypted project: save with a passphrase, reopen asks for it, a wrong one is refused, the right one opens', async ({
  page,
  host,
}, testInfo) => {
  const errors = collectPageErrors(page);
  const passphrase = 'correct horse battery';

  // 1. Open the demo; it is not encrypted.
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('view-item')).toHaveCount(4);
  await expect(page.getByTestId('project-encrypted')).toHaveCount(0);

  // 2. Save encrypted: the dialog warns, refuses a short or unequal passphrase, Esc cancels.
  await page.getByTestId('tb-save-encrypted').click();
  const saveDialog = page.getByTestId('passphrase-save-dialog');
  await expect(saveDialog).toBeVisible();
  await expect(page.getByTestId('passphrase-warning')).toBeVisible();
  await expect(page.getByTestId('passphrase-new')).toBeFocused();
  await page.getByTestId('passphrase-new').fill('kort');
  await page.getByTestId('passphrase-repeat').fill('kort');
  await page.getByTestId('passphrase-repeat').press('Enter');
  await expect(page.getByTestId('passphrase-problem')).toBeVisible();
  await page.getByTestId('passphrase-new').fill(passphrase);
  await page.getByTestId('passphrase-repeat').fill(`${passphrase}!`);
  await page.getByTestId('passphrase-repeat').press('Enter');
  await expect(page.getByTestId('passphrase-problem')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(saveDialog).toHaveCount(0);

  await page.getByTestId('tb-save-encrypted').click();
  await page.getByTestId('passphrase-new').fill(passphrase);
  await page.getByTestId('passphrase-repeat').fill(passphrase);
  const download = page.waitForEvent('download');
  await page.getByTestId('passphrase-repeat').press('Enter');
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(/\.werkbank$/);
  const projectPath = testInfo.outputPath(saved.suggestedFilename());
  await saved.saveAs(projectPath);
  await expect(saveDialog).toHaveCount(0);
  await expect(page.getByTestId('project-encrypted')).toBeVisible();

  // 3. A new project and a fresh page; opening the file asks for the passphrase. Cancel opens nothing.
  await page.getByTestId('tb-new').click();
  await expect(page.getByTestId('source-item')).toHaveCount(0);
  await page.reload();
  let chooser = page.waitForEvent('filechooser');
  await page.getByTestId('welcome-open').click();
  await (await chooser).setFiles(projectPath);
  const dialog = page.getByTestId('passphrase-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('passphrase-input')).toBeFocused();
  await page.getByTestId('passphrase-cancel').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('welcome-open')).toBeVisible();
  await expect(page.getByTestId('error-banner')).toHaveCount(0);

  // 4. Again: a wrong passphrase shows the message in the dialog; the right one opens the demo.
  chooser = page.waitForEvent('filechooser');
  await page.getByTestId('welcome-open').click();
  await (await chooser).setFiles(projectPath);
  await expect(dialog).toBeVisible();
  await page.getByTestId('passphrase-input').fill('niet het wachtwoord');
  await page.getByTestId('passphrase-input').press('Enter');
  await expect(page.getByTestId('passphrase-error')).toContainText('wachtwoord klopt niet');
  await expect(dialog).toBeVisible();
  await page.getByTestId('passphrase-input').fill(passphrase);
  await page.getByTestId('passphrase-input').press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('source-item')).toHaveCount(3);
  await expect(page.getByTestId('view-item')).toHaveCount(4);
  await expect(page.getByTestId('project-encrypted')).toBeVisible();

  expect(errors).toEqual([]);
});
