import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { http, TOKEN_HEADER } from '../shared/api/http';
import { collectPageErrors, expect, test } from './host';
import { importSamples, shooter } from './helpers';

/**
 * The staff survey with the lesson observations (issue 11's screens): the June and September
 * surveys and the observations imported through the UI, the Teambevraging tab proposes the two
 * moments and the observations, the proposed codebook is confirmed, the flagged items, the
 * dumbbell and the quadrant with its arrow are checked in the figures plotly draws; the quadrant
 * saved as a view and reopened, tagged in the views list, edited with its preview, exported as SVG
 * and recorded in the export log. Shot at a laptop's size for review.
 */

const LAPTOP = { width: 1366, height: 768 };
const SHOTS = '/tmp/shots-survey';
const FILES = ['enquete-team.xlsx', 'enquete-team-juni.xlsx', 'lesobservaties.csv'];

const shoot = shooter(SHOTS);
const shootView = shooter('/tmp/shots-survey-view');

/** The engine's exports log, read through the host's API as the page itself calls it. */
async function exportsLog(page: Page, token: string): Promise<{ format: string; viewIds: string[]; fileName: string }[]> {
  const envelope = await page.evaluate(
    async ({ path, header, token }) => (await fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json', [header]: token }, body: '{}' })).json(),
    { path: http.call('project.get'), header: TOKEN_HEADER, token },
  );
  return (envelope as { value: { exports: { format: string; viewIds: string[]; fileName: string }[] } }).value.exports;
}

interface PlotTrace {
  name?: string;
  x: (number | null)[];
  y: (string | number | null)[];
  text?: string[];
  xaxis?: string;
}
interface PlotAnnotation {
  text?: string;
  showarrow?: boolean;
  x?: number;
  y?: number | string;
  ax?: number;
  ay?: number;
}

/** What plotly drew: the element's own `data` and `layout`. */
async function plotted(page: Page): Promise<{ data: PlotTrace[]; annotations: PlotAnnotation[] }> {
  return page.getByTestId('survey-plot').evaluate((el) => {
    const plot = el as unknown as { data: PlotTrace[]; layout: { annotations?: PlotAnnotation[] } };
    return { data: JSON.parse(JSON.stringify(plot.data)) as PlotTrace[], annotations: JSON.parse(JSON.stringify(plot.layout.annotations ?? [])) as PlotAnnotation[] };
  });
}

const row = (page: Page, code: string) => page.locator(`[data-testid="survey-item-row"][data-code="${code}"]`);

async function showKind(page: Page, kind: string): Promise<void> {
  await page.getByTestId('survey-chart-kind').selectOption(kind);
  await expect(page.getByTestId('survey-plot')).toHaveAttribute('data-kind', kind);
  await expect(page.getByTestId('survey-plot').locator('.main-svg').first()).toBeVisible();
}

test('the staff survey and the observations imported through the UI: flagged items, self–team–observed, the quadrant, saved as a view', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await importSamples(page, FILES);

  await page.getByTestId('tab-survey').click();
  await expect(page.getByTestId('tab-survey')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('tab-survey')).toHaveText('Teambevraging');

  // The proposal: the two surveys as nulmeting and eindmeting (the June file last), the observations with their columns.
  const moments = page.getByTestId('survey-moment');
  await expect(moments).toHaveCount(2);
  await expect(moments.nth(0).getByTestId('survey-moment-label')).toHaveValue('nulmeting');
  await expect(moments.nth(1).getByTestId('survey-moment-label')).toHaveValue('eindmeting');
  await expect(moments.nth(0).getByTestId('survey-moment-source').locator('option:checked')).toHaveText('enquete-team');
  await expect(moments.nth(1).getByTestId('survey-moment-source').locator('option:checked')).toHaveText('enquete-team-juni');
  await expect(page.getByTestId('survey-obs-source').locator('option:checked')).toHaveText('lesobservaties');
  await expect(page.getByTestId('survey-obs-element')).toHaveValue('Element');
  await expect(page.getByTestId('survey-obs-block')).toHaveValue('Bouwsteen');
  await expect(page.getByTestId('survey-obs-score')).toHaveValue('Score');
  await expect(page.getByTestId('survey-obs-teacher')).toHaveValue('Leraar');
  await expect(page.getByTestId('survey-teacher-level')).not.toBeChecked();
  await expect(page.getByTestId('survey-mean-below')).toHaveValue('3');
  await expect(page.getByTestId('survey-sd-at-least')).toHaveValue('0,8');
  await expect(page.getByTestId('survey-min-group')).toHaveValue('5');
  await page.getByTestId('tab-survey').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, testInfo, 'survey-form-1366x768.png');

  // The team's own placement at the nulmeting, for the quadrant.
  await moments.nth(0).getByTestId('survey-self-skill').fill('3,8');
  await moments.nth(0).getByTestId('survey-self-will').fill('3,4');
  await page.getByTestId('survey-compute').click();
  await expect(page.getByTestId('survey-result')).toBeVisible();
  await expect(page.getByTestId('survey-problem')).toHaveCount(0);

  // The codebook was proposed from the headers; Weet niet could not be kept apart (the answers were imported as numbers).
  await expect(page.getByTestId('survey-codebook')).toHaveAttribute('data-state', 'proposed');
  await expect(page.getByTestId('survey-codebook-status')).toContainText('Voorgesteld uit de kolomkoppen van "nulmeting" (enquete-team.xlsx)');
  await expect(page.getByTestId('survey-warning').first()).toContainText('"Weet niet"');
  await page.getByTestId('survey-codebook').locator('summary').click();
  await expect(page.getByTestId('survey-codebook-item')).toHaveCount(14);
  await expect(page.locator('[data-testid="survey-codebook-item"][data-code="PC2"] [data-testid="survey-codebook-axis"]')).toHaveValue('will');
  await page.getByTestId('survey-codebook-confirm').click();
  await expect(page.getByTestId('survey-codebook')).toHaveAttribute('data-state', 'own');
  await expect(page.getByTestId('survey-codebook-status')).toContainText('bevestigde codeboek');

  // The nulmeting's items by concern: PC2 first, flagged for its mean 1,56; IK4 for its spread.
  await page.locator('[data-testid="survey-moment-option"][data-moment="nulmeting"]').click();
  await expect(page.getByTestId('survey-items')).toHaveAttribute('data-moment', 'nulmeting');
  await expect(page.getByTestId('survey-item-row').first()).toHaveAttribute('data-code', 'PC2');
  await expect(row(page, 'PC2')).toHaveAttribute('data-flagged', 'true');
  await expect(row(page, 'PC2').locator('[data-col="mean"]')).toHaveText('1,56');
  await expect(row(page, 'PC2').locator('[data-col="sd"]')).toHaveText('0,51');
  await expect(row(page, 'PC2').locator('[data-col="n"]')).toHaveText('18');
  await expect(row(page, 'PC2').locator('[data-col="flag"]')).toContainText('gemiddelde < 3,0');
  await expect(row(page, 'IK4').locator('[data-col="flag"]')).toContainText('SD ≥ 0,8');
  await expect(row(page, 'PC3')).toHaveAttribute('data-flagged', 'false');
  await expect(page.getByTestId('survey-axes')).toContainText('18 respondenten · vaardigheid 3,32 · collectieve wil 2,47');

  // The items chart: flagged in red, PC2's dot at 1,56.
  await showKind(page, 'items');
  const items = await plotted(page);
  const flagged = items.data.find((t) => t.name === 'Gemarkeerd')!;
  expect(flagged.y[0]).toBe('PC2 · We observeren en bespreken… (n = 18)');
  expect(flagged.x[0]).toBeCloseTo(1.556, 3);
  expect(flagged.text![0]).toBe('1,56');
  await page.getByTestId('survey-chart-kind').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, testInfo, 'survey-items-chart-1366x768.png');
  await page.getByTestId('survey-items').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, testInfo, 'survey-items-table-1366x768.png');

  // The Likert bars: disagreement left of zero, Weet niet never in the bar.
  await showKind(page, 'likert');
  const likert = await plotted(page);
  const bars = likert.data.filter((t) => t.xaxis === 'x');
  expect(bars.map((t) => t.name)).toEqual(['Neutraal', 'Oneens', 'Helemaal oneens', 'Neutraal', 'Eens', 'Helemaal eens']);
  const pc2 = bars[0]!.y.findIndex((y) => String(y).startsWith('PC2 '));
  expect(bars[2]!.x[pc2]).toBeCloseTo(-8 / 18, 6);
  expect(bars[1]!.x[pc2]).toBeCloseTo(-10 / 18, 6);
  await page.getByTestId('survey-chart-kind').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, testInfo, 'survey-likert-1366x768.png');

  // Self – team – observed: IK1 3,67, WIJ1 3,25 and the element "Erkennen en waarderen" 2,83, the gap named.
  await showKind(page, 'dumbbell');
  const dumbbell = await plotted(page);
  const side = (name: string) => dumbbell.data.find((t) => t.name === name)!;
  expect(side('Ik').x[0]).toBeCloseTo(3.6667, 4);
  expect(side('Wij').x[0]).toBeCloseTo(3.25, 4);
  expect(side('Geobserveerd').x[0]).toBeCloseTo(2.8333, 4);
  expect(dumbbell.annotations.map((a) => a.text)).toContain('kloof 0,83: Ik ↔ Geobserveerd');
  await page.getByTestId('survey-chart-kind').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, testInfo, 'survey-dumbbell-1366x768.png');

  await showKind(page, 'observations');
  await page.getByTestId('survey-chart-kind').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, testInfo, 'survey-observations-1366x768.png');

  // The quadrant: a dot per moment, an arrow nulmeting → eindmeting, the team's own dot, the four cultures.
  await showKind(page, 'quadrant');
  const quadrant = await plotted(page);
  const dots = quadrant.data.find((t) => t.name === 'Team (berekend)')!;
  expect(dots.x[0]).toBeCloseTo(3.319, 3);
  expect(dots.y[0] as number).toBeCloseTo(2.467, 3);
  expect(dots.x[1]).toBeCloseTo(3.505, 3);
  expect(dots.y[1] as number).toBeCloseTo(2.934, 3);
  expect(dots.text).toEqual(['nulmeting (n = 18)', 'eindmeting (n = 17)']);
  const arrow = quadrant.annotations.find((a) => a.showarrow)!;
  expect([arrow.ax, arrow.ay, arrow.x, arrow.y]).toEqual([dots.x[0], dots.y[0], dots.x[1], dots.y[1]]);
  const own = quadrant.data.find((t) => t.name === 'Eigen inschatting')!;
  expect([own.x[0], own.y[0]]).toEqual([3.8, 3.4]);
  const texts = quadrant.annotations.map((a) => a.text ?? '');
  for (const culture of ['transformatieve verbetercultuur', 'selectieve impact — solistisch', 'cultuur van lage verwachtingen', 'geankerd inproductief']) {
    expect(texts.map((t) => t.replace(/<br>/g, ' '))).toContain(`<b>${culture}</b>`);
  }
  expect(texts.some((t) => t.startsWith('Positie = gemiddelde van de vraaggemiddelden per as.'))).toBe(true);
  await page.getByTestId('survey-chart-kind').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, testInfo, 'survey-quadrant-1366x768.png');

  // Saved as a view from the Teambevraging tab; elsewhere, then the view again: its tab, chart and arrow are back.
  await page.getByTestId('view-save').click();
  await page.getByTestId('view-title').fill('Vaardig, maar de collectieve wil blijft achter');
  await expect(page.getByTestId('view-saving-survey')).toContainText('Kwadrant');
  await expect(page.getByTestId('view-type')).toHaveCount(0);
  await expect(page.getByTestId('view-preview-plot').locator('.main-svg').first()).toBeVisible();
  await shoot(page, testInfo, 'survey-view-dialog-1366x768.png');
  await page.getByTestId('view-confirm').click();
  const saved = page.getByTestId('view-item').filter({ hasText: 'Vaardig, maar de collectieve wil blijft achter' });
  await expect(saved).toHaveCount(1);
  await expect(page.getByTestId('active-view-title')).toHaveText('Vaardig, maar de collectieve wil blijft achter');
  await page.getByTestId('tab-chart').click();
  await expect(page.getByTestId('survey-plot')).toHaveCount(0);
  await saved.click();
  await expect(page.getByTestId('tab-survey')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('survey-chart-kind')).toHaveValue('quadrant');
  await expect(page.getByTestId('survey-plot').locator('.main-svg').first()).toBeVisible();
  await expect(page.getByTestId('survey-codebook')).toHaveAttribute('data-state', 'own');
  const restored = await plotted(page);
  expect(restored.annotations.filter((a) => a.showarrow)).toHaveLength(1);
  expect(restored.data.find((t) => t.name === 'Eigen inschatting')).toBeTruthy();
  await expect(page.getByTestId('active-view-title')).toHaveText('Vaardig, maar de collectieve wil blijft achter');
  await page.getByTestId('active-view').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  await shoot(page, testInfo, 'survey-view-restored-1366x768.png');

  // In the views list with its tag; edited in the view dialog, whose preview draws the quadrant (no plain-chart fields).
  await expect(saved.locator('.view-survey-tag')).toHaveText(' · Teambevraging');
  const viewId = (await saved.getAttribute('data-view-id'))!;
  await page.locator(`[data-testid="view-entry"][data-view-id="${viewId}"]`).getByTestId('view-edit').click();
  await expect(page.getByTestId('view-dialog')).toBeVisible();
  await expect(page.getByTestId('view-title')).toHaveValue('Vaardig, maar de collectieve wil blijft achter');
  await expect(page.getByTestId('view-type')).toHaveCount(0);
  const preview = page.getByTestId('view-preview-plot');
  await expect(preview.locator('.main-svg').first()).toBeVisible();
  const previewNames = await preview.evaluate((el) => (el as unknown as { data: { name?: string }[] }).data.map((t) => t.name ?? ''));
  expect(previewNames).toContain('Team (berekend)');
  expect(previewNames).toContain('Eigen inschatting');
  await expect(page.getByTestId('view-preview-title')).toHaveText('Vaardig, maar de collectieve wil blijft achter');
  await expect(page.getByTestId('view-preview-privacy')).toHaveAttribute('data-level', 'aggregated');
  await page.getByTestId('view-subtitle').fill('Het team in het kwadrant, van nulmeting naar eindmeting');
  await page.waitForTimeout(300);
  await shootView(page, testInfo, 'survey-view-dialog-preview-1366x768.png');
  await page.getByTestId('view-confirm').click();
  await expect(page.getByTestId('view-dialog')).toHaveCount(0);
  await expect(page.getByTestId('active-view-subtitle')).toHaveText('Het team in het kwadrant, van nulmeting naar eindmeting');

  // Exported as SVG: the view's title and subtitle, the four cultures and the source line; recorded in the project's export log.
  const download = page.waitForEvent('download');
  await page.getByTestId('survey-panel').getByTestId('export-svg').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Vaardig, maar de collectieve wil blijft achter.svg');
  const svgText = readFileSync((await file.path())!).toString('utf8');
  for (const text of ['Vaardig, maar de collectieve wil blijft achter', 'Het team in het kwadrant', 'Bron: ', 'ingelezen']) expect(svgText).toContain(text);
  for (const word of ['transformatieve', 'verbetercultuur', 'selectieve impact', 'solistisch', 'verwachtingen', 'geankerd', 'inproductief']) expect(svgText).toContain(word);
  const log = await exportsLog(page, host.token);
  expect(log.map((e) => [e.format, e.viewIds, e.fileName])).toEqual([['svg', [viewId], 'Vaardig, maar de collectieve wil blijft achter.svg']]);

  // Per teacher only when ticked deliberately, and then marked so.
  await expect(page.getByTestId('survey-teachers')).toHaveCount(0);
  await page.getByTestId('survey-panel').locator('summary').first().click();
  await page.getByTestId('survey-teacher-level').check();
  await page.getByTestId('survey-compute').click();
  await expect(page.getByTestId('survey-per-teacher')).toContainText('Per leraar');
  await page.getByTestId('survey-teachers').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, testInfo, 'survey-per-teacher-1366x768.png');

  expect(errors).toEqual([]);
});
