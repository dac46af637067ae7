import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { shooter } from './helpers';
import { collectPageErrors, expect, test } from './host';

const shot = shooter('/tmp/shots-story');

async function openStories(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('project-name')).toBeVisible();
  await page.getByTestId('tb-stories').click();
  await expect(page.getByTestId('stories')).toBeVisible();
}

const slideIds = (section: Locator) => section.getByTestId('story-slide').evaluateAll((els) => els.map((el) => el.getAttribute('data-slide-id')));
const saved = (page: Page) => expect(page.getByTestId('story-save-state')).toHaveText('Bewaard');

test('write a story: slides per step, notes, moves and undo, hypotheses and actions, kept by the engine', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openStories(page, host.url);

  // The demo's story, as the editor shows it.
  await page.getByTestId('story-item').first().click();
  await expect(page.getByTestId('story-title')).toHaveValue('Leerwinst wiskunde, eerste graad');
  await expect(page.getByTestId('story-question')).toHaveValue(/leerwinst in wiskunde/);
  await expect(page.getByTestId('story-section-data').getByTestId('story-slide')).toHaveCount(1);
  await expect(page.getByTestId('story-hypothesis')).toHaveCount(2);
  await shot(page, testInfo, 'story-editor.png');

  // A new story.
  await page.getByTestId('story-new').click();
  await page.getByTestId('story-name-dialog-input').fill('Leesvaardigheid 2de jaar');
  await page.getByTestId('story-name-dialog-confirm').click();
  await expect(page.getByTestId('story-title')).toHaveValue('Leesvaardigheid 2de jaar');
  await expect(page.getByTestId('story-slide')).toHaveCount(0);

  // Two views into the data step, one into the question step.
  const data = page.getByTestId('story-section-data');
  await page.getByTestId('story-add-view-data').selectOption({ index: 1 });
  await page.getByTestId('story-add-data').click();
  await page.getByTestId('story-add-view-data').selectOption({ index: 2 });
  await page.getByTestId('story-add-data').click();
  await page.getByTestId('story-add-view-question').selectOption({ index: 3 });
  await page.getByTestId('story-add-question').click();
  await expect(data.getByTestId('story-slide')).toHaveCount(2);
  await expect(page.getByTestId('story-section-question').getByTestId('story-slide-title')).toHaveText(/^Dia 1:/);
  const [first, second] = (await slideIds(data)) as [string, string];

  await data.getByTestId('story-slide-notes').first().fill('Begin bij de eindscores.');
  await data.getByTestId('story-slide-alternative').first().fill('Een andere toets in juni?');
  await expect(data.getByLabel('Welke andere verklaring is mogelijk?').first()).toHaveValue('Een andere toets in juni?');
  await saved(page);

  // Alt+↑ on the second slide's button moves it up; the focus stays with it.
  await data.getByTestId('story-slide-up').nth(1).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect.poll(() => slideIds(data)).toEqual([second, first]);
  await expect(page.locator(`[data-slide-id="${second}"] [data-testid="story-slide-up"]`)).toBeFocused();
  // Ctrl+Z outside a text field undoes it (the story's own history), Ctrl+Y redoes it.
  await page.keyboard.press('Control+z');
  await expect.poll(() => slideIds(data)).toEqual([first, second]);
  await page.keyboard.press('Control+y');
  await expect.poll(() => slideIds(data)).toEqual([second, first]);
  await page.getByTestId('story-undo').click();
  await expect.poll(() => slideIds(data)).toEqual([first, second]);

  // Moved to another step of the cycle.
  await page.locator(`[data-slide-id="${second}"] [data-testid="story-slide-section"]`).selectOption('interpretation');
  await expect(page.getByTestId('story-section-interpretation').getByTestId('story-slide')).toHaveCount(1);
  await expect(data.getByTestId('story-slide')).toHaveCount(1);

  // A hypothesis and an action with a date, a status and a ROK code from the project's catalog.
  await page.getByTestId('story-hypothesis-add').click();
  await expect(page.getByTestId('story-hypothesis-text')).toBeFocused();
  await page.keyboard.type('Wie extra leesbegeleiding kreeg, groeit sterker.');
  await page.getByTestId('story-hypothesis-status').selectOption('confirmed');
  await page.getByTestId('story-action-add').click();
  await expect(page.getByTestId('story-action-what')).toBeFocused();
  await page.keyboard.type('Leesoverleg elke twee weken');
  await page.getByTestId('story-action-who').fill('Vakgroep Nederlands');
  await page.getByTestId('story-action-when').fill('2027-03-01');
  await page.getByTestId('story-action-status').selectOption('doing');
  await page.getByTestId('story-action-rok').selectOption('R3');
  await expect(page.getByTestId('story-actions').locator('.rok-chip')).toHaveText(['R3×']);
  await saved(page);

  // The engine kept all of it: a reload reads it back.
  await page.reload();
  await page.getByTestId('tb-stories').click();
  await page.getByTestId('story-item').filter({ hasText: 'Leesvaardigheid 2de jaar' }).click();
  await expect(page.getByTestId('story-section-data').getByTestId('story-slide-notes')).toHaveValue('Begin bij de eindscores.');
  await expect(page.getByTestId('story-section-interpretation').getByTestId('story-slide')).toHaveCount(1);
  await expect(page.getByTestId('story-hypothesis-text')).toHaveValue('Wie extra leesbegeleiding kreeg, groeit sterker.');
  await expect(page.getByTestId('story-hypothesis-status')).toHaveValue('confirmed');
  await expect(page.getByTestId('story-action-when')).toHaveValue('2027-03-01');
  await expect(page.getByTestId('story-action-status')).toHaveValue('doing');
  await expect(page.getByTestId('story-actions').locator('.rok-chip')).toHaveText(['R3×']);

  // Rename from the list.
  const entry = page.locator('.story-entry').filter({ hasText: 'Leesvaardigheid 2de jaar' });
  await entry.getByTestId('story-rename').click();
  await page.getByTestId('story-name-dialog-input').fill('Lezen 2de jaar, juni');
  await page.getByTestId('story-name-dialog-confirm').click();
  await expect(page.getByTestId('story-title')).toHaveValue('Lezen 2de jaar, juni');

  // The next measurement: the question and hypotheses come along, open actions are carried over.
  await page.locator('.story-entry').filter({ hasText: 'Lezen 2de jaar, juni' }).getByTestId('story-next').click();
  await page.getByTestId('story-name-dialog-input').fill('Lezen 2de jaar, september');
  await page.getByTestId('story-name-dialog-confirm').click();
  await expect(page.getByTestId('story-title')).toHaveValue('Lezen 2de jaar, september');
  await expect(page.getByTestId('story-slide')).toHaveCount(0);
  await expect(page.getByTestId('story-hypothesis-text')).toHaveValue('Wie extra leesbegeleiding kreeg, groeit sterker.');
  await expect(page.getByTestId('story-action')).toContainText('Overgenomen uit "Lezen 2de jaar, juni"');

  // Delete asks first.
  await expect(page.getByTestId('story-item')).toHaveCount(3);
  await page.locator('.story-entry').filter({ hasText: 'september' }).getByTestId('story-delete').click();
  await expect(page.getByTestId('story-delete-dialog')).toContainText('Lezen 2de jaar, september');
  await page.getByTestId('story-delete-confirm').click();
  await expect(page.getByTestId('story-item')).toHaveCount(2);
  await expect(page.getByTestId('story-none')).toBeVisible();

  // Back to the data.
  await page.getByTestId('tb-stories').click();
  await expect(page.getByTestId('sources-panel')).toBeVisible();
  expect(errors).toEqual([]);
});

