import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { collectPageErrors, expect, samplesDir, test } from './host';

const expected = JSON.parse(readFileSync(join(samplesDir, 'expected.json'), 'utf8'));

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the whole mission once: demo, import, join, filter, chart, view, PNG export, save, reload, reopen', async ({
  page,
  host,
}, testInfo) => {
  const errors = collectPageErrors(page);

  // 1. Open the demo from the welcome screen.
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('project-name')).toBeVisible();
  await expect(page.getByTestId('source-item')).toHaveCount(3);
  // Its views: learning gain per class (it opens on that one), a bar chart, and the two more its story shows.
  await expect(page.getByTestId('view-item')).toHaveCount(4);
  await expect(page.getByTestId('tab-gain')).toHaveAttribute('aria-selected', 'true');

  // 2. Import the student list and the September test through the UI (file chooser → upload),
  //    confirming the import dialog for each file in turn.
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  await (await chooser).setFiles([join(samplesDir, 'lvs-leerlingen.xlsx'), join(samplesDir, 'toets-wiskunde-sept.csv')]);
  for (const file of ['lvs-leerlingen.xlsx', 'toets-wiskunde-sept.csv']) {
    await expect(page.getByTestId('import-file-name')).toHaveText(file);
    await page.getByTestId('import-confirm').click();
  }
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await expect(page.getByTestId('source-item')).toHaveCount(5);
  const lvs = page.getByTestId('source-item').filter({ hasText: 'lvs-leerlingen' });
  await expect(lvs.getByTestId('source-rows')).toContainText(String(expected.lvs.data_rows_including_duplicate));

  // 3. Make the student list the table and join the September test onto it.
  await lvs.getByTestId('source-use').click();
  await expect(page.getByTestId('row-count')).toContainText(String(expected.lvs.data_rows_including_duplicate));
  await page.getByTestId('join-open').click();
  await page.getByTestId('join-right').selectOption({ label: 'toets-wiskunde-sept' });
  await expect(page.getByTestId('join-left-key')).toHaveValue('Stamboeknummer');
  await expect(page.getByTestId('join-right-key')).toHaveValue('Stamboeknr');
  await page.getByTestId('join-kind').selectOption('left');
  await page.getByTestId('join-preview').click();
  const matched = page.getByTestId('join-matched');
  await expect(matched).toHaveAttribute('data-value', String(expected.join.lvs_x_sept_by_id.students));
  await expect(matched).toContainText(String(expected.join.lvs_x_sept_by_id.students));
  await page.getByTestId('join-apply').click();
  await expect(page.getByTestId('recipe-steps')).toContainText(String(expected.join.lvs_x_sept_by_id.students));

  // 4. Filter one class; every row left in the grid is that class.
  await page.getByTestId('filter-add').click();
  await page.getByTestId('filter-column').selectOption('Klas');
  await page.getByTestId('filter-op').selectOption('eq');
  await page.getByTestId('filter-value').selectOption('2A');
  await page.getByTestId('filter-apply').click();
  await expect(page.getByTestId('filter-chip')).toHaveCount(1);
  const klasCells = page.locator('[data-testid="result-grid"] .ag-cell[col-id="Klas"]');
  await expect(klasCells.first()).toHaveText('2A');
  const shown = await klasCells.allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  expect(new Set(shown)).toEqual(new Set(['2A']));
  const filteredCount = Number((await page.getByTestId('row-count').innerText()).replace(/\D/g, ''));
  expect(filteredCount).toBeGreaterThan(expected.gain_by_class_pct['2A'].n - 1);
  expect(filteredCount).toBeLessThan(expected.lvs.data_rows_including_duplicate);

  // 5. Bar chart of the September score by gender for this class.
  await page.getByTestId('tab-chart').click();
  await page.getByTestId('chart-group').selectOption('Geslacht');
  await page.getByTestId('chart-measure').selectOption('Score (/40)');
  await page.getByTestId('chart-aggregate').selectOption('mean');
  await page.getByTestId('chart-draw').click();
  await expect(page.locator('[data-testid="chart-plot"] .bars .point').first()).toBeVisible();

  // 6. Save the view with a title and a takeaway.
  const title = 'Klas 2A: september-score per geslacht';
  await page.getByTestId('view-save').click();
  await page.getByTestId('view-title').fill(title);
  await page.getByTestId('view-takeaway').fill('Kleine verschillen; n per groep staat op de staaf.');
  await page.getByTestId('view-confirm').click();
  await expect(page.getByTestId('view-item').filter({ hasText: title })).toBeVisible();
  await expect(page.getByTestId('active-view-title')).toHaveText(title);

  // 7. Export the chart as PNG: a real PNG of sensible size.
  const pngDownload = page.waitForEvent('download');
  await page.getByTestId('export-png').click();
  const png = await pngDownload;
  const pngPath = testInfo.outputPath(png.suggestedFilename());
  await png.saveAs(pngPath);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  const size = pngSize(readFileSync(pngPath));
  expect(size.width).toBeGreaterThanOrEqual(800);
  expect(size.height).toBeGreaterThanOrEqual(400);
  expect(statSync(pngPath).size).toBeGreaterThan(10_000);

  // 8. Save the project (a download in the browser shell).
  const projectDownload = page.waitForEvent('download');
  await page.getByTestId('tb-save').click();
  const saved = await projectDownload;
  expect(saved.suggestedFilename()).toMatch(/\.werkbank$/);
  const projectPath = testInfo.outputPath(saved.suggestedFilename());
  await saved.saveAs(projectPath);

  // 9. Start an empty project, reload the page, reopen the saved file: the view is back.
  await page.getByTestId('tb-new').click();
  await expect(page.getByTestId('source-item')).toHaveCount(0);
  await page.reload();
  const reopen = page.waitForEvent('filechooser');
  await page.getByTestId('welcome-open').click();
  await (await reopen).setFiles(projectPath);
  await expect(page.getByTestId('source-item')).toHaveCount(5);
  await expect(page.getByTestId('view-item').filter({ hasText: title })).toBeVisible();
  await page.getByTestId('view-item').filter({ hasText: title }).click();
  await expect(page.getByTestId('filter-chip')).toHaveCount(1);
  await expect(page.getByTestId('row-count')).toContainText(String(filteredCount));
  await expect(page.getByTestId('active-view-title')).toHaveText(title);
  await expect(page.getByTestId('active-view-takeaway')).toContainText('n per groep');
  await expect(page.locator('[data-testid="chart-plot"] .bars .point').first()).toBeVisible();

  expect(errors).toEqual([]);
});
