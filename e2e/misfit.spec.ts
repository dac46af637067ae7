import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { collectPageErrors, expect, test } from './host';

const LAPTOP = { width: 1366, height: 768 };

async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  await (await chooser).setFiles(paths);
}

const step = (page: Page, kind: string) => page.getByTestId('recipe-step').and(page.locator(`[data-kind="${kind}"]`));

test('a refreshed file without a column a step uses: the preview names the step, the step says why, mending it runs the rest', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  const v1 = testInfo.outputPath('toets.csv');
  writeFileSync(v1, 'Stamboeknr;Naam;Klas;Score\n1001;An;2A;31\n1002;Bram;2A;18\n1003;Cas;2B;25\n1004;Dina;2B;12\n');
  await chooseFiles(page, [v1]);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('row-count')).toContainText('4');

  // Two steps: sort by score (the column the next file lacks), then leave the score out.
  await page.getByTestId('step-add-open').click();
  await page.getByTestId('step-add-sort').click();
  const sort = page.getByTestId('sort-dialog');
  await sort.getByTestId('sort-column').selectOption('Score');
  await sort.getByTestId('sort-direction').selectOption('desc');
  await sort.getByTestId('sort-apply').click();
  await expect(step(page, 'sort')).toHaveCount(1);
  await page.getByTestId('step-add-open').click();
  await page.getByTestId('step-add-select').click();
  const select = page.getByTestId('select-dialog');
  await expect(select).toBeVisible();
  await select.locator('[data-testid="select-row"][data-column="Score"]').getByTestId('select-keep').uncheck();
  await select.getByTestId('select-apply').click();
  await expect(step(page, 'select')).toHaveCount(1);

  // The next export calls the score "Punten".
  const v2 = testInfo.outputPath('toets-nieuw.csv');
  writeFileSync(v2, 'Stamboeknr;Naam;Klas;Punten\n1001;An;2A;33\n1002;Bram;2A;20\n1003;Cas;2B;24\n1004;Dina;2B;15\n1005;Emma;2C;29\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('source-item').getByTestId('source-refresh').click();
  await (await chooser).setFiles(v2);
  const refresh = page.getByTestId('refresh-dialog');
  const misfit = refresh.getByTestId('refresh-misfit');
  await expect(misfit).toHaveCount(1);
  await expect(misfit).toHaveAttribute('data-step', '1');
  await expect(misfit).toContainText('Score');
  await expect(refresh.getByTestId('refresh-confirm')).toHaveText('Toch vervangen');
  await page.screenshot({ path: testInfo.outputPath('refresh-misfits-1366x768.png') });
  await refresh.getByTestId('refresh-confirm').click();
  await expect(refresh).toHaveCount(0);

  // The sort step no longer fits: it says why, the select after it did not run, the table is the base.
  await expect(step(page, 'sort')).toHaveAttribute('data-stopped', 'true');
  await expect(step(page, 'sort').getByTestId('step-stopped')).toContainText('Score');
  await expect(step(page, 'select')).toHaveAttribute('data-not-run', 'true');
  await expect(page.getByTestId('stopped-bar')).toHaveAttribute('data-index', '0');
  await expect(page.getByTestId('row-count')).toContainText('5');
  await expect(page.locator('[data-testid="result-grid"] .ag-header-cell[col-id="Punten"]')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('step-stopped-1366x768.png') });

  // Mend it: sort by the new column. The select step runs again.
  await step(page, 'sort').getByTestId('step-edit').click();
  await sort.getByTestId('sort-column').selectOption('Punten');
  await sort.getByTestId('sort-apply').click();
  await expect(page.getByTestId('stopped-bar')).toHaveCount(0);
  await expect(step(page, 'sort')).not.toHaveAttribute('data-stopped', 'true');
  await expect(step(page, 'select')).not.toHaveAttribute('data-not-run', 'true');
  await expect(step(page, 'select').getByTestId('step-rows')).toHaveAttribute('data-value', '5');

  // Undo brings the stopped state back as it was, without an error.
  await page.keyboard.press('Control+z');
  await expect(step(page, 'sort')).toHaveAttribute('data-stopped', 'true');
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});
