import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { collectPageErrors, expect, test } from './host';
import { http, TOKEN_HEADER } from '../shared/api/http';
import { importSamples, shooter } from './helpers';

/**
 * The chart editor (views that can be designed and edited): the demo's plain chart view edited in
 * the editor, a reference line and a callout added with the live preview showing them, saved under
 * the same id; exported as PNG and SVG carrying the title, the annotations and the source line, the
 * PNG decoded in the page and checked for the line at the height of the bar it was set to; the view
 * copied and moved in the list with the buttons and with Alt+↑. The plain chart's own text
 * alternative edited in the editor, saved, and the plot named by it when the view is opened again.
 * The project's ROK titles edited from the editor's ROK picker and put back to the shipped ones.
 * Shot at a laptop's size for review.
 */

const LAPTOP = { width: 1366, height: 768 };
const SHOTS = '/tmp/shots-design';
const shoot = shooter(SHOTS);
const shootRok = shooter('/tmp/shots-rok');

/** The line's colour (chart/design.ts ANNOTATION_COLOR) and the plain chart's bars (Okabe–Ito blue). */
const LINE_RGB = [0x1f, 0x29, 0x33] as const;
const BAR_RGB = [0x00, 0x72, 0xb2] as const;

const LINE_LABEL = 'Hoogste klasgemiddelde';
const CALLOUT_TEXT = 'Nieuwe methode sinds januari';

async function saved(download: Promise<Download>): Promise<{ name: string; bytes: Buffer }> {
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path!) };
}

async function exportAs(page: Page, format: 'png' | 'svg'): Promise<{ name: string; bytes: Buffer }> {
  const download = page.waitForEvent('download');
  await page.getByTestId(`export-${format}`).click();
  return saved(download);
}

/** The engine's exports log, read through the host's API as the page itself calls it. */
async function exportsLog(page: Page, token: string): Promise<{ format: string; viewIds: string[]; fileName: string }[]> {
  const envelope = await page.evaluate(
    async ({ path, header, token }) => (await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', [header]: token }, body: '{}' })).json(),
    { path: http.call('project.get'), header: TOKEN_HEADER, token },
  );
  return (envelope as { value: { exports: { format: string; viewIds: string[]; fileName: string }[] } }).value.exports;
}

interface PngRows {
  width: number;
  height: number;
  /** The first row (from the top) holding the bars' colour: the top of the tallest bar. */
  barTop: number;
  /** Rows where more than a quarter of the pixels have the line's colour. */
  lineRows: number[];
}

/** Decodes a PNG by drawing it onto a canvas in the page, and reads its rows. */
async function pngRows(page: Page, png: Buffer): Promise<PngRows> {
  return page.evaluate(
    async ({ base64, bar, line }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height);
      const near = (i: number, rgb: readonly number[], tolerance: number) =>
        Math.abs(data[i]! - rgb[0]!) + Math.abs(data[i + 1]! - rgb[1]!) + Math.abs(data[i + 2]! - rgb[2]!) <= tolerance;
      let barTop = -1;
      const lineRows: number[] = [];
      for (let y = 0; y < height; y++) {
        let lineCount = 0;
        let barCount = 0;
        for (let x = 0; x < width; x++) {
          const i = (y * width + x) * 4;
          if (near(i, line, 40)) lineCount++;
          if (near(i, bar, 20)) barCount++;
        }
        if (barTop < 0 && barCount > 10) barTop = y;
        if (lineCount > width / 4) lineRows.push(y);
      }
      return { width, height, barTop, lineRows };
    },
    { base64: png.toString('base64'), bar: BAR_RGB, line: LINE_RGB },
  );
}

