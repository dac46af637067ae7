import { shooter } from './helpers';
import { collectPageErrors, expect, test } from './host';

const shot = shooter('/tmp/shots-remove-source');

test('removing a source views are derived from names what goes; cancelled nothing changes, confirmed it all goes', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  const sources = page.getByTestId('source-item');
  const views = page.getByTestId('view-entry');
  await expect(sources).toHaveCount(3);
  const viewsBefore = await views.count();
  await page.getByTestId('tb-stories').click();
  await page.getByTestId('story-item').first().click();
  await expect(page.getByTestId('story-editor')).toBeVisible();
  await expect(page.getByTestId('story-slide').first()).toBeVisible();
  const slidesBefore = await page.getByTestId('story-slide').count();
  await page.getByTestId('tb-stories').click();

  const june = sources.filter({ hasText: 'juni' });
  await june.getByTestId('source-remove').click();
  const dialog = page.getByTestId('source-remove-dialog');
  await expect(dialog).toBeVisible();
  const list = page.getByTestId('source-remove-list');
  await expect(list).toContainText('de huidige stappen');
  await expect(list).toContainText(/bewaarde weergave/);
  await expect(list).toContainText(/dia/);
  await expect(page.getByTestId('source-remove-cancel')).toBeFocused();
  await shot(page, testInfo, 'remove-source-dialog.png');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(sources).toHaveCount(3);
  await expect(views).toHaveCount(viewsBefore);

  await june.getByTestId('source-remove').click();
  await page.getByTestId('source-remove-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(sources).toHaveCount(2);
  expect(await views.count()).toBeLessThan(viewsBefore);
  await expect(page.getByTestId('status-notice')).toContainText('juni');
  await page.getByTestId('tb-stories').click();
  await page.getByTestId('story-item').first().click();
  await expect(page.getByTestId('story-editor')).toBeVisible();
  await expect.poll(() => page.getByTestId('story-slide').count()).toBeLessThan(slidesBefore);
  await expect(page.getByTestId('story-editor')).not.toContainText('niet meer gevonden');
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});
