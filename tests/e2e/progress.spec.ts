import { expect, test, type Page } from '@playwright/test';
import { watchForProblems } from './site';

const lesson = '/lessons/what-is-emergence/';

/** Makes every use of localStorage and sessionStorage throw, as a browser with cookies blocked does. */
async function blockStorage(page: Page) {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'] as const) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    }
  });
}

test('a visited lesson is marked in the sidebar and on its home page card', async ({ page }) => {
  await page.goto(lesson);
  const sidebar = page.getByRole('navigation', { name: 'Lessons' });
  await expect(sidebar.locator('[data-progress-for="what-is-emergence"]')).toHaveAttribute('data-state', 'visited');
  await expect(sidebar.getByRole('link', { name: /What is emergence\?.*visited/i })).toBeVisible();
  await page.goto('/');
  await expect(page.locator('.cards [data-progress-for="what-is-emergence"]')).toHaveText(/Visited, \d+% read/);
});

test('home offers to continue where you left off, at the reading position', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-continue]')).toBeHidden();
  await page.goto(lesson);
  await page.locator('#more-is-different').scrollIntoViewIfNeeded();
  await page.waitForTimeout(1300);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('threshold:progress')!).lessons['what-is-emergence'].scroll as number);
  expect(saved).toBeGreaterThan(0.2);
  await page.goto('/');
  const section = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(section).toBeVisible();
  await expect(section).toContainText(`You had read ${Math.round(saved * 100)}% of it.`);
  await section.getByRole('link', { name: /What is emergence\?/ }).click();
  await expect(page).toHaveURL(lesson);
  await expect(page.locator('#more-is-different')).toBeInViewport();
});

test('progress made in one tab shows in another', async ({ context }) => {
  const home = await context.newPage();
  await home.goto('/');
  const card = home.locator('.cards [data-progress-for="what-is-emergence"]');
  await expect(card).toBeEmpty();
  const other = await context.newPage();
  await other.goto(lesson);
  await expect(card).toHaveText(/Visited/);
  await expect(home.locator('[data-continue]')).toBeVisible();
});

test('with storage blocked, the lesson still works and says once that progress is not saved', async ({ page }) => {
  await blockStorage(page);
  const watch = watchForProblems(page);
  await page.goto(lesson);
  const notice = page.locator('[data-progress-notice]');
  await expect(notice).toHaveText(/progress can’t be saved in this browser/);
  await expect(notice).toHaveCount(1);
  await expect(page.getByRole('navigation', { name: 'Lessons' }).locator('[data-progress-for="what-is-emergence"]')).toHaveAttribute('data-state', 'visited');
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(1300);
  watch.expectClean();
});

test('a corrupt saved value never breaks a page and is set aside', async ({ page }) => {
  await page.goto('/404.html');
  await page.evaluate(() => localStorage.setItem('threshold:progress', '{"version":2,"lessons":{'));
  const watch = watchForProblems(page);
  await page.goto(lesson);
  await expect(page.getByRole('navigation', { name: 'Lessons' }).locator('[data-progress-for="what-is-emergence"]')).toHaveAttribute('data-state', 'visited');
  expect(await page.evaluate(() => localStorage.getItem('threshold:progress:unreadable'))).toBe('{"version":2,"lessons":{');
  await expect(page.locator('[data-progress-notice]')).toBeEmpty();
  watch.expectClean();
});
