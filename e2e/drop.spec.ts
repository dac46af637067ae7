import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { collectPageErrors, expect, samplesDir, test } from './host';

/** Drops `name` (a sample file) on the element, as a file dragged from the file manager. */
async function dropFile(page: Page, selector: string, name: string): Promise<void> {
  const bytes = [...readFileSync(join(samplesDir, name))];
  await page.evaluate(
    ({ selector, name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name));
      const target = document.querySelector(selector)!;
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { selector, name, bytes },
  );
}

test('a file dropped anywhere on the window opens the import dialog, once', async ({ page, host }) => {
  const errors = collectPageErrors(page);
  await page.goto(host.url);
  // On the welcome screen, before any project.
  await dropFile(page, 'body', 'toets-wiskunde-sept.csv');
  await expect(page.getByTestId('import-file-name')).toHaveText('toets-wiskunde-sept.csv');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('source-item')).toHaveCount(1);

  // On the table, and on the sources panel (which takes it itself): one dialog each.
  await dropFile(page, '.workbench-main', 'lesobservaties.csv');
  await expect(page.getByTestId('import-file-name')).toHaveText('lesobservaties.csv');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('source-item')).toHaveCount(2);
  await dropFile(page, '[data-testid="sources-panel"]', 'schoolfeedback-dashboard.csv');
  await expect(page.getByTestId('import-file-name')).toHaveText('schoolfeedback-dashboard.csv');
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
  await expect(page.getByTestId('source-item')).toHaveCount(3);
  expect(errors).toEqual([]);
});
