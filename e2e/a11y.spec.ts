import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectAxeClean } from './axe';
import { collectPageErrors, expect, samplesDir, test } from './host';
import { shooter } from './helpers';

/**
 * Issue 13, "Keyboard and screen reader": every screen passes axe-core (WCAG 2.1 A and AA) with no
 * serious or critical violation — welcome, import dialog, join and name-match review, recipe steps,
 * grid, learning-gain panel, chart editor, story editor and presentation mode — and the workbench
 * holds at 200 % zoom. What a screen reader is told is checked too: the join's and the name
 * match's results in a live region, and each slide's title and takeaway in presentation mode.
 */

const LAPTOP = { width: 1366, height: 768 };
/** 1366×768 at 200 % zoom: the CSS pixels a laptop's window has left. */
const ZOOMED = { width: 683, height: 384 };
const shoot = shooter('/tmp/shots-a11y');

async function importFile(page: Page, file: string, axeScreen?: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  await (await chooser).setFiles(join(samplesDir, file));
  await expect(page.getByTestId('import-file-name')).toHaveText(file);
  await expect(page.getByTestId('import-confirm')).toBeEnabled();
  if (axeScreen) await expectAxeClean(page, axeScreen);
  await page.getByTestId('import-confirm').click();
  await expect(page.getByTestId('import-dialog')).toHaveCount(0);
}

interface Expected {
  join: { lvs_x_juni: { matched: number; left_school: number } };
}
const expected = JSON.parse(readFileSync(join(samplesDir, 'expected.json'), 'utf8')) as Expected;

/**
 * What does not fit the window's width: the page scrolling sideways, and the elements that reach
 * past the window's right edge without a scroller of their own to bring them back (a table or
 * the grid scrolling in its box is fine; a field cut off at the window's edge or a dialog's is not).
 */
async function cutOff(page: Page): Promise<{ scrollsSideways: boolean; elements: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    // A dialog (and its body) scrolls up and down; content it has to scroll sideways is cut off.
    const scrolls = (el: Element) => /auto|scroll/.test(getComputedStyle(el).overflowX) && el !== root && el !== document.body && !el.matches('dialog, .modal-body');
    const elements: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= window.innerWidth + 1 || el.closest('svg')) continue;
      // Up to the first scroller; a dialog is drawn above the page, so its ancestors' scrollers do not count.
      let up = el.parentElement;
      while (up && !up.matches('dialog') && !scrolls(up)) up = up.parentElement;
      if (!up || up.matches('dialog')) elements.push(`${el.tagName.toLowerCase()}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''}.${el.className}`);
    }
    return { scrollsSideways: root.scrollWidth > root.clientWidth, elements: elements.slice(0, 10) };
  });
}

