import { expect, test, type Locator, type Page } from '@playwright/test';

/** Ids of the animated figures on the page of all interactives (those with a Play/Pause button). */
async function animatedFigures(page: Page): Promise<string[]> {
  await page.goto('/explore/');
  return page.$$eval('[data-widget]:has([data-action="play"])', (nodes) => nodes.map((node) => node.id));
}

async function open(page: Page, id: string): Promise<Locator> {
  await page.goto('/explore/');
  const figure = page.locator(`[id="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', '');
  return figure;
}

/** The pixels of every canvas in the figure. */
const pixels = (figure: Locator) => figure.evaluate((node) => [...node.querySelectorAll('canvas')].map((canvas) => canvas.toDataURL()).join());

test('the page of all interactives holds animated widgets', async ({ page }) => {
  expect((await animatedFigures(page)).length).toBeGreaterThan(0);
});

test.describe('each animated widget', () => {
  test('plays on its own, pauses with a button press and says what it measured, then resumes', async ({ page }) => {
    for (const id of await animatedFigures(page)) {
      const figure = await open(page, id);
      const button = figure.locator('[data-action="play"]');
      await expect(button, id).toHaveText('Pause');
      await expect(figure, id).toHaveAttribute('data-running', '');
      const first = await pixels(figure);
      await expect.poll(() => pixels(figure), `${id} animates`).not.toBe(first);

      const playing = await figure.locator('[data-reading]').textContent();
      await button.focus();
      await page.keyboard.press('Enter');
      await expect(button, id).toHaveText('Play');
      await expect(figure, id).not.toHaveAttribute('data-running');
      await expect(figure.locator('[data-reading]'), id).toContainText('Paused after');
      const paused = await pixels(figure);
      await page.waitForTimeout(300);
      expect(await pixels(figure), `${id} stands still when paused`).toBe(paused);

      await page.keyboard.press('Enter');
      await expect(button, id).toHaveText('Pause');
      await expect(figure.locator('[data-reading]'), id).toHaveText(playing!);
      await expect.poll(() => pixels(figure), `${id} resumes`).not.toBe(paused);
    }
  });

  test('starts paused when the reader prefers reduced motion, and plays on request', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (const id of await animatedFigures(page)) {
      const figure = await open(page, id);
      const button = figure.locator('[data-action="play"]');
      await expect(button, id).toHaveText('Play');
      const still = await pixels(figure);
      await page.waitForTimeout(300);
      expect(await pixels(figure), `${id} does not move by itself`).toBe(still);
      await button.click();
      await expect(figure, id).toHaveAttribute('data-running', '');
      await expect.poll(() => pixels(figure), `${id} plays on request`).not.toBe(still);
    }
  });

  test('stops drawing while scrolled out of view and resumes when back', async ({ page }) => {
    for (const id of await animatedFigures(page)) {
      const figure = await open(page, id);
      await expect(figure, id).toHaveAttribute('data-running', '');
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(figure, `${id} stops off screen`).not.toHaveAttribute('data-running');
      await expect(figure.locator('[data-action="play"]'), `${id} still means to play`).toHaveText('Pause');
      await figure.scrollIntoViewIfNeeded();
      await expect(figure, `${id} resumes on screen`).toHaveAttribute('data-running', '');
    }
  });

  test('stops drawing while the tab is hidden', async ({ page }) => {
    for (const id of await animatedFigures(page)) {
      const figure = await open(page, id);
      await expect(figure, id).toHaveAttribute('data-running', '');
      const setVisibility = (state: string) =>
        page.evaluate((value) => {
          Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
          document.dispatchEvent(new Event('visibilitychange'));
        }, state);
      await setVisibility('hidden');
      await expect(figure, `${id} stops in a hidden tab`).not.toHaveAttribute('data-running');
      await setVisibility('visible');
      await expect(figure, `${id} resumes when the tab shows again`).toHaveAttribute('data-running', '');
    }
  });
});
