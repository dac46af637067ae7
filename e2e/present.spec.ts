import type { Page } from '@playwright/test';
import { shooter } from './helpers';
import { collectPageErrors, expect, test } from './host';

const shot = shooter('/tmp/shots-story');

/** The demo, on the stories screen, with its story open in the editor. */
async function openDemoStory(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('welcome-demo').click();
  await expect(page.getByTestId('project-name')).toBeVisible();
  await page.getByTestId('tb-stories').click();
  await page.getByTestId('story-item').first().click();
  await expect(page.getByTestId('story-editor')).toBeVisible();
}

const slideNumber = (page: Page) => page.getByTestId('slide').getAttribute('data-slide-number');

test('present the demo story full screen and move through it with the keyboard', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemoStory(page, host.url);
  const slidesInStory = await page.getByTestId('story-slide').count();
  expect(slidesInStory).toBeGreaterThan(1);

  // The dialog before presenting: the safe choices are on.
  await page.getByTestId('story-present').click();
  await expect(page.getByTestId('present-dialog')).toBeVisible();
  await expect(page.getByTestId('present-privacy-pseudonymise')).toBeChecked();
  await expect(page.getByTestId('present-privacy-suppress')).toBeChecked();
  await page.getByTestId('present-start').click();

  const presentation = page.getByTestId('presentation');
  await expect(presentation).toBeVisible();
  // The title slide, then a slide per view, then the actions.
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-kind', 'title');
  const total = slidesInStory + 2;
  await expect(page.getByTestId('present-count')).toHaveText(`1 / ${total}`);
  await expect(page.locator('.slide-title-main')).toHaveText('Leerwinst wiskunde, eerste graad');
  await shot(page, testInfo, 'present-title.png');

  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-kind', 'view');
  expect(await slideNumber(page)).toBe('2');
  await expect(page.locator('[data-testid="slide"] .slide-plot .main-svg').first()).toBeVisible();
  await expect(page.getByTestId('slide-source')).toContainText('n = ');
  await expect(page.getByTestId('slide-privacy')).toBeVisible();
  // Projector type: at 768 px high a title is at least 44 × 768 / 1080 ≈ 31 px.
  const titleSize = await page.locator('.slide-heading').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(titleSize).toBeGreaterThanOrEqual((44 * 768) / 1080);
  await page.waitForTimeout(300);
  await shot(page, testInfo, 'present-slide.png');

  await page.keyboard.press(' ');
  expect(await slideNumber(page)).toBe('3');
  await page.keyboard.press('PageUp');
  expect(await slideNumber(page)).toBe('2');
  await page.keyboard.press('ArrowLeft');
  expect(await slideNumber(page)).toBe('1');
  await page.keyboard.press('End');
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-kind', 'actions');
  expect(await slideNumber(page)).toBe(String(total));
  await shot(page, testInfo, 'present-actions.png');
  await page.keyboard.press('Home');
  expect(await slideNumber(page)).toBe('1');

  // A number then Enter jumps to that slide.
  await page.keyboard.press('4');
  await expect(page.getByTestId('present-jump')).toBeVisible();
  await page.keyboard.press('Enter');
  expect(await slideNumber(page)).toBe('4');
  await expect(page.getByTestId('present-jump')).toHaveCount(0);

  // The dark projector theme.
  await page.keyboard.press('t');
  await expect(presentation).toHaveAttribute('data-theme', 'dark');
  await page.waitForTimeout(300);
  await shot(page, testInfo, 'present-slide-dark.png');
  await page.keyboard.press('t');

  // Esc leaves, back to the story editor.
  await page.keyboard.press('Escape');
  await expect(presentation).toHaveCount(0);
  await expect(page.getByTestId('story-editor')).toBeVisible();
  expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
  expect(errors).toEqual([]);
});

test('the presenter view in a second window follows the presentation and drives it', async ({ page, host }, testInfo) => {
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemoStory(page, host.url);
  await page.getByTestId('story-present').click();
  await page.getByTestId('present-start').click();
  await expect(page.getByTestId('present-count')).toContainText('1 /');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-count')).toContainText('2 /');

  const popupPromise = page.waitForEvent('popup');
  await page.keyboard.press('p');
  const popup = await popupPromise;
  const popupErrors = collectPageErrors(popup);
  await popup.setViewportSize({ width: 1366, height: 768 });
  // It reached the engine with the token it was given, and took it out of its address.
  await expect(popup.getByTestId('presenter-view')).toBeVisible();
  expect(popup.url()).not.toContain('token=');
  await expect(popup.getByTestId('presenter-count')).toContainText('Dia 2 van');
  await expect(popup.getByTestId('presenter-notes')).toContainText('Vertrek van wat iedereen al kent');
  await expect(popup.getByTestId('presenter-clock')).toHaveText(/^\d{2}:\d{2}$/);
  await expect(popup.getByTestId('presenter-elapsed')).toHaveText(/^\d{2}:\d{2}$/);
  await expect(popup.getByTestId('slide-thumb')).toBeVisible();

  // The presenter goes on from the second window: the projector follows.
  await popup.getByTestId('presenter-next').click();
  await expect(page.getByTestId('present-count')).toContainText('3 /');
  await expect(popup.getByTestId('presenter-count')).toContainText('Dia 3 van');
  await popup.keyboard.press('ArrowRight');
  await expect(page.getByTestId('present-count')).toContainText('4 /');
  // And the projector's keys move the presenter view.
  await page.keyboard.press('ArrowLeft');
  await expect(popup.getByTestId('presenter-count')).toContainText('Dia 3 van');
  await popup.waitForTimeout(400);
  await shot(popup, testInfo, 'presenter-view.png');

  // Privacy for this session, from the presenter view: the projector's deck is recomputed.
  await expect(popup.getByTestId('presenter-privacy-suppress')).toBeChecked();
  await popup.getByTestId('presenter-privacy-suppress').uncheck();
  await expect(popup.getByTestId('presenter-privacy-suppress')).not.toBeChecked();

  const closed = popup.waitForEvent('close');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  await closed;
  expect(errors).toEqual([]);
  expect(popupErrors).toEqual([]);
});

test('where a second window is refused (the desktop shell), the presenter view opens in the presentation itself', async ({ page, host }) => {
  const errors = collectPageErrors(page);
  // As Electron's window-open handler does: window.open gives no window.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await openDemoStory(page, host.url);
  await page.getByTestId('story-present').click();
  await page.getByTestId('present-start').click();
  await expect(page.getByTestId('present-count')).toContainText('1 /');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('p');
  const presenter = page.getByTestId('presentation').getByTestId('presenter-view');
  await expect(presenter).toBeVisible();
  await expect(presenter.getByTestId('presenter-count')).toContainText('Dia 2 van');
  await expect(presenter.getByTestId('presenter-notes')).toContainText('Vertrek van wat iedereen al kent');
  // The keys still drive it; P goes back to the slide.
  await page.keyboard.press('ArrowRight');
  await expect(presenter.getByTestId('presenter-count')).toContainText('Dia 3 van');
  await page.keyboard.press('p');
  await expect(presenter).toHaveCount(0);
  await expect(page.getByTestId('slide')).toHaveAttribute('data-slide-number', '3');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation')).toHaveCount(0);
  expect(errors).toEqual([]);
});
