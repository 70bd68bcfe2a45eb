import { expect, test, type Page } from '@playwright/test';
import { partsShown, seriousViolations, watchForProblems } from './site';

/** The header's box, a combobox once its script has run. */
const headerBox = (page: Page) => page.getByRole('combobox', { name: 'Search the course' });
const headerResults = (page: Page) => page.getByRole('listbox', { name: 'Search results' });

/** Every request for Pagefind's script or index from the moment it is called. */
function pagefindRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) urls.push(request.url());
  });
  return urls;
}

test('`/` focuses the search box; a search lists lessons and links straight to the heading', async ({ page }) => {
  const watch = watchForProblems(page);
  await page.goto('/lessons/what-is-emergence/');
  await page.keyboard.press('/');
  const box = headerBox(page);
  await expect(box).toBeFocused();
  await page.keyboard.type('percolation');
  await expect(headerResults(page).getByRole('option').first()).toBeVisible();
  // Enter with no result highlighted opens the search page.
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

test('`/` far down a lesson brings the box to the reader without scrolling the page, and Escape puts it back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/lessons/scaling-laws/');
  await partsShown(page);
  await page.evaluate(() => scrollTo(0, 3000));
  await page.waitForFunction(() => scrollY === 3000);
  const reading = page.getByRole('heading', { level: 2 }).nth(2);
  const before = await reading.boundingBox();
  await page.keyboard.press('/');
  const box = headerBox(page);
  await expect(box).toBeFocused();
  await expect(box).toBeInViewport();
  await page.keyboard.type('chinchilla');
  await expect(headerResults(page).getByRole('option').first()).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBe(3000);
  expect((await reading.boundingBox())!.y).toBe(before!.y);
  await page.keyboard.press('Escape');
  await expect(headerResults(page)).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(box).not.toBeFocused();
  await expect(box).not.toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBe(3000);
});

for (const { width, height, phone } of [
  { width: 1280, height: 800, phone: false },
  { width: 390, height: 844, phone: true },
]) {
  test(`at ${width} px the header box lists results as one types; the keys move through them and Enter opens the heading`, async ({ page }) => {
    const watch = watchForProblems(page);
    await page.setViewportSize({ width, height });
    const pagefind = pagefindRequests(page);
    await page.goto('/lessons/what-is-emergence/', { waitUntil: 'networkidle' });
    expect(pagefind, 'Pagefind loads only once the box is used').toEqual([]);
    if (phone) await page.getByRole('button', { name: 'Menu' }).click();
    const box = headerBox(page);
    await box.click();
    await expect.poll(() => pagefind.length, 'focusing the box starts loading Pagefind').toBeGreaterThan(0);
    await box.pressSequentially('percolation');
    const listbox = headerResults(page);
    const options = listbox.getByRole('option');
    await expect(options.first()).toBeVisible();
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await expect(box).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
    await expect(options.last()).toHaveText(/^See all (\d+ )?results$/);
    await expect(options.last()).toHaveAttribute('href', '/search/?q=percolation');
    await expect(options.first().locator('mark').first()).toHaveText(/percolation/i);
    await expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(await options.count()).toBeGreaterThanOrEqual(3);

    await box.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
    await box.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
    await box.press('ArrowUp');
    await box.press('ArrowUp');
    await expect(options.last(), 'ArrowUp from the first result wraps to the last').toHaveAttribute('aria-selected', 'true');
    await box.press('ArrowDown');
    await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toBeFocused();

    // The header and its results; the lesson beneath is pages.spec.ts's to check.
    expect(await seriousViolations(page, ['main']), 'light theme, results open').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page, ['main']), 'dark theme, results open').toEqual([]);

    const href = (await options.nth(0).getAttribute('href'))!;
    expect(href, 'the first result opens at a heading').toMatch(/^\/[^#]+\/#.+/);
    await expect(options.nth(0).locator('.heading')).not.toBeEmpty();
    await box.press('Enter');
    await expect(page).toHaveURL(href);
    const heading = page.locator(`[id="${decodeURIComponent(href.split('#')[1]!)}"]`);
    await expect(heading).toBeInViewport();
    if (phone) await expect(page.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    watch.expectClean();
  });
}

test('Escape closes the results and keeps the text; a click outside closes them; nonsense says so', async ({ page }) => {
  await page.goto('/glossary/');
  const box = headerBox(page);
  await box.click();
  await box.pressSequentially('scaling');
  const options = headerResults(page).getByRole('option');
  await expect(options.first()).toBeVisible();
  await box.press('ArrowDown');
  await box.press('Escape');
  await expect(headerResults(page)).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await expect(box).not.toHaveAttribute('aria-activedescendant');
  await expect(box).toHaveValue('scaling');
  await expect(box).toBeFocused();
  await box.press('ArrowDown');
  await expect(options.first(), 'ArrowDown opens them again').toHaveAttribute('aria-selected', 'true');
  // A click on the page beside the results (they lie over the right of the header's row).
  await page.mouse.click(20, 600);
  await expect(headerResults(page)).toBeHidden();

  // Pagefind also matches words that begin a query, so the nonsense uses letters the course never writes.
  await box.fill('');
  await box.pressSequentially('жжжжж');
  const form = page.getByRole('search', { name: 'Course' });
  await expect(form.locator('[data-site-search-note]')).toHaveText('No results for “жжжжж”.');
  await expect(form.locator('[data-site-search-note]')).toBeVisible();
  await expect(form.locator('[aria-live]'), 'and a screen reader hears it').toHaveText('No results for “жжжжж”.');
  await expect(headerResults(page)).toBeHidden();
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  // Enter with no result highlighted goes to the search page with the query.
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%D0%B6%D0%B6%D0%B6%D0%B6%D0%B6$/);
  await expect(page.getByRole('status')).toHaveText('No results for “жжжжж”.');
});

test('an excerpt that quotes a power of ten shows it raised, in the header and on the search page', async ({ page }) => {
  // content/lessons/safety.mdx: "… exceeds $10^{25}$ floating-point operations" (KaTeX), and
  // "the largest Llama 3 model, {sci(llama405Flops)} FLOPs" (10<sup>25</sup>).
  await page.goto('/lessons/what-is-emergence/');
  const box = headerBox(page);
  await box.click();
  await box.pressSequentially('exceeds floating-point operations');
  const safety = headerResults(page).getByRole('option').filter({ hasText: 'Safety' }).first();
  await expect(safety.locator('.excerpt')).toContainText('exceeds 10²⁵ floating-point operations');
  await page.goto('/search/?q=largest%20Llama');
  const excerpts = page.locator('[data-search-results] p');
  await expect(excerpts.filter({ hasText: /Llama 3 model, \d\.\d × 10²⁵ FLOPs/ }).first()).toBeVisible();
  await expect(page.locator('[data-search-results]')).not.toContainText('10^{25}');
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
  const box = headerBox(page);
  await box.click();
  await box.pressSequentially('<img src=x onerror=alert(1)>');
  await expect(page.locator('[data-site-search-note]').getByText(/No results for “<img src=x onerror=alert\(1\)>”/).or(headerResults(page).getByRole('option').first())).toBeVisible();
  await expect(page.locator('form.site-search img')).toHaveCount(0);
});
