import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { generateDemoData, JUNE_MAX, SEPT_MAX } from '../electron/engine/project/demo';
import { collectPageErrors, expect, samplesDir, test } from './host';
import { importSamples, shooter } from './helpers';

/**
 * Learning gain (issue 9, "Charts" and "Where it lives"): the demo opens on its learning-gain view
 * and the panel's figures are checked against the demo's pupils computed here; the LVS tests
 * imported through the UI give the transition heatmap, checked against expected.json. Every chart
 * kind is shot at a laptop's size for review.
 */

const LAPTOP = { width: 1366, height: 768 };
const SHOTS = '/tmp/gain-screenshots';

interface Expected {
  lvs_toetsen: { n_paired: number; transitions: Record<string, Record<string, number>>; moved_up: number; same: number; moved_down: number };
}
const expected = JSON.parse(readFileSync(join(samplesDir, 'expected.json'), 'utf8')) as Expected;

const shoot = shooter(SHOTS);

const plot = (page: Page) => page.getByTestId('gain-plot');

/** Chooses a chart kind, waits for plotly to draw it, scrolls it to the top of the window and shoots it. */
async function showKind(page: Page, testInfo: TestInfo, kind: string, shot: string): Promise<void> {
  await page.getByTestId('gain-chart-kind').selectOption(kind);
  await expect(plot(page)).toHaveAttribute('data-kind', kind);
  await expect(plot(page).locator('.main-svg').first()).toBeVisible();
  await page.getByTestId('gain-chart-kind').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await shoot(page, testInfo, shot);
}

/** Mean gain in percentage points per class, from the demo's generated pupils with both scores. */
function demoGains(): Map<string, { n: number; mean: number }> {
  const gains = new Map<string, number[]>();
  for (const p of generateDemoData().pupils) {
    if (p.september === null || p.june === null) continue;
    const gain = (p.june / JUNE_MAX - p.september / SEPT_MAX) * 100;
    gains.set(p.klas, [...(gains.get(p.klas) ?? []), gain]);
  }
  return new Map([...gains].map(([klas, list]) => [klas, { n: list.length, mean: list.reduce((a, b) => a + b, 0) / list.length }]));
}

const dutch = (x: number, digits = 1) => x.toFixed(digits).replace('.', ',');