test('export the demo story as PowerPoint and PDF after saying what leaves the machine', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openStories(page, host.url);
  await page.getByTestId('story-item').first().click();

  for (const [format, magic] of [
    ['pptx', 'PK\u0003\u0004'],
    ['pdf', '%PDF-'],
  ] as const) {
    await page.getByTestId(`story-export-${format}`).click();
    const dialog = page.getByTestId('story-export-dialog');
    await expect(dialog).toBeVisible();
    // The safe choice is preselected, and the dialog says how many slides show pupils one by one.
    await expect(page.getByTestId('story-export-privacy-pseudonymise')).toBeChecked();
    await expect(page.getByTestId('story-export-privacy-suppress')).toBeChecked();
    await expect(page.getByTestId('story-export-pupil-slides')).toContainText(/dia/);
    await expect(page.getByTestId('story-export-unsafe')).toHaveCount(0);
    if (format === 'pptx') {
      // Turning a switch off says what that lets out.
      await page.getByTestId('story-export-privacy-suppress').uncheck();
      await expect(page.getByTestId('story-export-unsafe')).toBeVisible();
      await shot(page, testInfo, 'story-export-dialog.png');
      await page.getByTestId('story-export-privacy-suppress').check();
    }
    const download = page.waitForEvent('download', { timeout: 60_000 });
    download.catch(() => undefined);
    await page.getByTestId('story-export-start').click();
    // The download, or the engine's refusal said in the dialog (then the test says which).
    const failed = page.getByTestId('story-export-error');
    const file = await Promise.race([download, failed.waitFor({ timeout: 60_000 }).then(() => null)]);
    if (!file) throw new Error(`export.story failed: ${await failed.getAttribute('data-code')}`);
    expect(file.suggestedFilename()).toBe(`Leerwinst wiskunde, eerste graad.${format}`);
    const bytes = readFileSync(await file.path());
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
    await expect(page.getByTestId('story-export-done')).toContainText(`Leerwinst wiskunde, eerste graad.${format}`);
    await page.getByTestId('story-export-cancel').click();
    await expect(dialog).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});
