import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { BUILTIN_PROFILES } from '../shared/import/builtin-profiles';
import { importFile, refreshWith } from './helpers';
import { collectPageErrors, expect, samplesDir, test } from './host';

const expected = JSON.parse(readFileSync(join(samplesDir, 'expected.json'), 'utf8'));

/** Chooses files through the import button (the browser shell's file input). */
async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-button').click();
  await (await chooser).setFiles(paths);
}

/** The text of one column of a preview table, by its header (`data-column`); null when there is no such column. */
function previewColumn(table: Locator, name: string): Promise<string[] | null> {
  return table.evaluate((el, column) => {
    const heads = Array.from(el.querySelectorAll('thead th')).map((th) => th.getAttribute('data-column'));
    const i = heads.indexOf(column);
    if (i < 0) return null;
    return Array.from(el.querySelectorAll('tbody tr')).map((tr) => tr.children[i]?.textContent ?? '');
  }, name);
}

/** The header of the first preview column whose name starts with `prefix` (survey items: `IK1. Ik geef …`). */
function previewHeader(table: Locator, prefix: string): Promise<string | null> {
  return table.evaluate(
    (el, p) => Array.from(el.querySelectorAll('thead th')).map((th) => th.getAttribute('data-column') ?? '').find((c) => c.startsWith(p)) ?? null,
    prefix,
  );
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

test('the import dialog: a hostile file refused, a gradebook split into score and max, a type changed, a cancel, a survey mapped to 1–5', async ({
  page,
  host,
}, testInfo) => {
  const errors = collectPageErrors(page);

  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await expect(page.getByTestId('workbench')).toBeVisible();
  const dialog = page.getByTestId('import-dialog');
  const sources = page.getByTestId('source-item');

  // 1. A text file renamed .xlsx: a translated message in the dialog, nothing to import, nothing imported.
  const hostile = testInfo.outputPath('geen-werkmap.xlsx');
  writeFileSync(hostile, 'Dit is een tekstbestand dat zich voordoet als werkmap.\n');
  await chooseFiles(page, [hostile]);
  const refusal = dialog.getByTestId('import-error');
  await expect(refusal).toBeVisible();
  await expect(refusal).toHaveAttribute('data-code', /^errors\.import\./);
  await expect(refusal).toContainText('geen-werkmap.xlsx');
  expect(await refusal.innerText()).not.toMatch(/errors\./);
  await expect(dialog.getByTestId('import-confirm')).toBeDisabled();
  await dialog.getByTestId('import-cancel').click();
  await expect(dialog).toHaveCount(0);
  await expect(sources).toHaveCount(0);
  await expect(page.getByTestId('error-banner')).toHaveCount(0);

  // A PDF of results: named as a PDF, with what to do instead.
  const pdf = testInfo.outputPath('resultaten.pdf');
  writeFileSync(pdf, '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
  await chooseFiles(page, [pdf]);
  await expect(refusal).toHaveAttribute('data-code', 'errors.import.foreign.pdf');
  await expect(refusal).toContainText('resultaten.pdf is een PDF');
  await expect(refusal).toContainText('vraag dezelfde gegevens aan als Excel- of CSV-bestand');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: testInfo.outputPath('import-pdf-refused.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  await dialog.getByTestId('import-cancel').click();
  await expect(sources).toHaveCount(0);

  // 2. The June gradebook: its built-in profile is recognised and `34/50` becomes score and maximum.
  await chooseFiles(page, [join(samplesDir, expected.juni.file)]);
  await expect(dialog.getByTestId('import-file-name')).toHaveText(expected.juni.file);
  await expect(dialog.getByTestId('import-profile')).toHaveAttribute('data-profile-id', 'builtin-gradebook');
  await expect(dialog.getByTestId('import-summary')).toHaveAttribute('data-rows', String(expected.juni.rows));
  const table = dialog.getByTestId('import-preview-table');
  await expect(table.locator('thead th[data-column="Score"]')).toHaveAttribute('data-type', 'decimal');
  await expect(table.locator('thead th[data-column="Score (max)"]')).toHaveAttribute('data-type', 'decimal');
  const maxima = (await previewColumn(table, 'Score (max)')) ?? [];
  expect(maxima.length).toBeGreaterThan(10);
  expect(new Set(maxima.filter((m) => m !== ''))).toEqual(new Set([String(expected.juni.max)]));
  const scores = ((await previewColumn(table, 'Score')) ?? []).filter((s) => s !== '').map(Number);
  expect(scores.length).toBeGreaterThan(10);
  expect(scores.every((s) => s >= 0 && s <= expected.juni.max)).toBe(true);
  // The raw rows show the file as it is: the score still as text.
  await expect(dialog.getByTestId('import-raw-rows')).toContainText(`/${expected.juni.max}`);

  // 3. Change a column's type: the class codes (2A, 2BA …) are not whole numbers and are reported with their rows.
  const klas = dialog.locator('[data-testid="import-column"][data-source="Klas"]');
  await klas.getByTestId('import-column-type').selectOption('integer');
  await expect(table.locator('thead th[data-column="Klas"]')).toHaveAttribute('data-type', 'integer');
  await expect(klas.getByTestId('import-not-fitting')).toHaveAttribute('data-count', String(expected.juni.rows));
  await expect(klas.getByTestId('import-not-fitting')).toContainText(/rij \d+/);
  expect(new Set(await previewColumn(table, 'Klas'))).toEqual(new Set(['']));
  // And back: the classes are text again.
  await klas.getByTestId('import-column-type').selectOption('text');
  await expect(table.locator('thead th[data-column="Klas"]')).toHaveAttribute('data-type', 'text');
  await expect(klas.getByTestId('import-not-fitting')).toHaveAttribute('data-count', '0');
  expect((await previewColumn(table, 'Klas'))?.[0]).toMatch(/^\d[A-Z]+$/);

  await dialog.getByTestId('import-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(sources).toHaveCount(1);
  await expect(sources.first().getByTestId('source-rows')).toContainText(String(expected.juni.rows));
  // The first source became the table: the maximum is a column of it.
  await expect(page.locator('[data-testid="result-grid"] .ag-header-cell[col-id="Score (max)"]')).toBeVisible();
  await expect(page.getByTestId('row-count')).toContainText(String(expected.juni.rows));

  // 4. Cancel (with Escape) leaves the project as it was.
  await chooseFiles(page, [join(samplesDir, expected.survey.file)]);
  await expect(dialog.getByTestId('import-preview-table')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(sources).toHaveCount(1);

  // 5. The staff survey: recognised as a survey, its items read as 1–5; without the profile they are labels,
  //    and the Likert preset in the mapping editor turns an item into 1–5 again.
  await chooseFiles(page, [join(samplesDir, expected.survey.file)]);
  await expect(dialog.getByTestId('import-profile')).toHaveAttribute('data-profile-id', 'builtin-survey');
  await expect(dialog.getByTestId('import-summary')).toHaveAttribute('data-rows', String(expected.survey.respondents));
  const survey = dialog.getByTestId('import-preview-table');
  const ik1 = (await previewHeader(survey, 'IK1'))!;
  expect(ik1).toBeTruthy();
  const ik1Mean = async () => {
    const cells = (await previewColumn(survey, ik1)) ?? [];
    const numbers = cells.filter((c) => c !== '').map((c) => Number(c.replace(',', '.')));
    return numbers.every(Number.isFinite) && numbers.length > 0 ? { n: numbers.length, mean: Number(mean(numbers).toFixed(3)) } : null;
  };
  const want = { n: expected.survey_items.IK1.n, mean: expected.survey_items.IK1.mean };
  await expect.poll(ik1Mean).toEqual(want);

  await dialog.getByTestId('import-profile-select').selectOption('');
  await expect(dialog.getByTestId('import-profile')).toHaveAttribute('data-profile-id', '');
  await expect.poll(async () => (await previewColumn(survey, ik1))?.some((c) => /eens/i.test(c))).toBe(true);

  const item = dialog.locator('[data-testid="import-column"][data-source^="IK1"]');
  await item.getByTestId('import-column-mapping').selectOption('labels');
  await item.getByTestId('import-preset-likert').click();
  await expect(item.getByTestId('import-column-labels')).toHaveValue(/Helemaal oneens = 1[\s\S]*Helemaal eens = 5/);
  await expect.poll(ik1Mean).toEqual(want);

  await dialog.getByTestId('import-confirm').click();
  await expect(dialog).toHaveCount(0);
  await expect(sources).toHaveCount(2);
  await expect(sources.filter({ hasText: 'enquete-team' }).getByTestId('source-rows')).toContainText(
    String(expected.survey.respondents),
  );

  expect(errors).toEqual([]);
});

test('profiles: export a built-in profile, import it into the project, delete it; refresh a source and see what changed', async ({
  page,
  host,
}, testInfo) => {
  const errors = collectPageErrors(page);

  await page.goto(host.url);
  await page.getByTestId('welcome-new').click();
  await expect(page.getByTestId('workbench')).toBeVisible();

  // Profiles: the built-ins are listed read-only.
  await page.getByTestId('profiles-open').click();
  const profiles = page.getByTestId('profiles-dialog');
  const builtIns = profiles.locator('[data-testid="profile-item"][data-builtin="true"]');
  await expect(builtIns).toHaveCount(BUILTIN_PROFILES.length);
  await expect(builtIns.getByTestId('profile-delete')).toHaveCount(0);
  await expect(profiles.locator('[data-testid="profile-item"][data-builtin="false"]')).toHaveCount(0);

  // Export one (a download in the browser) and import the file again: it becomes the project's own.
  const gradebook = profiles.locator('[data-testid="profile-item"][data-profile-id="builtin-gradebook"]');
  const download = page.waitForEvent('download');
  await gradebook.getByTestId('profile-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.werkbankprofiel\.json$/);
  const path = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(path);
  expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ format: 'datateam-werkbank-profile', profile: { kind: 'gradebook' } });
  await expect(profiles.getByTestId('profiles-notice')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await profiles.getByTestId('profile-import').click();
  await (await chooser).setFiles(path);
  const own = profiles.locator('[data-testid="profile-item"][data-builtin="false"]');
  await expect(own).toHaveCount(1);
  await own.getByTestId('profile-delete').click();
  await expect(own).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(profiles).toHaveCount(0);

  // Refresh: a small list, then a new version with one pupil more, one less, and a new column.
  const v1 = testInfo.outputPath('klaslijst.csv');
  writeFileSync(v1, 'Stamboeknr;Naam;Klas\n1001;An;2A\n1002;Bram;2A\n1003;Cas;2B\n');
  const v2 = testInfo.outputPath('klaslijst-nieuw.csv');
  writeFileSync(v2, 'Stamboeknr;Naam;Klas;Leerjaar\n1001;An;2A;2\n1003;Cas;2B;2\n1004;Dina;2B;2\n1005;Emma;2C;2\n');
  const source = await importFile(page, v1, 3, 'klaslijst');
  const dialog = page.getByTestId('import-dialog');

  const refresh = await refreshWith(page, source, v2);
  const diff = refresh.getByTestId('refresh-diff');
  await expect(diff).toHaveAttribute('data-rows-before', '3');
  await expect(diff).toHaveAttribute('data-rows-after', '4');
  await expect(diff).toHaveAttribute('data-rows-added', '2');
  await expect(diff).toHaveAttribute('data-rows-removed', '1');
  await expect(refresh.getByTestId('refresh-columns-added')).toContainText('Leerjaar');
  await expect(refresh.getByTestId('refresh-preview-table')).toContainText('Dina');
  // Nothing changed yet.
  await expect(source.getByTestId('source-rows')).toContainText('3');
  await refresh.getByTestId('refresh-confirm').click();
  await expect(refresh).toHaveCount(0);
  await expect(source.getByTestId('source-rows')).toContainText('4');
  await expect(page.getByTestId('row-count')).toContainText('4');
  await expect(page.locator('[data-testid="result-grid"] .ag-header-cell[col-id="Leerjaar"]')).toBeVisible();

  // The same file again: the dialog says it is already a source and offers to refresh that instead.
  await chooseFiles(page, [v2]);
  const existing = dialog.getByTestId('import-existing');
  await expect(existing).toHaveAttribute('data-same-content', 'true');
  await expect(existing).toContainText('klaslijst');
  await expect(dialog.getByTestId('import-confirm')).toHaveText('Toch als nieuwe bron importeren');
  await dialog.getByTestId('import-cancel').click();
  await expect(page.getByTestId('source-item')).toHaveCount(1);

  // A new download with the same name: refresh the source from the import dialog.
  const v3 = testInfo.outputPath(join('nieuwe-download', 'klaslijst-nieuw.csv'));
  mkdirSync(join(v3, '..'), { recursive: true });
  writeFileSync(v3, 'Stamboeknr;Naam;Klas;Leerjaar\n1001;An;2A;2\n1003;Cas;2B;2\n1004;Dina;2B;2\n1005;Emma;2C;2\n1006;Fien;2C;2\n');
  await chooseFiles(page, [v3]);
  await expect(existing).toHaveAttribute('data-same-content', 'false');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: testInfo.outputPath('import-existing-source.png') });
  await dialog.getByTestId('import-refresh-instead').click();
  await expect(dialog).toHaveCount(0);
  await expect(refresh.getByTestId('refresh-diff')).toHaveAttribute('data-rows-added', '1');
  await refresh.getByTestId('refresh-confirm').click();
  await expect(refresh).toHaveCount(0);
  await expect(page.getByTestId('source-item')).toHaveCount(1);
  await expect(source.getByTestId('source-rows')).toContainText('5');

  expect(errors).toEqual([]);
});