test('the demo opens on its learning-gain view; the mean gain per class on screen is the pupils’ own', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();

  // Opened on its first view: the learning-gain tab, its CI dot plot, the view's title.
  await expect(page.getByTestId('tab-gain')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('tab-chart')).toHaveAttribute('aria-selected', 'false');
  await expect(plot(page)).toHaveAttribute('data-kind', 'ciDots');
  await expect(plot(page).locator('.scatterlayer .point').first()).toBeVisible();
  await expect(page.getByTestId('active-view-title')).toContainText('groeit het sterkst');

  // The class that gained most, and its mean gain, from the generated pupils themselves.
  const gains = demoGains();
  const [best, figure] = [...gains].sort((a, b) => b[1].mean - a[1].mean)[0]!;
  const row = page.locator(`[data-testid="gain-figures-row"][data-group="${best}"]`);
  await expect(row.locator('[data-col="n"]')).toHaveText(String(figure.n));
  await expect(row.locator('[data-col="meanGain"]')).toHaveText(`+${dutch(figure.mean)}`);
  await expect(page.getByTestId('active-view-title')).toContainText(`Klas ${best} `);
  // The alt text states it too, with n and the unit named.
  await expect(plot(page)).toHaveAttribute('aria-label', new RegExp(`${best} \\+${dutch(figure.mean)} procentpunten \\(n = ${figure.n},`));
  for (const [klas, g] of gains) await expect(page.locator(`[data-testid="gain-figures-row"][data-group="${klas}"] [data-col="meanGain"]`)).toHaveText(`+${dutch(g.mean)}`);
  await expect(page.getByTestId('gain-expected')).toContainText('regressie naar het gemiddelde');
  await shoot(page, testInfo, 'gain-demo-opened-1366x768.png');

  // Keyboard: the tabs are a tablist; ← shows the chart tab, → the gain tab again.
  await page.getByTestId('tab-gain').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('tab-chart')).toBeFocused();
  await expect(page.getByTestId('chart-panel')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('tab-gain')).toHaveAttribute('aria-selected', 'true');

  // Through the panel: all pupils together, then by class again, computed with Berekenen.
  await page.getByTestId('gain-panel').locator('summary').first().click();
  await expect(page.getByTestId('gain-key')).toHaveValue('Stamboeknummer');
  await page.getByTestId('gain-group').selectOption('');
  await page.getByTestId('gain-compute').click();
  await expect(page.locator('[data-testid="gain-figures-row"][data-group]')).toHaveCount(1);
  await page.getByTestId('gain-group').selectOption('Klas');
  await page.getByTestId('gain-compute').click();
  await expect(row.locator('[data-col="meanGain"]')).toHaveText(`+${dutch(figure.mean)}`);
  await expect(page.getByTestId('active-view-title')).toContainText('groeit het sterkst');

  // Raw points are refused in place, in Dutch.
  await page.getByTestId('gain-moment-measure').first().selectOption('raw');
  await page.getByTestId('gain-compute').click();
  await expect(page.getByTestId('gain-problem')).toContainText('ruwe punten zonder gekend maximum');
  await page.getByTestId('gain-moment-measure').first().selectOption('percent');
  await page.getByTestId('gain-compute').click();
  await expect(page.getByTestId('gain-problem')).toHaveCount(0);

  await page.getByTestId('gain-panel').locator('summary').first().click();
  await showKind(page, testInfo, 'ciDots', 'gain-ciDots-1366x768.png');
  await showKind(page, testInfo, 'slope', 'gain-slope-1366x768.png');
  // The strip of gains: a box per class, n in its label, the median in the alt text.
  await showKind(page, testInfo, 'gainStrip', 'gain-gainStrip-1366x768.png');
  await expect(plot(page).locator('.boxlayer .trace')).toHaveCount(gains.size);
  await expect(plot(page).locator('.ytick text').filter({ hasText: `${best} (n = ${figure.n})` })).toBeVisible();
  await expect(plot(page)).toHaveAttribute('aria-label', new RegExp(`${best}: mediaan [+−]?\\d+,\\d, kwartielen .* \\(n = ${figure.n}\\)`));
  await showKind(page, testInfo, 'scatter', 'gain-scatter-1366x768.png');
  await expect(page.locator('[data-testid="gain-chart-kind"] option[value="trend"]')).toBeDisabled();

  // Saved as a view from the gain tab: the dialog says so, the list marks it, and it restores on this tab.
  await page.getByTestId('view-save').click();
  await expect(page.getByTestId('view-saving-gain')).toContainText('Beginscore tegen eindscore');
  await page.getByTestId('view-title').fill('Wie sterk begint, eindigt sterk');
  await page.getByTestId('view-confirm').click();
  const saved = page.getByTestId('view-item').filter({ hasText: 'Wie sterk begint' });
  await expect(saved).toContainText('Leerwinst');
  await expect(page.getByTestId('active-view-title')).toHaveText('Wie sterk begint, eindigt sterk');
  await page.getByTestId('view-item').nth(1).click();
  await expect(page.getByTestId('tab-chart')).toHaveAttribute('aria-selected', 'true');
  await saved.click();
  await expect(page.getByTestId('tab-gain')).toHaveAttribute('aria-selected', 'true');
  await expect(plot(page)).toHaveAttribute('data-kind', 'scatter');

  // Three moments (the September score counted twice, as points of 40, for the look of the trend chart).
  await page.getByTestId('gain-panel').locator('summary').first().click();
  await page.getByTestId('gain-moment-add').click();
  const third = page.getByTestId('gain-moment-row').nth(2);
  await third.getByTestId('gain-moment-label').fill('sept (/40)');
  await third.getByTestId('gain-moment-column').selectOption(`Score (/${SEPT_MAX})`);
  await third.getByTestId('gain-moment-measure').selectOption('scoreMax');
  await third.getByTestId('gain-moment-max').fill(String(SEPT_MAX));
  await third.getByRole('button', { name: 'sept (/40) naar voren' }).click();
  await page.getByTestId('gain-compute').click();
  await expect(page.getByTestId('gain-trend')).toBeVisible();
  await page.getByTestId('gain-panel').locator('summary').first().click();
  await showKind(page, testInfo, 'trend', 'gain-trend-1366x768.png');

  expect(errors).toEqual([]);
});

