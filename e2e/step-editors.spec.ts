import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { collectPageErrors, expect, samplesDir, test } from './host';
import { importSamples, shooter } from './helpers';

/**
 * The editors of the pivot, unpivot and stack steps (issue "Dataverenging"): each added from the
 * "Stap toevoegen" menu on real sample files, its problems shown before it applies, one edited in
 * place and undone. Counts and values are computed here from the sample files themselves, not
 * taken from the workbench.
 */

/** The size of a school laptop's screen, for the screenshots. */
const LAPTOP = { width: 1366, height: 768 };
const SHOTS = '/tmp/steps-screenshots';

const shoot = shooter(SHOTS);

/** The data rows of a sample workbook's first sheet (header on row 1), each as its header's values. */
async function sheetRows(file: string): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(samplesDir, file));
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    if (values.every((v) => v === null || v === undefined || v === '')) return;
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i] ?? null])));
  });
  return rows;
}

const rowCount = (page: Page) => page.getByTestId('row-count');
const steps = (page: Page) => page.getByTestId('recipe-step');
const step = (page: Page, kind: string) => steps(page).and(page.locator(`[data-kind="${kind}"]`));
const kinds = (page: Page) => steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
const stepIds = (page: Page) => steps(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-step-id')));
const headers = (page: Page) => page.locator('[data-testid="result-grid"] .ag-header-cell[col-id]').evaluateAll((els) => els.map((e) => e.getAttribute('col-id')));

/** Opens a step kind's editor from the "Stap toevoegen" menu. */
async function openEditor(page: Page, kind: 'pivot' | 'unpivot' | 'stack'): Promise<Locator> {
  await page.getByTestId('step-add-open').click();
  await page.getByTestId(`step-add-${kind}`).click();
  return page.getByTestId(`${kind}-dialog`);
}

/** One row of the grid, as text by column. */
async function gridRow(page: Page, index: number, columns: string[]): Promise<string[]> {
  const row = page.locator(`[data-testid="result-grid"] .ag-row[row-index="${index}"]`);
  await expect(row.locator(`.ag-cell[col-id="${columns[0]}"]`)).not.toHaveText('');
  return Promise.all(columns.map(async (c) => (await row.locator(`.ag-cell[col-id="${c}"]`).innerText()).trim()));
}

test('pivot and unpivot on the LVS tests: added from the menu, problems shown before applying, the pivot edited in place and undone', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  // From the file: one row per pupil and moment (januari, juni); some pupils miss one moment.
  const data = await sheetRows('lvs-toetsen.xlsx');
  const pupil = (r: Record<string, unknown>) => JSON.stringify([r.Stamboeknummer, r.Naam, r.Klas]);
  const pupils = [...new Set(data.map(pupil))];
  const moments = ['januari', 'juni'];
  const perMoment = moments.map((m) => data.filter((r) => r.Afname === m).length);
  const scored = data.filter((r) => r.Score !== null).length;
  expect(new Set(data.map((r) => r.Afname))).toEqual(new Set(moments));
  // A pupil's score at a moment, by the pivot's rows in the order the pupils first appear.
  const scoreOf = (p: string, m: string) => data.find((r) => pupil(r) === p && r.Afname === m)?.Score ?? null;

  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await importSamples(page, ['lvs-toetsen.xlsx']);
  await expect(rowCount(page)).toContainText(String(data.length));

  // The menu lists the three new kinds before "Dubbels verwijderen", which stays last.
  await page.getByTestId('step-add-open').click();
  const menu = page.getByTestId('step-add-menu').locator('button');
  expect(await menu.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual(
    ['group', 'select', 'sort', 'pivot', 'unpivot', 'stack', 'deduplicate'].map((k) => `step-add-${k}`),
  );
  await shoot(page, testInfo, 'add-step-menu-all-kinds-1366x768.png');
  await page.keyboard.press('Escape');

  // 1. Pivot: one row per pupil, a column per moment with the score.
  const pivot = await openEditor(page, 'pivot');
  await pivot.getByTestId('pivot-measure').selectOption('Score');
  for (const key of ['Stamboeknummer', 'Naam', 'Klas']) await pivot.locator(`[data-testid="pivot-key"][value="${key}"]`).check();
  await pivot.getByTestId('pivot-column').selectOption('Afname');
  const values = pivot.getByTestId('pivot-value');
  await expect(values).toHaveCount(moments.length);
  // Each value with its rows; none taken until asked.
  for (const [i, m] of moments.entries()) {
    await expect(pivot.locator(`[data-testid="pivot-value"][data-value="${m}"]`).getByTestId('pivot-count')).toHaveText(`(${perMoment[i]} rijen)`);
  }
  await expect(pivot.getByTestId('pivot-chosen')).toHaveText(`0 van ${moments.length} waarden gekozen`);
  await pivot.getByTestId('pivot-all').click();
  await expect(values.first()).toHaveAttribute('data-value', 'januari');
  await expect(pivot.getByTestId('pivot-chosen')).toHaveText(`2 van 2 waarden gekozen`);
  await expect(pivot.getByTestId('pivot-aggregate')).toHaveValue('first');
  // A name that clashes with a key (case aside) is refused, in the editor, before anything applies.
  const juniName = pivot.getByLabel('Naam van de kolom voor juni');
  await expect(juniName).toHaveValue('juni');
  await juniName.fill('klas');
  await pivot.getByTestId('pivot-apply').click();
  await expect(pivot.getByTestId('step-editor-problem')).toContainText('De naam "klas" komt meer dan eens voor');
  await expect(juniName).toHaveAttribute('aria-invalid', 'true');
  await shoot(page, testInfo, 'pivot-editor-problem-1366x768.png');
  await expect(steps(page)).toHaveCount(0);
  await juniName.fill('juni');
  await expect(pivot.getByTestId('step-editor-problem')).toHaveCount(0);
  await expect(pivot.getByTestId('pivot-outputs')).toContainText('Stamboeknummer, Naam, Klas, januari, juni');
  await shoot(page, testInfo, 'pivot-editor-1366x768.png');
  await pivot.getByTestId('pivot-apply').click();
  await expect(pivot).toHaveCount(0);

  const wide = ['Stamboeknummer', 'Naam', 'Klas', 'januari', 'juni'];
  await expect(rowCount(page)).toContainText(String(pupils.length));
  await expect.poll(() => headers(page)).toEqual(wide);
  for (const [i, p] of pupils.slice(0, 3).entries()) {
    const [nr, naam, klas] = JSON.parse(p) as unknown[];
    const want = [String(nr), String(naam), String(klas), ...moments.map((m) => String(scoreOf(p, m) ?? ''))];
    expect(await gridRow(page, i, wide)).toEqual(want);
  }
  await expect(step(page, 'pivot')).toContainText('Waarden van Afname als kolommen (januari, juni) per Stamboeknummer, Naam, Klas: eerste Score');

  // 2. Unpivot the two moments back: the defaults, a clash with a kept column, empty values left out.
  const unpivot = await openEditor(page, 'unpivot');
  await expect(unpivot.getByTestId('unpivot-name')).toHaveValue('Kolom');
  await expect(unpivot.getByTestId('unpivot-value')).toHaveValue('Waarde');
  for (const m of moments) await unpivot.locator(`[data-testid="unpivot-column"][value="${m}"]`).check();
  await expect(unpivot.getByTestId('unpivot-type')).toContainText('geheel getal');
  await unpivot.getByTestId('unpivot-name').fill('Afname');
  await unpivot.getByTestId('unpivot-value').fill('naam');
  await unpivot.getByTestId('unpivot-apply').click();
  await expect(unpivot.getByTestId('step-editor-problem')).toContainText('De naam "naam" komt meer dan eens voor');
  await expect(steps(page)).toHaveCount(1);
  await unpivot.getByTestId('unpivot-value').fill('Score');
  await unpivot.getByTestId('unpivot-drop-empty').check();
  await expect(unpivot.getByTestId('unpivot-outputs')).toContainText('Stamboeknummer, Naam, Klas, Afname, Score');
  await shoot(page, testInfo, 'unpivot-editor-1366x768.png');
  await unpivot.getByTestId('unpivot-apply').click();
  await expect(unpivot).toHaveCount(0);
  // Back to one row per pupil and moment with a score: the file's rows.
  await expect(rowCount(page)).toContainText(String(scored));
  await expect(step(page, 'unpivot').getByTestId('step-rows')).toHaveAttribute('data-value', String(scored));
  await expect.poll(() => headers(page)).toEqual(['Stamboeknummer', 'Naam', 'Klas', 'Afname', 'Score']);
  expect(await gridRow(page, 0, ['Stamboeknummer', 'Afname', 'Score'])).toEqual([String(JSON.parse(pupils[0]!)[0]), 'januari', String(scoreOf(pupils[0]!, 'januari'))]);
  const ids = await stepIds(page);
  await shoot(page, testInfo, 'pivot-unpivot-steps-1366x768.png');

  // 3. Edit the pivot (the first step): its editor opens on the table before it, with its values; count the rows instead.
  await step(page, 'pivot').getByTestId('step-edit').click();
  const edit = page.getByTestId('pivot-dialog');
  await expect(edit).toContainText('Stap 1 bewerken: Waarden naar kolommen');
  await expect(edit.getByTestId('pivot-column')).toHaveValue('Afname');
  await expect(edit.getByTestId('pivot-take')).toHaveCount(2);
  for (const box of await edit.getByTestId('pivot-take').all()) await expect(box).toBeChecked();
  await expect(edit.locator('[data-testid="pivot-value"][data-value="juni"]').getByTestId('pivot-count')).toHaveText(`(${perMoment[1]} rijen)`);
  await edit.getByTestId('pivot-aggregate').selectOption('count');
  await expect(edit.getByTestId('pivot-measure')).toBeDisabled();
  await shoot(page, testInfo, 'pivot-editor-edit-1366x768.png');
  await edit.getByTestId('pivot-apply').click();
  await expect(edit).toHaveCount(0);
  // Replaced in place: the same ids in the same order; counts are never empty, so every pupil has both moments now.
  await expect(step(page, 'pivot')).toContainText('aantal rijen');
  expect(await stepIds(page)).toEqual(ids);
  expect(await kinds(page)).toEqual(['pivot', 'unpivot']);
  await expect(rowCount(page)).toContainText(String(pupils.length * moments.length));
  await expect(step(page, 'pivot').getByTestId('step-rows')).toHaveAttribute('data-value', String(pupils.length));

  // 4. Undo once: the pivot takes the first score again, the rest unchanged.
  await page.getByTestId('tb-undo').click();
  await expect(step(page, 'pivot')).toContainText('eerste Score');
  await expect(rowCount(page)).toContainText(String(scored));
  expect(await stepIds(page)).toEqual(ids);

  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('stack the June survey under the March one: which sources fit and why not, the order, refused until it fits', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  const march = await sheetRows('enquete-team.xlsx');
  const june = await sheetRows('enquete-team-juni.xlsx');
  const lvs = await sheetRows('lvs-toetsen.xlsx');
  // The survey's columns that the LVS file lacks, as the refusal names them (in the table's order).
  const missing = Object.keys(march[0]!).filter((c) => !Object.keys(lvs[0]!).some((l) => l.toLowerCase() === c.toLowerCase()));

  await page.setViewportSize(LAPTOP);
  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await importSamples(page, ['enquete-team.xlsx', 'enquete-team-juni.xlsx', 'lvs-toetsen.xlsx']);
  await expect(rowCount(page)).toContainText(String(march.length));

  const stack = await openEditor(page, 'stack');
  // The other sources, not the base; each says whether it fits.
  const rows = stack.getByTestId('stack-row');
  await expect(rows).toHaveCount(2);
  const order = () => rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-source')));
  expect(await order()).toEqual(['enquete-team-juni', 'lvs-toetsen']);
  const juni = stack.locator('[data-testid="stack-row"][data-source="enquete-team-juni"]');
  const other = stack.locator('[data-testid="stack-row"][data-source="lvs-toetsen"]');
  await expect(juni).toHaveAttribute('data-fits', 'true');
  await expect(other).toHaveAttribute('data-fits', 'false');
  // The first six of them, and how many more.
  const shown = missing.length > 6 ? `${missing.slice(0, 6).join(', ')}, … (+${missing.length - 6})` : missing.join(', ');
  await expect(other).toContainText(`die bron mist de kolommen ${shown}.`);
  // Chosen, a source that does not fit is refused, with the reason.
  await other.getByTestId('stack-take').check();
  await stack.getByTestId('stack-apply').click();
  await expect(stack.getByTestId('step-editor-problem')).toContainText('De rijen van "lvs-toetsen" kunnen niet onder de tabel');
  await expect(steps(page)).toHaveCount(0);
  // The order by keyboard-reachable buttons: the LVS up, then back down; the focus stays on a move button.
  await other.getByTestId('stack-up').click();
  expect(await order()).toEqual(['lvs-toetsen', 'enquete-team-juni']);
  await expect(other.getByTestId('stack-down')).toBeFocused();
  await shoot(page, testInfo, 'stack-editor-1366x768.png');
  await page.keyboard.press('Enter');
  expect(await order()).toEqual(['enquete-team-juni', 'lvs-toetsen']);
  await other.getByTestId('stack-take').uncheck();
  await juni.getByTestId('stack-take').check();
  await expect(stack.getByTestId('step-editor-problem')).toHaveCount(0);
  await stack.getByTestId('stack-apply').click();
  await expect(stack).toHaveCount(0);

  await expect(rowCount(page)).toContainText(String(march.length + june.length));
  await expect(step(page, 'stack')).toContainText('Rijen van enquete-team-juni eronder zetten');
  await expect(step(page, 'stack').getByTestId('step-delta')).toHaveText(`(+${june.length})`);

  // Edited: the editor lists the stacked source first, ticked; saving unchanged keeps the step.
  const ids = await stepIds(page);
  await step(page, 'stack').getByTestId('step-edit').click();
  const edit = page.getByTestId('stack-dialog');
  await expect(edit.getByTestId('stack-take').first()).toBeChecked();
  await edit.getByTestId('stack-apply').click();
  await expect(edit).toHaveCount(0);
  expect(await stepIds(page)).toEqual(ids);

  await expect(page.getByTestId('error-banner')).toHaveCount(0);
  expect(errors).toEqual([]);
});
