import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
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