test('a new project: welcome, import dialog, grid, join and name-match review, recipe steps; their results announced; 200 % zoom', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await expect(page.getByTestId('welcome-new')).toBeVisible();
  await expectAxeClean(page, 'welcome');
  // Errors go into an alert region that is in the page before there is one to say.
  await expect(page.getByRole('alert')).toHaveText('');

  await page.getByTestId('welcome-new').click();
  await importFile(page, 'lvs-leerlingen.xlsx', 'import dialog');
  await importFile(page, 'toets-wiskunde-sept.csv');
  await importFile(page, 'toets-wiskunde-juni.xlsx');
  await expect(page.getByTestId('result-grid').locator('.ag-row[row-index="0"]')).toBeVisible();
  await expectAxeClean(page, 'grid');

  // The join's check: its figures on screen and, in the same words, in a polite live region that
  // was already in the dialog (empty) before the check.
  await page.getByTestId('join-open').click();
  await page.getByTestId('join-right').selectOption({ label: 'toets-wiskunde-sept' });
  const joinSaid = page.getByTestId('join-dialog').getByRole('status').and(page.getByTestId('join-announcement'));
  await expect(joinSaid).toHaveText('');
  await page.getByTestId('join-preview').click();
  await expect(page.getByTestId('join-matched')).toBeVisible();
  const [matched, rows] = await Promise.all([page.getByTestId('join-matched').textContent(), page.getByTestId('join-result-rows').textContent()]);
  await expect(joinSaid).toContainText(`Resultaat van de controle: ${matched}`);
  await expect(joinSaid).toContainText(rows!);
  await expectAxeClean(page, 'join review');
  await page.getByTestId('join-apply').click();
  await expect(page.getByTestId('join-dialog')).toHaveCount(0);

  // The name match: its figures announced once the check is back.
  const figures = expected.join.lvs_x_juni;
  await page.getByTestId('match-open').click();
  await page.getByTestId('match-right').selectOption({ label: 'toets-wiskunde-juni' });
  await page.getByTestId('match-preview').click();
  await expect(page.getByTestId('match-match-accepted')).toHaveAttribute('data-value', String(figures.matched));
  const matchSaid = page.getByTestId('match-dialog').getByRole('status').and(page.getByTestId('match-announcement'));
  await expect(matchSaid).toContainText(`Zo koppelt het: ${figures.matched} automatisch gekoppeld;`);
  await expect(matchSaid).toContainText(`${figures.left_school} rijen van de tabel zonder partner`);
  await expectAxeClean(page, 'name-match check');
  await page.getByTestId('match-apply').click();
  await expect(page.getByTestId('match-dialog')).toHaveCount(0);

  const match = page.getByTestId('recipe-step').and(page.locator('[data-kind="matchNames"]'));
  await match.getByTestId('step-details').click();
  await expect(match.getByTestId('step-match-accepted')).toBeVisible();
  await expectAxeClean(page, 'recipe steps');

  // The review of candidates: a verdict changes the figures, and the region says the new ones.
  await match.getByTestId('match-review-open').click();
  const review = page.getByTestId('match-review-dialog');
  await review.getByTestId('match-band').selectOption('accepted');
  await expect(review.getByTestId('match-candidate').first()).toBeVisible();
  await expectAxeClean(page, 'name-match review');
  const reviewSaid = review.getByRole('status').and(review.getByTestId('match-announcement'));
  await expect(reviewSaid).not.toContainText('door jou bevestigd');
  await review.getByTestId('match-candidate').first().getByTestId('match-accept').click();
  await expect(reviewSaid).toContainText(`Zo koppelt het: ${figures.matched - 1} automatisch gekoppeld; 1 door jou bevestigd;`);
  await page.keyboard.press('Escape');
  await expect(review).toHaveCount(0);

  // 200 % zoom on a 1366×768 laptop: the toolbar wraps instead of pushing the page sideways, and
  // every one of its buttons stays inside the window.
  await page.setViewportSize(ZOOMED);
  await page.waitForTimeout(200);
  expect(await cutOff(page), 'the workbench at 200 %').toEqual({ scrollsSideways: false, elements: [] });
  const toolbar = page.getByRole('toolbar').first();
  for (const button of await toolbar.getByRole('button').all()) {
    const box = await button.boundingBox();
    const name = (await button.getAttribute('aria-label')) ?? (await button.textContent());
    expect(box, `toolbar button ${name} is shown`).not.toBeNull();
    expect(box!.x, `toolbar button ${name} starts inside the window`).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width, `toolbar button ${name} ends inside the window`).toBeLessThanOrEqual(ZOOMED.width + 0.5);
  }
  await shoot(page, testInfo, 'workbench-200pct.png');
  await expectAxeClean(page, 'workbench at 200 %');
  await page.getByTestId('join-open').click();
  await expect(page.getByTestId('join-dialog')).toBeVisible();
  expect(await cutOff(page), 'the join dialog at 200 %').toEqual({ scrollsSideways: false, elements: [] });
  await shoot(page, testInfo, 'join-dialog-200pct.png');
  await page.keyboard.press('Escape');

  expect(errors).toEqual([]);
});

