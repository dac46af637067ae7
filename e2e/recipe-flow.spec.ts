import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { collectPageErrors, expect, samplesDir, test } from './host';
import { importSamples, shooter } from './helpers';

/**
 * The steps of the recipe in the UI (issue "Dataverenging"): the panel beside the grid, its
 * editors, undo and redo through it, a step's table on screen, and the flow of the issue from a
 * name match to the exported result. Counts and values are checked against expected.json, which
 * was computed from the sample files independently of the workbench.
 */

interface Expected {
  lvs: { data_rows_including_duplicate: number; distinct_students: number; duplicate_id: number };
  join: { lvs_x_juni: { in_juni: number; matched: number; left_school: number } };
  pupil_scores: Record<string, { klas: string; sept: number | null; juni: number | null }>;
}
const expected = JSON.parse(readFileSync(join(samplesDir, 'expected.json'), 'utf8')) as Expected;

/** The size of a school laptop's screen, for the screenshots. */
const LAPTOP = { width: 1366, height: 768 };
const SHOTS = '/tmp/steps-screenshots';

const shoot = shooter(SHOTS);

const rowCount = (page: Page) => page.getByTestId('row-count');
const steps = (page: Page) => page.getByTestId('recipe-step');
const step = (page: Page, kind: string) => steps(page).and(page.locator(`[data-kind="${kind}"]`));
const kinds = (page: Page) => steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
/** A Dutch number as the grid and a Flemish CSV write it (`64,2609`), read back. */
const dutch = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));

/** The rows of the grid (it must show them all), as text by column. */
async function gridRows(page: Page, columns: string[], rows: number): Promise<Record<string, string>[]> {
  const grid = page.getByTestId('result-grid');
  await expect(grid.locator('.ag-row[row-index]').locator(`.ag-cell[col-id="${columns[0]}"]`)).toHaveCount(rows);
  const out: Record<string, string>[] = [];
  for (let i = 0; i < rows; i++) {
    const row = grid.locator(`.ag-row[row-index="${i}"]`);
    const record: Record<string, string> = {};
    for (const c of columns) record[c] = (await row.locator(`.ag-cell[col-id="${c}"]`).innerText()).trim();
    out.push(record);
  }
  return out;
}

/** Per class, from expected.json: the rows of the student list (the duplicated pupil twice), its pupils, and the June percentages. */
function byClass(): Map<string, { rows: number; pupils: number; juni: number[] }> {
  const out = new Map<string, { rows: number; pupils: number; juni: number[] }>();
  for (const [id, p] of Object.entries(expected.pupil_scores)) {
    const entry = out.get(p.klas) ?? { rows: 0, pupils: 0, juni: [] };
    const times = id === String(expected.lvs.duplicate_id) ? 2 : 1;
    entry.rows += times;
    entry.pupils += 1;
    if (p.juni !== null) for (let k = 0; k < times; k++) entry.juni.push((p.juni / 50) * 100);
    out.set(p.klas, entry);
  }
  return out;
}

/** Opens a step kind's editor from the "Stap toevoegen" menu. */
async function openEditor(page: Page, kind: 'group' | 'select' | 'sort' | 'deduplicate'): Promise<Locator> {
  await page.getByTestId('step-add-open').click();
  await page.getByTestId(`step-add-${kind}`).click();
  return page.getByTestId(`${kind === 'deduplicate' ? 'dedupe' : kind}-dialog`);
}