test('a view edited in the chart editor: reference line and callout in the preview, on screen and in the PNG and SVG; copied and moved', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('active-view-title')).toContainText('groeit het sterkst');

  // The demo's plain chart view: mean June score per class.
  const entries = page.getByTestId('view-entry');
  const chartEntry = entries.filter({ hasText: 'hoogste gemiddelde voor wiskunde' });
  await expect(chartEntry).toHaveCount(1);
  const count = await entries.count();
  const ids = () => entries.evaluateAll((els) => els.map((el) => el.getAttribute('data-view-id')));
  const startOrder = await ids();
  const chartViewId = (await chartEntry.getAttribute('data-view-id'))!;
  const at = startOrder.indexOf(chartViewId);
  expect(at).toBeGreaterThan(0);
  await chartEntry.getByTestId('view-item').click();
  await expect(page.getByTestId('tab-chart')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('chart-plot').locator('.bars .point').first()).toBeVisible();
  // Groups of pupils, no pupil one by one.
  await expect(page.getByTestId('privacy-badge')).toHaveAttribute('data-level', 'aggregated');

  // The classes' means as the caption lists them: the line goes at the highest, the callout at the lowest.
  const caption = page.getByTestId('chart-caption').locator('tbody tr');
  const classes = await caption.locator('th').allTextContents();
  const means = (await caption.locator('td:nth-of-type(2)').allTextContents()).map((s) => Number(s.replace(',', '.')));
  const top = means.indexOf(Math.max(...means));
  const low = means.indexOf(Math.min(...means));
  const topText = means[top]!.toFixed(1).replace('.', ',');

  const before = await exportAs(page, 'png');
  expect(before.name).toMatch(/hoogste gemiddelde voor wiskunde\.png$/);

  // Edit the view: title, subtitle, a reference line and a callout; the preview shows them live.
  await entries.nth(at).getByTestId('view-edit').click();
  const dialog = page.getByTestId('view-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('view-title')).toHaveValue(/hoogste gemiddelde/);
  const title = `Juni: klas ${classes[top]} haalt het hoogste gemiddelde`;
  await page.getByTestId('view-title').fill(title);
  await page.getByTestId('view-subtitle').fill('Wiskunde, eindtoets juni');
  const preview = page.getByTestId('view-preview-plot');
  await expect(preview.locator('.bars .point').first()).toBeVisible();

  // The view may carry annotations already (the demo's may): two are added to them.
  const had = await page.getByTestId('annotation-item').count();
  const shapes = await preview.locator('.shapelayer path').count();
  await page.getByTestId('annotation-kind').selectOption('line');
  await page.getByTestId('annotation-value').fill('drie');
  await page.getByTestId('annotation-add').click();
  await expect(page.getByTestId('annotation-problem')).toContainText('Geef een getal');
  await page.getByTestId('annotation-value').fill(topText);
  await page.getByTestId('annotation-label').fill(LINE_LABEL);
  await page.getByTestId('annotation-add').click();
  await page.getByTestId('annotation-kind').selectOption('callout');
  await page.getByTestId('annotation-target').selectOption(classes[low]!);
  await page.getByTestId('annotation-text').fill(CALLOUT_TEXT);
  await page.getByTestId('annotation-text').press('Enter');
  await expect(page.getByTestId('annotation-item')).toHaveCount(had + 2);
  await expect(dialog).toBeVisible();
  await expect(preview.locator('.shapelayer path')).toHaveCount(shapes + 1);
  await expect(preview.locator('.annotation-text', { hasText: LINE_LABEL })).toBeVisible();
  await expect(preview.locator('.annotation-text', { hasText: CALLOUT_TEXT })).toBeVisible();
  await expect(page.getByTestId('view-preview-title')).toHaveText(title);
  await page.getByTestId('view-rok').locator('summary').click();
  await page.locator('[data-testid="rok-code"][data-code="R3"]').check();
  await page.getByTestId('view-alt-details').locator('summary').click();
  // The plain chart's text alternative, generated from the figures, can be edited here (not now).
  await expect(page.getByTestId('view-alt')).toHaveValue(new RegExp(`${classes[top]}: ${topText}`));
  await expect(page.getByTestId('view-alt-reset')).toHaveCount(0);
  await shoot(page, testInfo, 'design-editor-1366x768.png');
  await page.getByTestId('view-dialog').locator('.modal-body').evaluate((el) => el.scrollTo(0, 0));
  await shoot(page, testInfo, 'design-editor-top-1366x768.png');

  // Saved under the same id: still two views, the screen draws the design.
  await page.getByTestId('view-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(entries).toHaveCount(count);
  await expect(entries.nth(at)).toHaveAttribute('data-view-id', chartViewId);
  await expect(entries.nth(at).getByTestId('view-item')).toContainText(title);
  await expect(page.getByTestId('active-view-title')).toHaveText(title);
  await expect(page.getByTestId('active-view-subtitle')).toHaveText('Wiskunde, eindtoets juni');
  const plot = page.getByTestId('chart-plot');
  await expect(plot.locator('.annotation-text', { hasText: LINE_LABEL })).toBeVisible();
  await expect(plot.locator('.annotation-text', { hasText: CALLOUT_TEXT })).toBeVisible();
  await shoot(page, testInfo, 'design-view-on-screen-1366x768.png');

  // SVG: the title, the line's label, the callout's text and the source line, as text.
  const svg = await exportAs(page, 'svg');
  expect(svg.name).toBe(`Juni klas ${classes[top]} haalt het hoogste gemiddelde.svg`);
  const svgText = svg.bytes.toString('utf8');
  for (const text of [LINE_LABEL, CALLOUT_TEXT, 'Wiskunde, eindtoets juni', `klas ${classes[top]} haalt het hoogste gemiddelde`, 'Bron: ', 'ingelezen']) expect(svgText).toContain(text);

  // PNG: 2000×1200; before the edit no line anywhere near the tallest bar's top, now one right at it.
  const after = await exportAs(page, 'png');
  expect(after.name).toBe(`Juni klas ${classes[top]} haalt het hoogste gemiddelde.png`);
  // The exported image itself, kept for review beside the screenshots.
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, 'design-exported.png'), after.bytes);
  writeFileSync(join(SHOTS, 'design-exported-before.png'), before.bytes);
  const rowsBefore = await pngRows(page, before.bytes);
  const rowsAfter = await pngRows(page, after.bytes);
  expect(rowsAfter).toMatchObject({ width: 2000, height: 1200 });
  expect(rowsBefore.barTop).toBeGreaterThan(0);
  expect(rowsAfter.barTop).toBeGreaterThan(0);
  expect(rowsBefore.lineRows.filter((y) => Math.abs(y - rowsBefore.barTop) <= 20)).toEqual([]);
  expect(rowsAfter.lineRows.filter((y) => Math.abs(y - rowsAfter.barTop) <= 6).length).toBeGreaterThan(0);

  // Every saved image is recorded in the project with the view and the file's name.
  const log = await exportsLog(page, host.token);
  expect(log.map((e) => [e.format, e.viewIds, e.fileName])).toEqual([
    ['png', [chartViewId], before.name],
    ['svg', [chartViewId], svg.name],
    ['png', [chartViewId], after.name],
  ]);

  // Copied right after itself; the copy moved up with Alt+↑, then the view before it down with its button.
  await entries.nth(at).getByTestId('view-duplicate').click();
  await expect(entries).toHaveCount(count + 1);
  await expect(entries.nth(at + 1).getByTestId('view-item')).toContainText(title);
  const copyId = (await entries.nth(at + 1).getAttribute('data-view-id'))!;
  expect(copyId).not.toBe(chartViewId);
  await entries.nth(at + 1).getByTestId('view-item').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(entries.nth(at)).toHaveAttribute('data-view-id', copyId);
  await expect(page.getByTestId('views-announcement')).toContainText(`plaats ${at + 1}`);
  await expect(entries.nth(at).getByTestId('view-item')).toBeFocused();
  const previous = startOrder[at - 1]!;
  await entries.nth(at - 1).getByTestId('view-down').click();
  await expect(entries.nth(at)).toHaveAttribute('data-view-id', previous);
  const expected = [...startOrder.slice(0, at - 1), copyId, previous, chartViewId, ...startOrder.slice(at + 1)];
  expect(await ids()).toEqual(expected);
  await expect(entries.nth(0).getByTestId('view-up')).toBeDisabled();
  await expect(entries.nth(count).getByTestId('view-down')).toBeDisabled();

  expect(errors).toEqual([]);
});