test('LVS tests imported through the UI: long layout, scale scores, the transition heatmap as expected', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  const want = expected.lvs_toetsen;
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await importSamples(page, ['lvs-toetsen.xlsx']);

  await page.getByTestId('tab-gain').click();
  // The proposal: long, moments from Afname in time order, levels E…A; the score as raw points.
  await expect(page.getByTestId('gain-layout-long')).toBeChecked();
  await expect(page.getByTestId('gain-moment-column-long')).toHaveValue('Afname');
  await expect(page.getByTestId('gain-moment-label')).toHaveCount(2);
  await expect(page.getByTestId('gain-moment-label').nth(0)).toHaveValue('januari');
  await expect(page.getByTestId('gain-moment-label').nth(1)).toHaveValue('juni');
  await expect(page.getByTestId('gain-score-column')).toHaveValue('Score');
  await expect(page.getByTestId('gain-level-column')).toHaveValue('Niveau');
  await expect(page.getByTestId('gain-levels')).toHaveValue('E, D, C, B, A');
  await page.getByTestId('gain-compute').click();
  await expect(page.getByTestId('gain-problem')).toContainText('De scores van "januari" zijn ruwe punten');

  for (const i of [0, 1]) await page.getByTestId('gain-moment-measure').nth(i).selectOption('scale');
  await page.getByTestId('gain-compute').click();
  await expect(page.getByTestId('gain-problem')).toHaveCount(0);
  await expect(page.getByTestId('gain-figures')).toContainText('vaardigheidspunten');

  // The matrix as a table and as a heatmap, in the scale's order, the counts of expected.json.
  const summary = page.getByTestId('gain-transitions-summary');
  await expect(summary).toContainText(`Gestegen: ${want.moved_up} · gelijk: ${want.same} · gedaald: ${want.moved_down} (n = ${want.n_paired})`);
  for (const [from, row] of Object.entries(want.transitions)) {
    for (const [to, count] of Object.entries(row)) {
      await expect(page.locator(`[data-testid="gain-transitions"] td[data-from="${from}"][data-to="${to}"]`)).toHaveText(String(count));
    }
  }
  await page.getByTestId('gain-panel').locator('summary').first().click();
  await showKind(page, testInfo, 'transitionsHeatmap', 'gain-transitionsHeatmap-1366x768.png');
  await expect(plot(page)).toHaveAttribute('aria-label', new RegExp(`E naar D: ${want.transitions.E!.D}; E naar C: ${want.transitions.E!.C};`));
  // The counts are printed in the cells: C → C, the largest cell, reads its count.
  await expect(plot(page).locator('text').filter({ hasText: new RegExp(`^${want.transitions.C!.C}`) }).first()).toBeVisible();
  await expect(plot(page).locator('.heatmaplayer')).toHaveCount(1);

  await showKind(page, testInfo, 'sankey', 'gain-sankey-1366x768.png');
  await expect(plot(page).locator('.sankey .node-label').filter({ hasText: `E · januari: ${Object.values(want.transitions.E!).reduce((a, b) => a + b, 0)}` })).toBeVisible();
  await showKind(page, testInfo, 'ciDots', 'gain-lvs-ciDots-1366x768.png');

  // The strip of gains over six classes; with a privacy threshold of 22, 2A (21) and 2C (19) are left out with the note.
  await showKind(page, testInfo, 'gainStrip', 'gain-lvs-gainStrip-1366x768.png');
  await expect(plot(page).locator('.boxlayer .trace')).toHaveCount(6);
  // The setup is open here (opened above to reach the chart's select below it).
  await page.getByTestId('gain-min-group').fill('22');
  await page.getByTestId('gain-compute').click();
  await expect(plot(page).locator('.boxlayer .trace')).toHaveCount(4);
  await expect(plot(page).locator('.annotation-text').filter({ hasText: 'Niet getoond (minder dan 22 leerlingen, privacy): 2A, 2C' })).toBeVisible();
  await expect(plot(page)).toHaveAttribute('aria-label', /Niet getoond \(privacy\): 2A, 2C\.$/);
  await showKind(page, testInfo, 'gainStrip', 'gain-lvs-gainStrip-suppressed-1366x768.png');

  expect(errors).toEqual([]);
});

