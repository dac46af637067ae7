import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { collectPageErrors, expect, test } from './host';

/** The result table leaves the workbench: CSV and XLSX downloads, and rows copied for pasting. */
test('export the result as CSV and XLSX after the privacy warning, and copy selected rows', async ({ page, host, context }, testInfo) => {
  const errors = collectPageErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(host.url).origin });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('project-name')).toBeVisible();
  const rowCount = Number((await page.getByTestId('row-count').innerText()).replace(/\D/g, ''));
  expect(rowCount).toBeGreaterThan(0);

  // The demo table has a row per pupil: exporting waits for the warning to be acknowledged.
  await page.getByTestId('export-open').click();
  await expect(page.getByTestId('export-pupil-warning')).toBeVisible();
  await expect(page.getByTestId('export-start')).toBeDisabled();
  await page.getByTestId('export-format-csv-flemish').check();
  // Pupil codes instead of names and numbers, by default; the identifying columns are ticked.
  await expect(page.getByTestId('export-codes')).toBeChecked();
  await expect(page.locator('[data-testid="export-code-column"][data-column="Stamboeknummer"]')).toBeChecked();
  await expect(page.locator('[data-testid="export-code-column"][data-column="Naam"]')).toBeChecked();
  await expect(page.getByTestId('export-pupil-what')).toContainText('Leerlingcode');
  await page.getByTestId('export-understood').check();
  await page.screenshot({ path: testInfo.outputPath('export-dialog.png') });
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-start').click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toBe('Demoschool.csv');
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  const lines = text.slice(1).trimEnd().split('\r\n');
  expect(lines).toHaveLength(rowCount + 1);
  const csvHeader = lines[0]!.split(';');
  expect(csvHeader[0]).toBe('Leerlingcode');
  expect(csvHeader).not.toContain('Stamboeknummer');
  expect(csvHeader).not.toContain('Naam');
  expect(lines.slice(1).every((l) => /^LL-[0-9A-Z]{6,}(;|$)/.test(l))).toBe(true);
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
  await expect(page.getByTestId('status-notice')).toContainText('Demoschool.csv');

  // The same table as an Excel workbook with numbers as numbers, names kept by choice.
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-xlsx').check();
  await page.getByTestId('export-codes').uncheck();
  await expect(page.getByTestId('export-pupil-what')).toContainText('Stamboeknummer');
  await page.getByTestId('export-understood').check();
  const xlsxDownload = page.waitForEvent('download');
  await page.getByTestId('export-start').click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe('Demoschool.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(rowCount + 1);
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const score = header.findIndex((h) => h.startsWith('Score'));
  expect(score).toBeGreaterThanOrEqual(0);
  const scores = Array.from({ length: rowCount }, (_, i) => sheet.getRow(i + 2).getCell(score + 1).value).filter((v) => v !== null);
  expect(scores.length).toBeGreaterThan(0);
  expect(scores.every((v) => typeof v === 'number')).toBe(true);

  // Select two rows (click, Ctrl+click) and copy them: header plus those rows as TSV.
  const firstCells = page.locator('[data-testid="result-grid"] .ag-row .ag-cell[col-id="Stamboeknummer"]');
  await firstCells.nth(0).click();
  await firstCells.nth(2).click({ modifiers: ['Control'] });
  const wanted = [await firstCells.nth(0).innerText(), await firstCells.nth(2).innerText()];
  await page.keyboard.press('Control+c');
  await expect(page.getByTestId('status-notice')).toContainText('2 rijen gekopieerd');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const copiedLines = copied.trimEnd().split('\r\n');
  expect(copiedLines).toHaveLength(3);
  expect(copiedLines[0]!.split('\t')[0]).toBe('Stamboeknummer');
  expect(copiedLines.slice(1).map((l) => l.split('\t')[0])).toEqual(wanted);
  await page.screenshot({ path: testInfo.outputPath('grid-copied.png') });
  expect(errors).toEqual([]);
});