test('a learning-gain view edited: a line and a highlight on the dot plot, its alt text edited in the editor', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  const plot = page.getByTestId('gain-plot');
  await expect(plot.locator('.scatterlayer .point').first()).toBeVisible();
  await expect(page.getByTestId('privacy-badge')).toHaveAttribute('data-level', /aggregated|suppressed/);

  await page.getByTestId('active-view-edit').click();
  const preview = page.getByTestId('view-preview-plot');
  await expect(preview.locator('.scatterlayer .point').first()).toBeVisible();
  // No plain-chart look for a learning-gain view; the groups are offered to highlight.
  await expect(page.getByTestId('view-type')).toHaveCount(0);
  const classes = await page.getByTestId('view-highlight').locator('option').allTextContents();
  expect(classes).toContain('1A');
  await page.getByTestId('view-highlight').selectOption('1A');
  await page.getByTestId('annotation-kind').selectOption('line');
  await page.getByTestId('annotation-value').fill('10');
  await page.getByTestId('annotation-label').fill('Doel +10');
  await page.getByTestId('annotation-add').click();
  await expect(preview.locator('.annotation-text', { hasText: 'Doel +10' })).toBeVisible();
  await page.getByTestId('view-alt-details').locator('summary').click();
  await expect(page.getByTestId('view-alt')).toHaveValue(/procentpunten/);
  await page.getByTestId('view-alt').fill('Eigen tekst: 1C groeit het sterkst.');
  await shoot(page, testInfo, 'design-editor-gain-1366x768.png');
  await page.getByTestId('view-confirm').click();
  await expect(page.getByTestId('view-dialog')).toHaveCount(0);

  // On screen: the line with its label, the other classes' dots greyed, the edited alt text as the plot's name.
  await expect(plot.locator('.annotation-text', { hasText: 'Doel +10' })).toBeVisible();
  await expect(plot).toHaveAttribute('aria-label', 'Eigen tekst: 1C groeit het sterkst.');
  const fills = await plot.locator('.scatterlayer .point').evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
  expect(fills.filter((f) => f === 'rgb(195, 201, 208)').length).toBeGreaterThan(0);
  await shoot(page, testInfo, 'design-gain-on-screen-1366x768.png');
  expect(errors).toEqual([]);
});

