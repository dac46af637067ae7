import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { collectPageErrors, expect, test } from './host';
import { http, TOKEN_HEADER } from '../shared/api/http';
import { shooter } from './helpers';

/**
 * The safe choice when a plain chart is saved as a picture: on the demo, a chart per pupil (grouped
 * by the June file's pupil-name column) exported as SVG first opens a dialog that says what would
 * leave the machine, both switches on; the SVG then names pupils by the project's stable codes
 * (`LL-…`, the same in a second export) and no real pupil, and
 * says the small group (the pupils without a June name) was left out. Exported again with the names
 * switch off, the real names are in it. The screen keeps the real names throughout. Saved as a view
 * whose title names a pupil, the title follows the pseudonym, and the project's export log records
 * the choice. The dialog shot at a laptop's size for review.
 */

const LAPTOP = { width: 1366, height: 768 };
const SHOTS = '/tmp/shots-privacy';
const shoot = shooter(SHOTS);

interface Logged {
  format: string;
  viewIds: string[];
  fileName: string;
  privacy: { pseudonymise: boolean; suppressBelow: number | null };
  pupilLevelSlides: number;
  suppressedGroups: number;
}

async function saved(download: Promise<Download>): Promise<{ name: string; text: string }> {
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** The engine's exports log, read through the host's API as the page itself calls it. */
async function exportsLog(page: Page, token: string): Promise<Logged[]> {
  const envelope = await page.evaluate(
    async ({ path, header, token }) => (await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', [header]: token }, body: '{}' })).json(),
    { path: http.call('project.get'), header: TOKEN_HEADER, token },
  );
  return (envelope as { value: { exports: Logged[] } }).value.exports;
}

/** The project's codes for names, asked of the engine through the host's API as the page itself would. */
async function codesOf(page: Page, token: string, names: string[]): Promise<string[]> {
  const envelope = await page.evaluate(
    async ({ path, header, token, names }) =>
      (await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', [header]: token }, body: JSON.stringify({ role: 'pupil', names }) })).json(),
    { path: http.call('privacy.pseudonyms'), header: TOKEN_HEADER, token, names },
  );
  return (envelope as { value: { codes: string[] } }).value.codes;
}

/** Text as an SVG writes it (Plotly escapes markup characters). */
function inSvg(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&#39;').replace(/"/g, '&quot;');
}

test('a chart per pupil saved as SVG: pseudonyms and the small group left out by default, real names only when asked', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('active-view-title')).toBeVisible();

  // A chart per pupil: the June score by the June file's pupil name.
  await page.getByTestId('tab-chart').click();
  await page.getByTestId('chart-group').selectOption('Leerling');
  await page.getByTestId('chart-measure').selectOption('Score (/50)');
  await page.getByTestId('chart-aggregate').selectOption('mean');
  await page.getByTestId('chart-draw').click();
  const plot = page.getByTestId('chart-plot');
  await expect(plot.locator('.bars .point').first()).toBeVisible();
  // The pupils the chart shows, as its table lists them (the pupils who left before June have no name).
  const groups = await page.getByTestId('chart-caption').locator('tbody th').allTextContents();
  const names = groups.filter((g) => g !== '(leeg)');
  expect(names.length).toBeGreaterThan(50);
  expect(groups).toContain('(leeg)');
  const onScreen = async () => (await plot.locator('.xtick text').allTextContents()).filter((label) => names.includes(label));
  expect((await onScreen()).length).toBeGreaterThan(0);

  // SVG: the dialog first, both switches on.
  await page.getByTestId('export-svg').click();
  const dialog = page.getByTestId('export-privacy-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('export-privacy-pseudonymise')).toBeChecked();
  await expect(page.getByTestId('export-privacy-suppress')).toBeChecked();
  await expect(page.getByTestId('export-privacy-exposure')).toContainText(`${names.length} leerlingen afzonderlijk`);
  await expect(page.getByTestId('export-privacy-unsafe')).toHaveCount(0);
  // Focus starts on the export button and stays in the dialog.
  await expect(page.getByTestId('export-privacy-confirm')).toBeFocused();
  await shoot(page, testInfo, 'export-privacy-dialog-1366x768.png');

  // Esc cancels: no download, the dialog gone, focus back on the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('export-svg')).toBeFocused();

  await page.getByTestId('export-svg').click();
  await expect(dialog).toBeVisible();
  const safe = saved(page.waitForEvent('download'));
  await page.getByTestId('export-privacy-confirm').click();
  const safeSvg = await safe;
  // The exported picture itself, kept for review beside the screenshots.
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, 'export-privacy-safe.svg'), safeSvg.text);
  const codes = await codesOf(page, host.token, names);
  expect(new Set(codes).size).toBe(names.length);
  expect(codes.every((c) => /^LL-[0-9A-HJKMNP-TV-Z]{6,}$/.test(c))).toBe(true);
  const codesIn = (svg: string) => [...svg.matchAll(/LL-[0-9A-Z]{6,}(?=<)/g)].map((m) => m[0]);
  // Every code in the picture is one of the shown pupils' codes (plotly labels some of the many ticks).
  const safeCodes = codesIn(safeSvg.text);
  expect(safeCodes.length).toBeGreaterThan(5);
  expect(safeCodes.filter((c) => !codes.includes(c))).toEqual([]);
  expect(safeSvg.text).not.toContain('Leerling 1<');
  expect(names.filter((name) => safeSvg.text.includes(inSvg(name)))).toEqual([]);
  expect(safeSvg.text).not.toContain('(leeg)');
  expect(safeSvg.text).toContain('1 groep met minder dan 5 leerlingen niet getoond (privacy)');
  expect(safeSvg.text).toContain('Namen van leerlingen vervangen door vaste codes');
  // The screen still shows the real names.
  expect((await onScreen()).length).toBeGreaterThan(0);
  await expect(page.getByTestId('chart-caption').locator('tbody th').first()).toHaveText(groups[0]!);

  // Again with the names switch off: a warning, and the real names in the picture.
  await page.getByTestId('export-svg').click();
  await expect(dialog).toBeVisible();
  await page.getByTestId('export-privacy-pseudonymise').uncheck();
  await expect(page.getByTestId('export-privacy-unsafe')).toContainText('echte namen');
  await shoot(page, testInfo, 'export-privacy-dialog-names-1366x768.png');
  const named = saved(page.waitForEvent('download'));
  await page.getByTestId('export-privacy-confirm').click();
  const namedSvg = await named;
  const namesIn = names.filter((name) => namedSvg.text.includes(inSvg(name)));
  expect(namesIn.length).toBeGreaterThan(0);
  expect(namesIn).toContain(names[0]);
  expect(codesIn(namedSvg.text)).toEqual([]);
  expect(namedSvg.text).toContain('1 groep met minder dan 5 leerlingen niet getoond (privacy)');

  // Saved as a view whose title names the first pupil: the title follows the pseudonym, in the file's name too.
  const title = `${names[0]} staat bovenaan de lijst`;
  await page.getByTestId('view-save').click();
  await page.getByTestId('view-title').fill(title);
  await page.getByTestId('view-confirm').click();
  await expect(page.getByTestId('active-view-title')).toHaveText(title);
  const viewId = (await page.getByTestId('view-entry').filter({ hasText: title }).getAttribute('data-view-id'))!;
  await page.getByTestId('export-svg').click();
  await expect(page.getByTestId('export-privacy-pseudonymise')).toBeChecked();
  const asView = saved(page.waitForEvent('download'));
  await page.getByTestId('export-privacy-confirm').click();
  const viewSvg = await asView;
  writeFileSync(join(SHOTS, 'export-privacy-view.svg'), viewSvg.text);
  // The first pupil keeps the code of the first export (stable, not numbered per picture).
  expect(viewSvg.name).toBe(`${codes[0]} staat bovenaan de lijst.svg`);
  expect(viewSvg.text).toContain(`${codes[0]} staat bovenaan de lijst`);
  // The same pupils under the same codes as in the first picture.
  expect(codesIn(viewSvg.text)).toEqual(safeCodes);
  expect(names.filter((name) => viewSvg.text.includes(inSvg(name)))).toEqual([]);
  await expect(page.getByTestId('active-view-title')).toHaveText(title);

  // The project's log: the view's export with the choice, one chart of pupils one by one, one group left out.
  const log = await exportsLog(page, host.token);
  expect(log.at(-1)).toMatchObject({
    format: 'svg',
    viewIds: [viewId],
    fileName: viewSvg.name,
    privacy: { pseudonymise: true, suppressBelow: 5 },
    pupilLevelSlides: 1,
    suppressedGroups: 1,
  });

  expect(errors).toEqual([]);
});