test('the issue’s flow: name match with a review, a derived column and a group step, undo and redo, CSV and XLSX, a many-to-many join warned about', async ({
  page,
  host,
}, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await importSamples(page, ['lvs-leerlingen.xlsx', 'toets-wiskunde-juni.xlsx', 'toets-wiskunde-sept.csv']);
  const lvsRows = expected.lvs.data_rows_including_duplicate;
  await expect(rowCount(page)).toContainText(String(lvsRows));
  const figures = expected.join.lvs_x_juni;

  // 1. The name match, built in its dialog: the June test has no pupil number, only `Voornaam Naam`.
  await page.getByTestId('match-open').click();
  await page.getByTestId('match-right').selectOption({ label: 'toets-wiskunde-juni' });
  await page.getByTestId('match-preview').click();
  // Controleren puts the focus on the result: it is read, and Tab goes on into the review.
  await expect(page.getByTestId('match-summary-title')).toBeFocused();
  await expect(page.getByTestId('match-match-accepted')).toHaveAttribute('data-value', String(figures.matched));
  await expect(page.getByTestId('match-match-unmatched-left')).toHaveAttribute('data-value', String(figures.left_school));
  await page.getByTestId('match-apply').click();
  await expect(page.getByTestId('match-dialog')).toHaveCount(0);
  await expect(steps(page)).toHaveCount(1);
  await expect(rowCount(page)).toContainText(String(lvsRows));

  // 2. Review a candidate from the step's details: confirm the first automatic pair, save (one undoable change).
  const match = step(page, 'matchNames');
  await match.getByTestId('step-details').click();
  await match.getByTestId('match-review-open').click();
  const review = page.getByTestId('match-review-dialog');
  await review.getByTestId('match-band').selectOption('accepted');
  const candidate = review.getByTestId('match-candidate').first();
  await candidate.getByTestId('match-accept').click();
  await expect(review.getByTestId('match-pending')).toBeVisible();
  await expect(review.getByTestId('match-candidate').first()).toHaveAttribute('data-verdict', 'accept');
  await review.getByTestId('match-save').click();
  await expect(review).toHaveCount(0);
  await expect(match.getByTestId('step-match-accepted-by-user')).toHaveAttribute('data-value', '1');
  await expect(match.getByTestId('step-match-accepted')).toHaveAttribute('data-value', String(figures.matched - 1));
  await match.getByTestId('step-details').click();

  // 3. A derived column: the June score as a percentage of its maximum (50).
  await page.getByTestId('derive-open').click();
  await page.getByTestId('derive-name').fill('Procent juni');
  await page.getByTestId('derive-expression').fill('[Score] / 50 * 100');
  await expect(page.getByTestId('derive-ok')).toBeVisible();
  await page.getByTestId('derive-apply').click();
  await expect(page.getByTestId('derive-dialog')).toHaveCount(0);
  await expect(steps(page)).toHaveCount(2);

  // 4. A group step per class: n, the mean percentage, distinct pupils and the share with at least 60 %.
  const dialog = await openEditor(page, 'group');
  await dialog.locator('[data-testid="group-key"][value="Klas"]').check();
  await dialog.getByTestId('group-add').click();
  const rows = dialog.getByTestId('group-aggregate');
  await rows.nth(0).getByTestId('group-column').selectOption('Procent juni');
  await expect(rows.nth(0).getByTestId('group-name')).toHaveValue('gemiddelde Procent juni');
  await dialog.getByTestId('group-add').click();
  await rows.nth(1).getByTestId('group-fn').selectOption('countDistinct');
  await rows.nth(1).getByTestId('group-column').selectOption('Stamboeknummer');
  await expect(rows.nth(1).getByTestId('group-name')).toHaveValue('aantal verschillende Stamboeknummer');
  await dialog.getByTestId('group-add').click();
  await rows.nth(2).getByTestId('group-fn').selectOption('share');
  await rows.nth(2).getByTestId('group-column').selectOption('Procent juni');
  await rows.nth(2).getByTestId('group-op').selectOption('gte');
  await rows.nth(2).getByTestId('group-value').fill('60');
  await expect(rows.nth(2).getByTestId('group-name')).toHaveValue('aandeel Procent juni minstens 60');
  // The proposed name is editable; a name of one's own stays when the figure changes.
  await rows.nth(2).getByTestId('group-name').fill('aandeel ≥ 60 %');
  await expect(dialog.getByTestId('group-outputs')).toContainText('Klas, n, gemiddelde Procent juni, aantal verschillende Stamboeknummer, aandeel ≥ 60 %');
  await shoot(page, testInfo, 'group-editor-1366x768.png');
  await dialog.getByTestId('group-apply').click();
  await expect(dialog).toHaveCount(0);

  const classes = byClass();
  await expect(rowCount(page)).toContainText(String(classes.size));
  const grouped = await gridRows(page, ['Klas', 'n', 'gemiddelde Procent juni', 'aantal verschillende Stamboeknummer', 'aandeel ≥ 60 %'], classes.size);
  expect(grouped.map((r) => r.Klas).sort()).toEqual([...classes.keys()].sort());
  for (const r of grouped) {
    const want = classes.get(r.Klas)!;
    expect([r.Klas, Number(r.n)]).toEqual([r.Klas, want.rows]);
    expect([r.Klas, Number(r['aantal verschillende Stamboeknummer'])]).toEqual([r.Klas, want.pupils]);
    const mean = want.juni.reduce((a, b) => a + b, 0) / want.juni.length;
    expect(dutch(r['gemiddelde Procent juni'])).toBeCloseTo(mean, 3);
    expect(dutch(r['aandeel ≥ 60 %'])).toBeCloseTo(want.juni.filter((v) => v >= 60).length / want.rows, 3);
  }
  // The panel: three steps, each with its rows after it; the match warns of the pupils without a June row.
  await expect(steps(page)).toHaveCount(3);
  await expect(step(page, 'group').getByTestId('step-rows')).toHaveAttribute('data-value', String(classes.size));
  await expect(step(page, 'derive').getByTestId('step-rows')).toHaveAttribute('data-value', String(lvsRows));
  await expect(step(page, 'group').getByTestId('step-show')).toHaveAttribute('aria-current', 'step');
  await shoot(page, testInfo, 'steps-panel-1366x768.png');

  // 5. Click the derived column's step: the grid shows the table as it was there, with the bar back to the result.
  await step(page, 'derive').getByTestId('step-show').click();
  const bar = page.getByTestId('shown-step-bar');
  await expect(bar).toContainText('Je bekijkt de tabel na stap 2');
  await expect(rowCount(page)).toContainText(String(lvsRows));
  // The step's columns: the student list's, the June test's and the derived one (scrolled into view, last).
  const grid = page.getByTestId('result-grid');
  await expect(grid.locator('[aria-colcount]').first()).toHaveAttribute('aria-colcount', '17');
  // (Each pupil's derived percentage is checked in the exports below.)
  await expect(step(page, 'derive').getByTestId('step-show')).toHaveAttribute('aria-current', 'step');
  await shoot(page, testInfo, 'step-shown-mid-recipe-1366x768.png');
  await bar.getByTestId('shown-step-back').click();
  await expect(bar).toHaveCount(0);
  await expect(rowCount(page)).toContainText(String(classes.size));

  // 6. Undo twice (the group step, then the derived column), redo once (the derived column is back).
  await page.getByTestId('tb-undo').click();
  await expect(steps(page)).toHaveCount(2);
  await page.getByTestId('tb-undo').click();
  await expect(steps(page)).toHaveCount(1);
  await expect(match.getByTestId('step-match-accepted-by-user')).toHaveAttribute('data-value', '1');
  await page.getByTestId('tb-redo').click();
  await expect(steps(page)).toHaveCount(2);
  expect(await kinds(page)).toEqual(['matchNames', 'derive']);
  await expect(rowCount(page)).toContainText(String(lvsRows));
  await expect(page.getByTestId('tb-redo')).toBeEnabled();

  // 7. Export CSV (Flemish Excel): a row per pupil row, the percentage per pupil number as expected.
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-csv-flemish').check();
  // The check below reads each pupil number: names and numbers kept by choice.
  await page.getByTestId('export-codes').uncheck();
  await page.getByTestId('export-understood').check();
  const csvDownload = page.waitForEvent('download');
  await page.getByTestId('export-start').click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const lines = readFileSync(await csv.path(), 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');
  expect(lines).toHaveLength(lvsRows + 1);
  const header = lines[0]!.split(';');
  const [idAt, pctAt, scoreAt] = ['Stamboeknummer', 'Procent juni', 'Score'].map((c) => header.indexOf(c));
  expect([idAt, pctAt, scoreAt].every((i) => i! >= 0)).toBe(true);
  const seen = new Set<string>();
  for (const line of lines.slice(1)) {
    const cells = line.split(';');
    const id = cells[idAt!]!;
    const juni = expected.pupil_scores[id]!.juni;
    seen.add(id);
    if (juni === null) expect([id, cells[pctAt!]]).toEqual([id, '']);
    else expect(dutch(cells[pctAt!]!)).toBeCloseTo((juni / 50) * 100, 6);
  }
  expect(seen.size).toBe(expected.lvs.distinct_students);

  // The same table as an Excel workbook, numbers as numbers.
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-format-xlsx').check();
  // The check below reads each pupil number: names and numbers kept by choice.
  await page.getByTestId('export-codes').uncheck();
  await page.getByTestId('export-understood').check();
  const xlsxDownload = page.waitForEvent('download');
  await page.getByTestId('export-start').click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const sheet = workbook.worksheets[0]!;
  expect(sheet.rowCount).toBe(lvsRows + 1);
  const names = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  expect(names).toEqual(header);
  let numbers = 0;
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const id = String(row.getCell(idAt! + 1).value);
    const juni = expected.pupil_scores[id]!.juni;
    const pct = row.getCell(pctAt! + 1).value;
    if (juni === null) expect([id, pct]).toEqual([id, null]);
    else {
      expect(typeof pct).toBe('number');
      expect(pct as number).toBeCloseTo((juni / 50) * 100, 6);
      numbers += 1;
    }
  }
  expect(numbers).toBe(lvsRows - figures.left_school);

  // 8. A join on Klas = Klas multiplies rows: the dialog warns, and applies only once that is confirmed.
  await page.getByTestId('join-open').click();
  await page.getByTestId('join-right').selectOption({ label: 'toets-wiskunde-sept' });
  await page.getByTestId('join-left-key').selectOption('Klas');
  await page.getByTestId('join-right-key').selectOption('Klas');
  await page.getByTestId('join-preview').click();
  await expect(page.getByTestId('join-diag-title')).toBeFocused();
  const warning = page.getByTestId('join-multiplies');
  await expect(warning).toBeVisible();
  // Each row of a class meets every September row of that class.
  const multiplied = [...classes.values()].reduce((sum, c) => sum + c.rows * c.pupils, 0);
  await expect(page.getByTestId('join-result-rows')).toHaveAttribute('data-value', String(multiplied));
  await expect(page.getByTestId('join-apply')).toBeDisabled();
  await page.getByTestId('join-confirm').check();
  await page.getByTestId('join-apply').click();
  await expect(page.getByTestId('join-dialog')).toHaveCount(0);
  const joined = step(page, 'join');
  await expect(joined.getByTestId('step-rows')).toHaveAttribute('data-value', String(multiplied));
  await expect(joined.getByTestId('step-warning').first()).toHaveAttribute('data-code', 'engine.joinMultipliesRows');
  await page.getByTestId('tb-undo').click();
  await expect(steps(page)).toHaveCount(2);
  await expect(rowCount(page)).toContainText(String(lvsRows));

  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});