test('the plain chart\'s text alternative edited in the editor names the plot, saved with the view and back when it is opened again', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('active-view-title')).toContainText('groeit het sterkst');
  const entry = page.getByTestId('view-entry').filter({ hasText: 'hoogste gemiddelde voor wiskunde' });
  await entry.getByTestId('view-item').click();
  await expect(page.getByTestId('tab-chart')).toHaveAttribute('aria-selected', 'true');
  const plot = page.getByTestId('chart-plot');
  await expect(plot.locator('.bars .point').first()).toBeVisible();
  const generated = (await plot.getAttribute('aria-label'))!;
  expect(generated).toMatch(/^Staafdiagram van /);

  // In the editor: the generated text in the textarea, edited.
  await page.getByTestId('active-view-edit').click();
  await page.getByTestId('view-alt-details').locator('summary').click();
  const text = page.getByTestId('view-alt');
  await expect(text).toHaveValue(generated);
  const own = 'Klas 1C haalt in juni het hoogste gemiddelde voor wiskunde; 1B het laagste.';
  await text.fill(own);
  await expect(page.getByTestId('view-alt-reset')).toBeVisible();
  await expect(page.getByTestId('view-alt-stale')).toHaveCount(0);
  // Another look gives another generated text: the edit is flagged until the user says it fits.
  await page.getByTestId('view-decimals').selectOption('2');
  await expect(page.getByTestId('view-alt-stale')).toContainText('andere cijfers');
  await expect(page.getByTestId('view-alt-generated')).toContainText(',');
  await expect(text).toHaveValue(own);
  await page.getByTestId('view-dialog').locator('.modal-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await page.waitForTimeout(200);
  await shoot(page, testInfo, 'design-editor-plain-alt-stale-1366x768.png');
  await page.getByTestId('view-alt-confirm').click();
  await expect(page.getByTestId('view-alt-stale')).toHaveCount(0);
  await shoot(page, testInfo, 'design-editor-plain-alt-1366x768.png');
  await page.getByTestId('view-confirm').click();
  await expect(page.getByTestId('view-dialog')).toHaveCount(0);
  await expect(plot).toHaveAttribute('aria-label', own);
  await expect(page.getByTestId('chart-alt-stale')).toHaveCount(0);

  // Another view, then this one again: the plot is named by the saved text, not flagged.
  await page.getByTestId('view-item').first().click();
  await expect(page.getByTestId('tab-gain')).toHaveAttribute('aria-selected', 'true');
  await entry.getByTestId('view-item').click();
  await expect(page.getByTestId('tab-chart')).toHaveAttribute('aria-selected', 'true');
  await expect(plot.locator('.bars .point').first()).toBeVisible();
  await expect(plot).toHaveAttribute('aria-label', own);
  await expect(page.getByTestId('chart-alt-stale')).toHaveCount(0);
  await page.getByTestId('active-view-edit').click();
  await page.getByTestId('view-alt-details').locator('summary').click();
  await expect(page.getByTestId('view-alt')).toHaveValue(own);
  await expect(page.getByTestId('view-alt-stale')).toHaveCount(0);

  // Back to the generated text: saved without an own text, the plot named by the figures.
  await page.getByTestId('view-alt-reset').click();
  await expect(page.getByTestId('view-alt')).not.toHaveValue(own);
  await page.getByTestId('view-confirm').click();
  await expect(page.getByTestId('view-dialog')).toHaveCount(0);
  await expect(plot).toHaveAttribute('aria-label', /^Staafdiagram van /);
  expect(errors).toEqual([]);
});

