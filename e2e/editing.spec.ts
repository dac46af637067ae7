import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { collectPageErrors, expect, samplesDir, test } from './host';
import { importSamples } from './helpers';

const expected = JSON.parse(readFileSync(join(samplesDir, 'expected.json'), 'utf8'));

/** The size of a school laptop's screen, for the screenshots. */
const LAPTOP = { width: 1366, height: 768 };

const source = (page: Page, name: string) => page.getByTestId('source-item').filter({ hasText: name });
const rowCount = (page: Page) => page.getByTestId('row-count');

/** The element that has the focus: its test id, and whether it sits inside the result grid. */
function focused(page: Page): Promise<{ testId: string | null; inGrid: boolean; colId: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return {
      testId: el?.getAttribute('data-testid') ?? null,
      inGrid: Boolean(el?.closest('[data-testid="result-grid"]')),
      colId: el?.getAttribute('col-id') ?? null,
    };
  });
}

test('Ctrl+Z never shows an error: after removing a source, and after Nieuw', async ({ page, host }) => {
  const errors = collectPageErrors(page);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await importSamples(page, ['lvs-leerlingen.xlsx', 'toets-wiskunde-sept.csv']);
  const lvsRows = String(expected.lvs.data_rows_including_duplicate);
  await expect(rowCount(page)).toContainText(lvsRows);

  // Three recipe states: the September test as the table, then the student list again.
  await source(page, 'toets-wiskunde-sept').getByTestId('source-use').click();
  await expect(rowCount(page)).toContainText(String(expected.sept.rows));
  await source(page, 'lvs-leerlingen').getByTestId('source-use').click();
  await expect(rowCount(page)).toContainText(lvsRows);

  // Remove the September test: the history forgets the state that used it.
  await source(page, 'toets-wiskunde-sept').getByTestId('source-remove').click();
  await expect(page.getByTestId('source-item')).toHaveCount(1);
  await expect(page.getByTestId('status-notice')).toContainText('toets-wiskunde-sept');

  // Undo goes back past it, to before the first table; redo comes back to the student list.
  await page.keyboard.press('Control+z');
  await expect(page.locator('.result-section .placeholder')).toBeVisible();
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  await page.keyboard.press('Control+y');
  await expect(rowCount(page)).toContainText(lvsRows);
  await expect(page.getByTestId('tb-redo')).toBeDisabled();
  await expect(page.getByTestId('tb-undo')).toBeEnabled();

  // Nieuw (not saving): a new project with a history of its own; Ctrl+Z has nothing to undo.
  await page.getByTestId('tb-new').click();
  await page.getByTestId('discard-discard').click();
  await expect(page.getByTestId('source-item')).toHaveCount(0);
  await expect(page.getByTestId('tb-undo')).toBeDisabled();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(page.getByTestId('project-name')).toHaveText('Project');
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('Nieuw asks before discarding unsaved changes: Annuleren keeps, Niet opslaan replaces, Opslaan saves first', async ({
  page,
  host,
}, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('project-name')).toHaveText('Demoschool');

  // Saved (the demo as it opens): Nieuw asks nothing. Reopen the demo to go on.
  await page.getByTestId('tb-new').click();
  await expect(page.getByTestId('project-name')).toHaveText('Project');
  await page.reload();
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('project-name')).toHaveText('Demoschool');

  // A change: the September test as the table.
  await source(page, 'Toets wiskunde september').getByTestId('source-use').click();
  await expect(page.getByTestId('project-status')).toHaveAttribute('data-state', 'dirty');

  // Annuleren keeps the project as it is.
  const dialog = page.getByTestId('discard-dialog');
  await page.getByTestId('tb-new').click();
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('discard-question')).toContainText('Demoschool');
  await expect(page.getByTestId('discard-save')).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('discard-dialog-1366x768.png') });
  await page.getByTestId('discard-cancel').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('project-name')).toHaveText('Demoschool');
  await expect(page.getByTestId('source-item')).toHaveCount(3);

  // By keyboard: Escape is Annuleren too.
  await page.getByTestId('tb-new').click();
  await expect(page.getByTestId('discard-save')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('project-name')).toHaveText('Demoschool');

  // Opslaan saves first (a download in the browser), then the new project comes.
  await page.getByTestId('tb-new').click();
  const download = page.waitForEvent('download');
  await page.getByTestId('discard-save').click();
  expect((await download).suggestedFilename()).toBe('Demoschool.werkbank');
  await expect(page.getByTestId('project-name')).toHaveText('Project');
  await expect(page.getByTestId('source-item')).toHaveCount(0);

  // Niet opslaan, chosen with the keyboard (Shift+Tab from Opslaan, Enter), replaces the project.
  await importSamples(page, ['toets-wiskunde-sept.csv']);
  await expect(page.getByTestId('project-status')).toHaveAttribute('data-state', 'dirty');
  await page.getByTestId('tb-new').click();
  await expect(page.getByTestId('discard-save')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByTestId('discard-discard')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('source-item')).toHaveCount(0);
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the column headers show each column’s distribution and empty cells; Tab leaves the grid', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await importSamples(page, ['toets-wiskunde-sept.csv']);
  await expect(rowCount(page)).toContainText(String(expected.sept.rows));

  // The September test marks absent pupils "afw": no score, no percentage.
  const header = (column: string) => page.locator(`[data-testid="result-grid"] .ag-header-cell[col-id="${column}"]`);
  const absent = expected.sept.absent as number;
  for (const column of ['Score (/40)', 'Procent']) {
    await expect(header(column)).toHaveAttribute('aria-label', `${column}, ${absent} lege cellen`);
    await expect(header(column).locator('.col-head-missing')).toHaveText(`${absent} leeg`);
    await expect(header(column).locator('.col-spark rect')).not.toHaveCount(0);
  }
  await expect(header('Klas')).toHaveAttribute('aria-label', 'Klas, geen lege cellen');

  // Sorting by a header still works (in the engine), and the header keeps saying its count.
  const scores = readFileSync(join(samplesDir, 'toets-wiskunde-sept.csv'), 'latin1')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(';')[3]?.trim() ?? '')
    .filter((v) => /^\d+(,\d+)?$/.test(v))
    .map((v) => Number(v.replace(',', '.')));
  await header('Score (/40)').click();
  await expect(header('Score (/40)')).toHaveAttribute('aria-sort', 'ascending');
  const lowest = page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell[col-id="Score (/40)"]');
  await expect(lowest).toHaveText(String(Math.min(...scores)).replace('.', ','));
  await expect(header('Score (/40)')).toHaveAttribute('aria-label', `Score (/40), ${absent} lege cellen`);
  await page.getByTestId('result-grid').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('grid-headers-1366x768.png') });
  await page.locator('[data-testid="result-grid"] .ag-header').screenshot({ path: testInfo.outputPath('grid-headers-close.png') });

  // Arrows move between cells; Tab goes on to the chart's tab (Grafiek | Leerwinst), Shift+Tab back to the control before the grid.
  const firstCell = page.locator('[data-testid="result-grid"] .ag-row[row-index="0"] .ag-cell').first();
  await firstCell.click();
  const start = await focused(page);
  expect(start.inGrid).toBe(true);
  await page.keyboard.press('ArrowRight');
  const moved = await focused(page);
  expect(moved.inGrid).toBe(true);
  expect(moved.colId).not.toBe(start.colId);
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ testId: 'tab-chart', inGrid: false });
  await firstCell.click();
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toMatchObject({ testId: 'grid-copy', inGrid: false });
  // And Tab from there comes into the grid and out again in two presses.
  await page.keyboard.press('Tab');
  expect((await focused(page)).inGrid).toBe(true);
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ testId: 'tab-chart', inGrid: false });
  expect(errors).toEqual([]);
});

test('the columns a step adds come into view', async ({ page, host }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  const june = page.locator('[data-testid="result-grid"] .ag-header-cell[col-id="juni_pct"]');
  // The demo's twelve columns; beside the steps panel the June percentage, the last, lies beyond the grid's edge.
  await expect(page.locator('[data-testid="result-grid"] [aria-colcount]').first()).toHaveAttribute('aria-colcount', '12');
  // Without the step that computes it the June percentage is gone; undo brings the step back, and
  // its column into view (at this width it lies beyond the right edge of the grid).
  await page.getByTestId('step-remove').last().click();
  await expect(june).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(june).toHaveCount(1);
  const inView = async () => {
    const [cell, grid] = await Promise.all([june.boundingBox(), page.getByTestId('result-grid').boundingBox()]);
    return Boolean(cell && grid && cell.x >= grid.x && cell.x + cell.width <= grid.x + grid.width);
  };
  await expect.poll(inView).toBe(true);
  expect(errors).toEqual([]);
});
