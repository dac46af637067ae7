import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { collectPageErrors, expect, samplesDir, test } from './host';
import { importSamples } from './helpers';

const LAPTOP = { width: 1366, height: 768 };

interface Expected {
  lvs: { data_rows_including_duplicate: number; duplicate_id: number };
  pupil_scores: Record<string, { klas: string; juni: number | null }>;
}
const expected = JSON.parse(readFileSync(join(samplesDir, 'expected.json'), 'utf8')) as Expected;

/** Rows of the student list (the duplicate counted twice) in these classes, from expected.json. */
function lvsRowsIn(classes: string[]): number {
  const pupils = Object.entries(expected.pupil_scores).filter(([, p]) => classes.includes(p.klas));
  const duplicate = pupils.some(([id]) => Number(id) === expected.lvs.duplicate_id) ? 1 : 0;
  return pupils.length + duplicate;
}

/** Student numbers in the September file, read here from its bytes (Windows-1252, `;`, numbers with stray spaces). */
function septIds(): Set<number> {
  const text = readFileSync(join(samplesDir, 'toets-wiskunde-sept.csv'), 'latin1');
  const ids = text
    .split(/\r?\n/)
    .slice(1)
    .map((line) => Number(line.split(';')[0]!.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  return new Set(ids);
}

const rows = (page: Page) => page.getByTestId('row-count');
const steps = (page: Page) => page.getByTestId('recipe-step');
const step = (page: Page, kind: string) => steps(page).and(page.locator(`[data-kind="${kind}"]`));
const header = (page: Page, column: string) => page.locator(`[data-testid="result-grid"] .ag-header-cell[col-id="${column}"]`);

test('filter from a column header, then edit the filter, join, derived column and a source name in place', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await importSamples(page, ['lvs-leerlingen.xlsx', 'toets-wiskunde-sept.csv']);
  await expect(rows(page)).toContainText(String(expected.lvs.data_rows_including_duplicate));

  // The header's filter button opens the filter on that column, its values to tick (as an autofilter).
  await header(page, 'Klas').hover();
  await header(page, 'Klas').getByTestId('column-filter').click();
  const form = page.getByTestId('filter-form');
  await expect(form.getByTestId('filter-column')).toHaveValue('Klas');
  await expect(form.getByTestId('filter-op')).toHaveValue('in');
  // The click opened the filter and did not sort the column.
  await expect(header(page, 'Klas')).toHaveAttribute('aria-sort', 'none');
  await form.locator('[data-testid="filter-list-value"][data-value="2A"]').check();
  await page.screenshot({ path: testInfo.outputPath('header-filter-1366x768.png') });
  await form.getByTestId('filter-apply').click();
  await expect(step(page, 'filter')).toHaveCount(1);
  await expect(rows(page)).toContainText(String(lvsRowsIn(['2A'])));

  // Edit the filter step from the steps panel: its conditions come back as they were; add 2B.
  await step(page, 'filter').getByTestId('step-edit').click();
  const filterDialog = page.getByTestId('filter-dialog');
  await expect(filterDialog.getByTestId('filter-column')).toHaveValue('Klas');
  await expect(filterDialog.locator('[data-testid="filter-list-value"][data-value="2A"]')).toBeChecked();
  await filterDialog.locator('[data-testid="filter-list-value"][data-value="2B"]').check();
  await filterDialog.getByTestId('filter-apply').click();
  await expect(filterDialog).toHaveCount(0);
  await expect(step(page, 'filter')).toHaveCount(1);
  await expect(rows(page)).toContainText(String(lvsRowsIn(['2A', '2B'])));

  // A join, then edited into an anti join (pupils of 2A/2B without a September row): in place, checked again.
  const inBoth = lvsRowsIn(['2A', '2B']);
  await page.getByTestId('join-open').click();
  await page.getByTestId('join-right').selectOption({ label: 'toets-wiskunde-sept' });
  await page.getByTestId('join-preview').click();
  await page.getByTestId('join-apply').click();
  await expect(step(page, 'join')).toHaveCount(1);
  await expect(rows(page)).toContainText(String(inBoth));
  await step(page, 'join').getByTestId('step-edit').click();
  const joinDialog = page.getByTestId('join-dialog');
  await expect(joinDialog.getByTestId('join-right')).toHaveValue(/s2/);
  await expect(joinDialog.getByTestId('join-kind')).toHaveValue('left');
  await joinDialog.getByTestId('join-kind').selectOption('anti');
  await expect(joinDialog.getByTestId('join-apply')).toBeDisabled();
  await joinDialog.getByTestId('join-preview').click();
  await joinDialog.getByTestId('join-apply').click();
  await expect(joinDialog).toHaveCount(0);
  const ids = septIds();
  const pupils = Object.entries(expected.pupil_scores).filter(([, p]) => p.klas === '2A' || p.klas === '2B');
  const withoutSept = pupils.filter(([id]) => !ids.has(Number(id))).length;
  await expect(step(page, 'join')).toHaveCount(1);
  await expect(step(page, 'join').getByTestId('step-rows')).toHaveAttribute('data-value', String(withoutSept));
  // Undo gives the left join back.
  await page.keyboard.press('Control+z');
  await expect(step(page, 'join').getByTestId('step-rows')).toHaveAttribute('data-value', String(inBoth));

  // A derived column, then edited: another name and formula, same place.
  await page.getByTestId('derive-open').click();
  await page.getByTestId('derive-name').fill('pct');
  await page.getByTestId('derive-expression').fill('[Score (/40)] / 40 * 100');
  await page.getByTestId('derive-apply').click();
  await expect(header(page, 'pct')).toBeVisible();
  await step(page, 'derive').getByTestId('step-edit').click();
  const deriveDialog = page.getByTestId('derive-dialog');
  await expect(deriveDialog.getByTestId('derive-name')).toHaveValue('pct');
  await expect(deriveDialog.getByTestId('derive-expression')).toHaveValue('[Score (/40)] / 40 * 100');
  await deriveDialog.getByTestId('derive-name').fill('sept_pct');
  await deriveDialog.getByTestId('derive-expression').fill('AFRONDEN([Score (/40)] / 40 * 100; 1)');
  await page.screenshot({ path: testInfo.outputPath('derive-edit-1366x768.png') });
  await deriveDialog.getByTestId('derive-apply').click();
  await expect(deriveDialog).toHaveCount(0);
  await expect(header(page, 'sept_pct')).toBeVisible();
  await expect(header(page, 'pct')).toHaveCount(0);
  expect(await steps(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')))).toEqual(['filter', 'join', 'derive']);

  // Alt+↓ on a focused header opens the filter on that column, from the keyboard alone.
  // (The new column was brought into view; headers out of view are not drawn.)
  await header(page, 'sept_pct').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('filter-form').getByTestId('filter-column')).toHaveValue('sept_pct');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('filter-form')).toHaveCount(0);

  // Rename a source in place: the join step names it so; a taken name is refused under the field.
  const sept = page.locator('[data-testid="source-item"][data-source-id="s2"]');
  await expect(sept.getByTestId('source-name')).toHaveText('toets-wiskunde-sept');
  await sept.getByTestId('source-rename').click();
  await sept.getByTestId('source-rename-input').fill('lvs-leerlingen');
  await sept.getByTestId('source-rename-input').press('Enter');
  await expect(sept.getByTestId('source-rename-problem')).toContainText('lvs-leerlingen');
  await page.screenshot({ path: testInfo.outputPath('source-rename-problem-1366x768.png') });
  await sept.getByTestId('source-rename-input').fill('sept');
  await sept.getByTestId('source-rename-input').press('Enter');
  await expect(sept.getByTestId('source-name')).toHaveText('sept');
  await expect(sept.getByTestId('source-rename')).toBeFocused();
  await expect(step(page, 'join')).toContainText('sept');
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a name-match step edited in place keeps its decisions and fields until changed', async ({ page, host }) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await importSamples(page, ['lvs-leerlingen.xlsx', 'toets-wiskunde-juni.xlsx']);
  const figures = (JSON.parse(readFileSync(join(samplesDir, 'expected.json'), 'utf8')) as { join: { lvs_x_juni: { matched: number; left_school: number } } }).join.lvs_x_juni;

  await page.getByTestId('match-open').click();
  await page.getByTestId('match-right').selectOption({ label: 'toets-wiskunde-juni' });
  await page.getByTestId('match-preview').click();
  await expect(page.getByTestId('match-match-accepted')).toHaveAttribute('data-value', String(figures.matched));
  await page.getByTestId('match-apply').click();
  const match = step(page, 'matchNames');
  await expect(match).toHaveCount(1);
  await expect(match.getByTestId('step-match-accepted')).toHaveAttribute('data-value', String(figures.matched));

  // Confirm one automatic pair in the review (a decision stored by content).
  await match.getByTestId('step-details').click();
  await match.getByTestId('match-review-open').click();
  const review = page.getByTestId('match-review-dialog');
  await review.getByTestId('match-band').selectOption('accepted');
  await review.getByTestId('match-candidate').first().getByTestId('match-accept').click();
  await review.getByTestId('match-save').click();
  await expect(match.getByTestId('step-match-accepted-by-user')).toHaveAttribute('data-value', '1');

  // Edit: the dialog opens with the step's source and fields; an inner match keeps the decision.
  await match.getByTestId('step-edit').click();
  const dialog = page.getByTestId('match-dialog');
  await expect(dialog.getByRole('heading', { name: /Stap 1 bewerken/ })).toBeVisible();
  await expect(dialog.getByTestId('match-kind')).toHaveValue('left');
  await dialog.getByTestId('match-kind').selectOption('inner');
  await dialog.getByTestId('match-apply').click();
  await expect(dialog).toHaveCount(0);
  await expect(steps(page)).toHaveCount(1);
  await expect(match.getByTestId('step-match-accepted-by-user')).toHaveAttribute('data-value', '1');
  // An inner match keeps the rows of the pupils with a June score (pupil_scores: null for those who left),
  // the student list's duplicate row twice when that pupil is among them.
  const inJune = Object.entries(expected.pupil_scores).filter(([, p]) => p.juni !== null);
  expect(inJune).toHaveLength(figures.matched);
  const rowsInJune = inJune.length + (inJune.some(([id]) => Number(id) === expected.lvs.duplicate_id) ? 1 : 0);
  await expect(match.getByTestId('step-rows')).toHaveAttribute('data-value', String(rowsInJune));
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});
