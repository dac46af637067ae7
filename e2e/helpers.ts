import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, samplesDir } from './host';

/** A screenshot function for one spec: the window into the test's output folder, copied to `dir` for review. */
export function shooter(dir: string): (page: Page, testInfo: TestInfo, name: string) => Promise<void> {
  return async (page, testInfo, name) => {
    const path = testInfo.outputPath(name);
    await page.screenshot({ path });
    mkdirSync(dir, { recursive: true });
    copyFileSync(path, join(dir, name));
  };
}

/** Imports sample files through the import button, confirming the import dialog for each in turn. */
export async function importSamples(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  await (await chooser).setFiles(files.map((f) => join(samplesDir, f)));
  for (const file of files) {
    await expect(page.getByTestId('import-file-name')).toHaveText(file);
    await page.getByTestId('import-confirm').click();
  }
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
}

/**
 * Imports one small file through the import button and confirms it once the dialog counts `rows`
 * rows; the source's item in the list (found by `name`) shows them.
 */
export async function importFile(page: Page, path: string, rows: number, name: string): Promise<Locator> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  await (await chooser).setFiles([path]);
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog.getByTestId('import-summary')).toHaveAttribute('data-rows', String(rows));
  await dialog.getByTestId('import-confirm').click();
  const source = page.getByTestId('source-item').filter({ hasText: name });
  await expect(source.getByTestId('source-rows')).toContainText(String(rows));
  return source;
}

/** Chooses a new version of a source's file through *Vernieuwen*: the refresh dialog. */
export async function refreshWith(page: Page, source: Locator, path: string): Promise<Locator> {
  const chooser = page.waitForEvent('filechooser');
  await source.getByTestId('source-refresh').click();
  await (await chooser).setFiles(path);
  return page.getByTestId('refresh-dialog');
}
