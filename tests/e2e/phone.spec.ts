import { expect, test } from '@playwright/test';
import { hydrateAll, lessonPages, seriousViolations } from './site';

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const lesson = '/lessons/what-is-emergence/';

test.use(phone);

test('on a 390 × 844 phone every lesson’s title is on the first screen, under a one-row header', async ({ page }) => {
  for (const path of lessonPages()) {
    await page.goto(path);
    const title = page.locator('main h1');
    await expect(title, path).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => scrollY), path).toBe(0);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height, `${path}: header height`).toBeLessThanOrEqual(72);
    await expect(page.getByRole('navigation', { name: 'Site' }), path).toBeHidden();
    await expect(page.locator('nav.sidebar').getByRole('link').first(), path).toBeHidden();
  }
});

test('the menu button opens the site navigation, search and theme, and Escape closes it', async ({ page }) => {
  await page.goto(lesson);
  const button = page.getByRole('button', { name: 'Menu' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toHaveAttribute('aria-controls', 'site-menu');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const nav = page.getByRole('navigation', { name: 'Site' });
  await expect(nav.getByRole('link', { name: 'Glossary' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Search the course' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Lessons' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await expect(button).toBeFocused();
});

test('on a phone the menu opens from the keyboard, and `/` opens it to reach the search box', async ({ page }) => {
  await page.goto(lesson);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const button = page.getByRole('button', { name: 'Menu' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await page.locator('main h1').click();
  await page.keyboard.press('/');
  await expect(page.getByRole('combobox', { name: 'Search the course' })).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  // A tap outside the menu, below it, closes it.
  await page.mouse.click(195, 830);
  await expect(button).toHaveAttribute('aria-expanded', 'false');
});

test('on a phone the lesson list opens from its toggle and marks the current lesson', async ({ page }) => {
  await page.goto(lesson);
  const list = page.locator('nav.sidebar');
  const current = list.locator('a[aria-current="page"]');
  await expect(current).toBeHidden();
  await list.getByText('All lessons').click();
  await expect(current).toBeVisible();
  await expect(current).toContainText('What is emergence?');
  await expect(list.getByRole('link')).toHaveCount(lessonPages().length);
});

test('at 1280 px the header is one row with navigation, search and theme, no menu button, and the lesson list open', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(lesson);
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Search the course' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Lessons' }).locator('a[aria-current="page"]')).toBeVisible();
  expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(70);
  await context.close();
});

for (const path of lessonPages()) {
  test(`${path} on a phone: no serious accessibility problem in either theme, and each formula or table wider than the screen scrolls from the keyboard`, async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await hydrateAll(page);
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
    for (const box of await page.locator('.katex-display[tabindex="0"], main table[tabindex="0"]').all()) {
      await box.focus();
      const before = await box.evaluate((element) => element.scrollLeft);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => box.evaluate((element) => element.scrollLeft), 'a wide formula or table scrolls').toBeGreaterThan(before);
    }
    // One that fits, or holds controls of its own, is not a tab stop.
    for (const box of await page.locator('.katex-display:not([tabindex]), main table:not([tabindex])').all()) {
      expect(await box.evaluate((element) => element.scrollWidth <= element.clientWidth + 1 || element.querySelector('a[href], button, input') !== null)).toBe(true);
    }
  });
}

test('some formula or table is wider than a 390 px screen, so the check above has something to scroll', async ({ page }) => {
  let wide = 0;
  for (const path of lessonPages()) {
    await page.goto(path);
    wide += await page.locator('.katex-display[tabindex="0"], main table[tabindex="0"]').count();
  }
  expect(wide).toBeGreaterThan(0);
});
