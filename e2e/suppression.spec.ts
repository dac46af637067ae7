import type { Page } from '@playwright/test';
import { http, TOKEN_HEADER } from '../shared/api/http';
import { shooter } from './helpers';
import { collectPageErrors, expect, test } from './host';

/**
 * Issue 12 in the interface: the project's k is set where presenting asks its privacy choice (and
 * holds for every export after), a presentation with names turned on is recorded in the export
 * log, and the table export of a row per pupil names what leaves (rows and columns) before it may
 * start. Shots of the two dialogs at a laptop's size.
 */

const shoot = shooter('/tmp/shots-suppression');

async function call<T>(page: Page, token: string, channel: string, body: unknown): Promise<T> {
  const envelope = await page.evaluate(
    async ({ path, header, token, body }) => (await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', [header]: token }, body: JSON.stringify(body) })).json(),
    { path: http.call(channel), header: TOKEN_HEADER, token, body },
  );
  return (envelope as { value: T }).value;
}

test('the project k in the present dialog, a reveal recorded, and the pupil-level export naming what leaves', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('project-name')).toBeVisible();

  // The table export: a row per pupil; the warning names the rows and every column.
  const rowCount = Number((await page.getByTestId('row-count').innerText()).replace(/\D/g, ''));
  await page.getByTestId('export-open').click();
  const what = page.getByTestId('export-pupil-what');
  await expect(what).toContainText(`${rowCount} rijen (één per leerling)`);
  // By default the identifying columns leave as a pupil code; unticked, the file would name them.
  await expect(what).toContainText('Leerlingcode');
  await expect(what).not.toContainText('Stamboeknummer');
  await page.getByTestId('export-codes').uncheck();
  await expect(what).toContainText('Stamboeknummer');
  await expect(page.getByTestId('export-grouped')).toHaveCount(0);
  await expect(page.getByTestId('export-start')).toBeDisabled();
  await shoot(page, testInfo, 'export-pupil-level-1366x768.png');
  await page.getByTestId('export-cancel').click();

  // The present dialog: k is the project's (5), and changing it is saved in the project.
  await page.getByTestId('tb-stories').click();
  await page.getByTestId('story-item').first().click();
  await page.getByTestId('story-present').click();
  const k = page.getByTestId('present-privacy-k');
  await expect(k).toHaveValue('5');
  await expect(page.getByTestId('present-privacy-suppress')).toBeChecked();
  await k.fill('7');
  await expect(page.getByTestId('present-privacy')).toContainText('minder dan 7 leerlingen');
  await expect.poll(async () => (await call<{ k: number }>(page, host.token, 'privacy.settings', {})).k).toBe(7);
  await shoot(page, testInfo, 'present-dialog-k-1366x768.png');

  // Names on for this presentation: the export log records the presenter's choice.
  await page.getByTestId('present-privacy-pseudonymise').uncheck();
  await page.getByTestId('present-start').click();
  await expect(page.getByTestId('presentation')).toBeVisible();
  await expect
    .poll(async () => (await call<{ exports: { format: string; privacy: { pseudonymise: boolean; suppressBelow: number | null } }[] }>(page, host.token, 'project.get', {})).exports.at(-1))
    .toMatchObject({ format: 'present', privacy: { pseudonymise: false, suppressBelow: 7 } });
  await page.keyboard.press('Escape');
  expect(errors).toEqual([]);
});