test('the comparison\'s text alternative edited in the editor names its plot and is shown under it', async ({ page, host }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await importSamples(page, ['schoolfeedback-dashboard.csv']);
  await page.getByTestId('tab-reference').click();
  await page.getByTestId('reference-compute').click();
  const plot = page.getByTestId('reference-plot');
  await expect(plot.locator('.barlayer .point').first()).toBeVisible();
  const generated = (await plot.getAttribute('aria-label'))!;

  // Saved as a view with its own text: the plot is named by it, the text under the chart marked as edited.
  await page.getByTestId('view-save').click();
  await page.getByTestId('view-title').fill('Onze school onder Vlaanderen');
  await page.getByTestId('view-alt-details').locator('summary').click();
  await expect(page.getByTestId('view-alt')).toHaveValue(generated);
  const own = 'Onze school scoort op elk onderdeel onder Vlaanderen en onder vergelijkbare scholen.';
  await page.getByTestId('view-alt').fill(own);
  await page.getByTestId('view-confirm').click();
  await expect(page.getByTestId('view-dialog')).toHaveCount(0);
  await expect(page.getByTestId('active-view-title')).toHaveText('Onze school onder Vlaanderen');
  await expect(plot).toHaveAttribute('aria-label', own);
  await expect(page.getByTestId('reference-alt-edited')).toHaveText('(aangepast)');
  await expect(page.getByTestId('reference-alt')).toHaveText(own);
  await expect(page.getByTestId('reference-alt-stale')).toHaveCount(0);

  // Elsewhere, then the view again: still named by its own text.
  await page.getByTestId('tab-chart').click();
  await expect(plot).toHaveCount(0);
  await page.getByTestId('view-item').filter({ hasText: 'Onze school onder Vlaanderen' }).click();
  await expect(plot.locator('.barlayer .point').first()).toBeVisible();
  await expect(plot).toHaveAttribute('aria-label', own);
  expect(errors).toEqual([]);
});

