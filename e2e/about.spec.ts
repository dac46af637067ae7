import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shooter } from './helpers';
import { collectPageErrors, expect, repoRoot, test } from './host';

const shot = shooter('/tmp/shots-about');

test('Over shows the version and the licences of the packages the workbench ships', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await page.getByTestId('tb-about').click();
  const dialog = page.getByTestId('about-dialog');
  const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
  await expect(dialog).toContainText(`Versie ${version}`);
  await page.getByTestId('about-licences').locator('summary').click();
  const rows = page.getByTestId('about-licences').locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(100);
  for (const [name, licence] of [['react', 'MIT'], ['@duckdb/node-api', 'MIT'], ['ag-grid-community', 'MIT']] as const) {
    await expect(rows.filter({ has: page.locator('td', { hasText: new RegExp(`^${name.replace('/', '\\/')}$`) }) }).first()).toContainText(licence);
  }
  await shot(page, testInfo, 'about.png');
  expect(errors).toEqual([]);
});
