import { writeFileSync } from 'node:fs';
import { importFile, refreshWith, shooter } from './helpers';
import { collectPageErrors, expect, test } from './host';

const shot = shooter('/tmp/shots-refresh-spelling');

/**
 * Next year's export spells the headers otherwise (`stamboeknr`, `KLAS`): the refresh reads those
 * columns under the source's names, says so in the preview, and the table keeps its columns.
 */
test('a refresh whose file spells headers otherwise keeps the columns and says which were read under their former names', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await expect(page.getByTestId('workbench')).toBeVisible();

  const v1 = testInfo.outputPath('klaslijst.csv');
  writeFileSync(v1, 'Stamboeknr;Naam;Klas\n1001;An;2A\n1002;Bram;2A\n1003;Cas;2B\n');
  const v2 = testInfo.outputPath('klaslijst-2027.csv');
  writeFileSync(v2, 'stamboeknr;Naam;KLAS\n1001;An;2A\n1002;Bram;2A\n1003;Cas;2B\n1004;Dina;2B\n');
  const source = await importFile(page, v1, 3, 'klaslijst');
  const refresh = await refreshWith(page, source, v2);
  await expect(refresh.getByTestId('refresh-diff')).toHaveAttribute('data-rows-added', '1');
  await expect(refresh.getByTestId('refresh-columns-renamed')).toContainText('stamboeknr → Stamboeknr, KLAS → Klas');
  await expect(refresh.getByTestId('refresh-columns-missing')).toHaveCount(0);
  await expect(refresh.getByTestId('refresh-columns-added')).toHaveCount(0);
  await shot(page, testInfo, 'refresh-renamed-1366x768.png');
  await refresh.getByTestId('refresh-confirm').click();
  await expect(refresh).toHaveCount(0);
  await expect(source.getByTestId('source-rows')).toContainText('4');
  for (const column of ['Stamboeknr', 'Naam', 'Klas']) {
    await expect(page.locator(`[data-testid="result-grid"] .ag-header-cell[col-id="${column}"]`)).toBeVisible();
  }
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});