test('the ROK titles edited from the editor\'s picker: an empty title refused, R3 renamed, the shipped titles put back', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('active-view-title')).toContainText('groeit het sterkst');
  await page.getByTestId('active-view-edit').click();
  const editor = page.getByTestId('view-dialog');
  await page.getByTestId('view-rok').locator('summary').click();
  const pickerR3 = page.getByTestId('rok-picker').locator('label.rok-entry', { has: page.locator('[data-code="R3"]') });
  await expect(pickerR3).toContainText('Maximale leerwinst');

  await page.getByTestId('rok-edit-titles').click();
  const dialog = page.getByTestId('rok-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Referentiekader (ROK)');
  await expect(page.getByTestId('rok-working-titles')).toContainText('werktitels, niet de officiële formulering');
  await expect(page.getByTestId('rok-status')).toContainText('meegeleverde werktitels');
  await expect(page.getByTestId('rok-reset')).toBeDisabled();
  await expect(dialog.getByTestId('rok-title')).toHaveCount(37);
  await expect(dialog.locator('legend')).toHaveText(['Resultaten en effecten', 'Ontwikkeling van lerenden', 'Kwaliteitsontwikkeling', 'Beleid']);
  const r3 = dialog.locator('[data-testid="rok-title"][data-code="R3"]');
  await expect(r3).toHaveValue('Maximale leerwinst');
  await shootRok(page, testInfo, 'rok-dialog-1366x768.png');

  // An empty title: the dialog says which, nothing saved.
  await r3.fill('   ');
  await page.getByTestId('rok-save').click();
  await expect(page.getByTestId('rok-problem')).toContainText('R3 heeft er geen');
  await expect(r3).toHaveAttribute('aria-invalid', 'true');
  await expect(r3).toBeFocused();
  await expect(dialog).toBeVisible();
  await shootRok(page, testInfo, 'rok-dialog-empty-1366x768.png');
  await expect(pickerR3).toContainText('Maximale leerwinst');

  // Escape closes this dialog only: the view editor stays open, the titles as they were.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(editor).toBeVisible();
  await expect(page.getByTestId('rok-edit-titles')).toBeFocused();

  // R3 renamed: the picker shows the project's title.
  await page.getByTestId('rok-edit-titles').click();
  await expect(r3).toHaveValue('Maximale leerwinst');
  await r3.fill('Leerwinst voor elke leerling');
  await r3.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(editor).toBeVisible();
  await expect(pickerR3).toContainText('Leerwinst voor elke leerling');

  // The shipped titles back, after a confirmation.
  await page.getByTestId('rok-edit-titles').click();
  await expect(page.getByTestId('rok-status')).toContainText('eigen titels');
  await expect(r3).toHaveValue('Leerwinst voor elke leerling');
  await page.getByTestId('rok-reset').click();
  await expect(page.getByTestId('rok-reset-ask')).toContainText('meegeleverde werktitels komen terug');
  await shootRok(page, testInfo, 'rok-dialog-reset-1366x768.png');
  await page.getByTestId('rok-reset-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(pickerR3).toContainText('Maximale leerwinst');
  await page.getByTestId('rok-edit-titles').click();
  await expect(page.getByTestId('rok-status')).toContainText('meegeleverde werktitels');
  await page.getByTestId('rok-cancel').click();
  await expect(dialog).toHaveCount(0);
  await expect(editor).toBeVisible();
  expect(errors).toEqual([]);
});