test('the text alternative is edited under the chart, names the plot, is saved with the view and restored, and is flagged when the figures change', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(plot(page)).toHaveAttribute('data-kind', 'ciDots');
  await page.getByTestId('gain-chart-kind').selectOption('gainStrip');
  await expect(plot(page)).toHaveAttribute('data-kind', 'gainStrip');
  const generated = (await plot(page).getAttribute('aria-label'))!;
  expect(generated).toContain('mediaan');

  // The generated text in the textarea; edited, it becomes the plot's accessible name.
  const details = page.getByTestId('gain-alt-details');
  await details.locator('summary').click();
  const text = page.getByTestId('gain-alt');
  await expect(text).toHaveValue(generated);
  await expect(page.getByTestId('gain-alt-reset')).toHaveCount(0);
  const own = 'Klas 1C groeit het sterkst: de helft van haar leerlingen wint meer dan 10 procentpunten; in 1B wint de helft bijna niets.';
  await text.fill(own);
  await expect(plot(page)).toHaveAttribute('aria-label', own);
  await expect(page.getByTestId('gain-alt-edited')).toHaveText('(aangepast)');
  await expect(page.getByTestId('gain-alt-stale')).toHaveCount(0);
  await details.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(200);
  await shoot(page, testInfo, 'gain-alt-editor-1366x768.png');

  // Saved with the view (the dialog says so); another view shows its own generated text; reopened, the edit is back.
  await page.getByTestId('view-save').click();
  await expect(page.getByTestId('view-saving-gain')).toContainText('Je eigen tekstalternatief bij de grafiek wordt mee bewaard.');
  await page.getByTestId('view-title').fill('De helft van 1C wint meer dan 10 procentpunten');
  await page.getByTestId('view-confirm').click();
  const saved = page.getByTestId('view-item').filter({ hasText: 'De helft van 1C' });
  await expect(saved).toContainText('Leerwinst');
  await page.getByTestId('view-item').first().click();
  await expect(plot(page)).toHaveAttribute('data-kind', 'ciDots');
  await expect(plot(page)).toHaveAttribute('aria-label', /^Gemiddelde winst per Klas/);
  await page.getByTestId('view-item').nth(1).click();
  await expect(page.getByTestId('tab-chart')).toHaveAttribute('aria-selected', 'true');
  await saved.click();
  await expect(page.getByTestId('tab-gain')).toHaveAttribute('aria-selected', 'true');
  await expect(plot(page)).toHaveAttribute('data-kind', 'gainStrip');
  await expect(plot(page)).toHaveAttribute('aria-label', own);
  await page.getByTestId('gain-alt-details').locator('summary').click();
  await expect(page.getByTestId('gain-alt')).toHaveValue(own);
  await expect(page.getByTestId('gain-alt-stale')).toHaveCount(0);

  // Other figures (all pupils together): the edit stays the plot's name, flagged, the new generated text beside it.
  await page.getByTestId('gain-panel').locator('summary').first().click();
  await page.getByTestId('gain-group').selectOption('');
  await page.getByTestId('gain-compute').click();
  await expect(page.getByTestId('gain-alt-stale')).toContainText('geschreven bij andere cijfers');
  await expect(plot(page)).toHaveAttribute('aria-label', own);
  await page.getByTestId('gain-panel').locator('summary').first().click();
  const details2 = page.getByTestId('gain-alt-details');
  if (!(await details2.evaluate((el) => (el as HTMLDetailsElement).open))) await details2.locator('summary').click();
  await expect(page.getByTestId('gain-alt-generated')).toContainText('Alle leerlingen: mediaan');
  await page.getByTestId('gain-alt-stale').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(200);
  await shoot(page, testInfo, 'gain-alt-stale-1366x768.png');

  // Back to the generated text: the plot is named by the figures again.
  await page.getByTestId('gain-alt-reset').click();
  await expect(page.getByTestId('gain-alt-stale')).toHaveCount(0);
  await expect(plot(page)).toHaveAttribute('aria-label', /^Winst per leerling van september naar juni, .*Alle leerlingen: mediaan/);
  await page.getByTestId('gain-chart-kind').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await shoot(page, testInfo, 'gain-gainStrip-all-1366x768.png');
  await expect(page.getByTestId('gain-alt')).toHaveValue((await plot(page).getAttribute('aria-label'))!);

  expect(errors).toEqual([]);
});