test('the demo: learning-gain panel, chart editor, story editor, presentation; charts named, slides announced', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('gain-plot').locator('.main-svg').first()).toBeVisible();
  // The chart is an image named by its generated alt text, with the figures table beside it.
  await expect(page.getByRole('img', { name: /procentpunten/ })).toHaveAttribute('data-testid', 'gain-plot');
  await expect(page.getByRole('table').and(page.getByTestId('gain-figures'))).toBeVisible();
  await expectAxeClean(page, 'learning-gain panel');
  await shoot(page, testInfo, 'gain-1366x768.png');

  const chartEntry = page.getByTestId('view-entry').filter({ hasText: 'hoogste gemiddelde voor wiskunde' });
  await chartEntry.getByTestId('view-item').click();
  await expect(page.getByTestId('chart-plot')).toHaveAttribute('role', 'img');
  await expect(page.getByTestId('chart-plot')).toHaveAttribute('aria-label', /\S/);
  await expect(page.getByTestId('chart-caption').locator('tbody tr').first()).toBeAttached();
  await expectAxeClean(page, 'chart panel');
  await chartEntry.getByTestId('view-edit').click();
  await expect(page.getByTestId('view-preview-plot').locator('.main-svg').first()).toBeVisible();
  await expectAxeClean(page, 'chart editor');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('view-dialog')).toHaveCount(0);

  await page.getByTestId('tb-stories').click();
  await page.getByTestId('story-item').first().click();
  await expect(page.getByTestId('story-editor')).toBeVisible();
  await expectAxeClean(page, 'story editor');
  await shoot(page, testInfo, 'story-1366x768.png');
  // The story editor at 200 %: its fields narrow with the window.
  await page.setViewportSize(ZOOMED);
  await page.getByTestId('story-add-view-data').scrollIntoViewIfNeeded();
  expect(await cutOff(page), 'the story editor at 200 %').toEqual({ scrollsSideways: false, elements: [] });
  await shoot(page, testInfo, 'story-200pct.png');
  await page.setViewportSize(LAPTOP);

  // Presenting: each slide's number, title and takeaway are announced, and the slide is named by its title.
  await page.getByTestId('story-present').click();
  await expect(page.getByTestId('present-dialog')).toBeVisible();
  await expectAxeClean(page, 'present dialog');
  await page.getByTestId('present-start').click();
  const presentation = page.getByTestId('presentation');
  await expect(presentation).toBeVisible();
  const said = presentation.getByRole('status').and(page.getByTestId('present-announcement'));
  const story = (await page.locator('.slide-title-main').textContent())!;
  await expect(said).toHaveText(new RegExp(`^Dia 1 van \\d+: ${story}\\. .+`));
  await expectAxeClean(page, 'presentation: title slide');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-testid="slide"] .slide-plot .main-svg').first()).toBeVisible();
  const [heading, takeaway] = await Promise.all([page.locator('.slide-heading').textContent(), page.locator('.slide-takeaway').textContent()]);
  expect(takeaway!.length).toBeGreaterThan(0);
  await expect(said).toContainText(`Dia 2 van`);
  await expect(said).toContainText(heading!);
  await expect(said).toContainText(takeaway!);
  await expect(presentation.getByRole('region', { name: `Dia 2 van ${await page.getByTestId('present-count').textContent().then((c) => c!.split(' / ')[1])}: ${heading}` })).toBeVisible();
  await expect(presentation.getByRole('img', { name: /\S/ })).toBeVisible();
  await expectAxeClean(page, 'presentation: chart slide');
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-kind', 'actions');
  await expectAxeClean(page, 'presentation: actions slide');
  await page.keyboard.press('Escape');
  await expect(presentation).toHaveCount(0);
  expect(errors).toEqual([]);
});