/** The test id of the focused element, and the step it belongs to. */
function focused(page: Page): Promise<{ testId: string | null; step: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return { testId: el?.getAttribute('data-testid') ?? null, step: el?.closest('[data-step-id]')?.getAttribute('data-step-id') ?? null };
  });
}

test('the steps panel: add from the menu, edit keeping the id, switch off, reorder, remove, show a step’s table, all by keyboard too', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await importSamples(page, ['lvs-leerlingen.xlsx']);
  const lvsRows = expected.lvs.data_rows_including_duplicate;
  const pupils = expected.lvs.distinct_students;
  await expect(rowCount(page)).toContainText(String(lvsRows));

  // The menu by keyboard: Enter opens it on its first kind, the arrows move, Escape closes it.
  const menuButton = page.getByTestId('step-add-open');
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-add-group')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('step-add-menu')).toBeHidden();
  await expect(menuButton).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('step-add-deduplicate')).toBeFocused();
  await shoot(page, testInfo, 'add-step-menu-1366x768.png');
  await page.keyboard.press('Enter');

  // 1. Deduplicate on the pupil number (proposed: the identifier column), keep the first: one pupil was listed twice.
  const dedupe = page.getByTestId('dedupe-dialog');
  await expect(dedupe.locator('[data-testid="dedupe-key"][value="Stamboeknummer"]')).toBeChecked();
  await expect(dedupe.getByTestId('dedupe-keep-first')).toBeChecked();
  await dedupe.getByTestId('dedupe-apply').click();
  await expect(dedupe).toHaveCount(0);
  // The step added has the focus in the steps list, whichever of it and the closing dialog comes first.
  const dedupeStep = step(page, 'deduplicate');
  await expect(dedupeStep.getByTestId('step-show')).toBeFocused();
  await expect(rowCount(page)).toContainText(String(pupils));
  await expect(dedupeStep.getByTestId('step-rows')).toHaveAttribute('data-value', String(pupils));
  await expect(dedupeStep.getByTestId('step-delta')).toHaveText(`(−${lvsRows - pupils})`);

  // 2. Sort by name, descending; 3. keep three columns, one renamed, the class first.
  let sort = await openEditor(page, 'sort');
  await sort.getByTestId('sort-column').selectOption('Naam');
  await sort.getByTestId('sort-direction').selectOption('desc');
  await sort.getByTestId('sort-apply').click();
  await expect(steps(page)).toHaveCount(2);
  const names = async () => {
    const cells = page.locator('[data-testid="result-grid"] .ag-row .ag-cell[col-id="Naam"]');
    await expect(cells.first()).not.toHaveText('');
    return (await cells.allInnerTexts()).map((n) => n.trim());
  };
  const down = await names();
  expect(down.length).toBeGreaterThan(5);
  // Text sorts without regard to case (by code point: Ö after Z).
  const folded = down.map((n) => n.toLowerCase());
  expect(folded).toEqual([...folded].sort().reverse());

  const select = await openEditor(page, 'select');
  await select.getByTestId('select-none').click();
  await expect(select.getByTestId('select-kept')).toHaveText('0 van 10 kolommen blijven');
  for (const column of ['Stamboeknummer', 'Naam', 'Klas']) await select.locator(`[data-testid="select-row"][data-column="${column}"]`).getByTestId('select-keep').check();
  await select.locator('[data-testid="select-row"][data-column="Naam"]').getByTestId('select-rename').fill('Familienaam');
  const klasUp = select.locator('[data-testid="select-row"][data-column="Klas"]').getByTestId('select-up');
  await klasUp.click();
  await klasUp.click();
  await klasUp.click();
  await expect(select.getByTestId('select-row').first()).toHaveAttribute('data-column', 'Klas');
  await shoot(page, testInfo, 'select-editor-1366x768.png');
  await select.getByTestId('select-apply').click();
  await expect(select).toHaveCount(0);
  const headers = () => page.locator('[data-testid="result-grid"] .ag-header-cell[col-id]').evaluateAll((els) => els.map((e) => e.getAttribute('col-id')));
  await expect.poll(headers).toEqual(['Klas', 'Stamboeknummer', 'Familienaam']);
  expect(await kinds(page)).toEqual(['deduplicate', 'sort', 'select']);
  const ids = await steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')));

  // 4. Edit the sort step: its editor opens with its values; saved, it keeps its id and place.
  await step(page, 'sort').getByTestId('step-edit').click();
  sort = page.getByTestId('sort-dialog');
  await expect(sort.getByTestId('sort-column')).toHaveValue('Naam');
  await expect(sort.getByTestId('sort-direction')).toHaveValue('desc');
  await sort.getByTestId('sort-direction').selectOption('asc');
  await sort.getByTestId('sort-apply').click();
  await expect(step(page, 'sort')).toContainText('Naam (oplopend)');
  expect(await steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')))).toEqual(ids);
  await expect(step(page, 'sort').getByTestId('step-edit')).toBeFocused();

  // 5. Switch the deduplicate step off: it stays, the duplicate row comes back; on again.
  const toggle = dedupeStep.getByTestId('step-toggle');
  await expect(toggle).toHaveAttribute('aria-label', 'Stap 1 uitschakelen');
  await toggle.click();
  await expect(dedupeStep).toHaveAttribute('data-disabled', 'true');
  await expect(toggle).toHaveAttribute('aria-label', 'Stap 1 inschakelen');
  await expect(toggle).toBeFocused();
  await expect(rowCount(page)).toContainText(String(lvsRows));
  await expect(dedupeStep.getByTestId('step-rows')).toHaveAttribute('data-value', String(lvsRows));
  await page.keyboard.press('Enter');
  await expect(dedupeStep).not.toHaveAttribute('data-disabled', 'true');
  await expect(rowCount(page)).toContainText(String(pupils));

  // 6. Reorder: the sort step up, above the deduplicate step; undo puts it back, redo moves it again.
  await step(page, 'sort').getByTestId('step-up').click();
  await expect.poll(() => kinds(page)).toEqual(['sort', 'deduplicate', 'select']);
  // The button moved with its step; at the top it cannot go up, so the focus is on its twin.
  await expect(step(page, 'sort').getByTestId('step-down')).toBeFocused();
  await page.getByTestId('tb-undo').click();
  await expect.poll(() => kinds(page)).toEqual(['deduplicate', 'sort', 'select']);
  await page.getByTestId('tb-redo').click();
  await expect.poll(() => kinds(page)).toEqual(['sort', 'deduplicate', 'select']);
  await page.getByTestId('tb-undo').click();
  await expect.poll(() => kinds(page)).toEqual(['deduplicate', 'sort', 'select']);

  // 7. By keyboard: Tab walks from a step to its buttons and on to the next step; Enter shows its table.
  await page.getByTestId('step-show-base').focus();
  await page.keyboard.press('Tab');
  expect(await focused(page)).toEqual({ testId: 'step-show', step: ids[0] });
  const order: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    order.push(`${f.step}:${f.testId}`);
  }
  // The first step cannot move up: that button is skipped.
  expect(order).toEqual([`${ids[0]}:step-edit`, `${ids[0]}:step-toggle`, `${ids[0]}:step-down`, `${ids[0]}:step-remove`, `${ids[1]}:step-show`]);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  expect(await focused(page)).toEqual({ testId: 'step-show', step: ids[0] });
  await page.keyboard.press('Enter');
  const bar = page.getByTestId('shown-step-bar');
  await expect(bar).toContainText('Je bekijkt de tabel na stap 1: Dubbels op Stamboeknummer verwijderen (eerste behouden)');
  await expect(rowCount(page)).toContainText(String(pupils));
  await expect.poll(headers).toContain('Geboortedatum');
  await expect(dedupeStep.getByTestId('step-show')).toHaveAttribute('aria-current', 'step');
  // The base table, before any step.
  await page.getByTestId('step-show-base').click();
  await expect(bar).toContainText('Je bekijkt de basistabel');
  await expect(rowCount(page)).toContainText(String(lvsRows));
  await bar.getByTestId('shown-step-back').focus();
  await page.keyboard.press('Enter');
  await expect(bar).toHaveCount(0);
  await expect.poll(headers).toEqual(['Klas', 'Stamboeknummer', 'Familienaam']);

  // 8. Edit the deduplicate step by keyboard: keep the last of each pupil's rows.
  await dedupeStep.getByTestId('step-edit').focus();
  await page.keyboard.press('Enter');
  const dedupeAgain = page.getByTestId('dedupe-dialog');
  await expect(dedupeAgain).toContainText('Stap 1 bewerken');
  await expect(dedupeAgain.locator('[data-testid="dedupe-key"][value="Stamboeknummer"]')).toBeChecked();
  await dedupeAgain.getByTestId('dedupe-keep-last').check();
  await shoot(page, testInfo, 'dedupe-editor-1366x768.png');
  await dedupeAgain.getByTestId('dedupe-apply').click();
  await expect(dedupeStep).toContainText('laatste behouden');
  await expect(dedupeStep).toHaveAttribute('data-step-id', ids[0]!);

  // 9. Remove the last step with the keyboard; the focus lands on the step before it. Undo brings it back.
  await step(page, 'select').getByTestId('step-remove').focus();
  await page.keyboard.press('Enter');
  await expect(steps(page)).toHaveCount(2);
  expect(await focused(page)).toEqual({ testId: 'step-show', step: ids[1] });
  await expect.poll(headers).toContain('Geboortedatum');
  await page.getByTestId('tb-undo').click();
  await expect(steps(page)).toHaveCount(3);
  await expect.poll(headers).toEqual(['Klas', 'Stamboeknummer', 'Familienaam']);

  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});
