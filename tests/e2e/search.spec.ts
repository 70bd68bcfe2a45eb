import { expect, test } from '@playwright/test';
import { watchForProblems } from './site';

test('`/` focuses the search box; a search lists lessons and links straight to the heading', async ({ page }) => {
  const watch = watchForProblems(page);
  await page.goto('/lessons/what-is-emergence/');
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the course' });
  await expect(box).toBeFocused();
  await page.keyboard.type('percolation');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=percolation$/);
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/match “percolation”/);
  await expect(results.first().locator('mark').first()).toHaveText(/percolation/i);
  const section = results.locator('ul a[href*="#"]').first();
  const href = (await section.getAttribute('href'))!;
  await section.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`)).toBeInViewport();
  watch.expectClean();
});

test('results follow typing, the query stays in the address, and nonsense says so', async ({ page }) => {
  await page.goto('/search/?q=Brier');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(results.locator('.hit-title', { hasText: 'Glossary' }).or(results.locator('.hit-title', { hasText: 'mirage' }))).not.toHaveCount(0);
  const box = page.getByRole('searchbox', { name: 'Words to find' });
  await expect(box).toHaveValue('Brier');
  // Pagefind also matches words that begin a query, so the nonsense uses letters the course never writes.
  await box.fill('жжжжж');
  await expect(page.getByRole('status')).toHaveText('No results for “жжжжж”.');
  await expect(results).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('q')).toBe('жжжжж');
});

test('a title in the index is shown as text, never as markup', async ({ page }) => {
  await page.goto('/search/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.getByRole('status')).toHaveText(/No results for “<img src=x onerror=alert\(1\)>”|match/);
  await expect(page.locator('[data-search-results] img')).toHaveCount(0);
});
