import { expect, test } from '@playwright/test';
import { lessonPages, seriousViolations } from './site';

test('the whole-course page holds every lesson with its figures and references, each id once', async ({ page }) => {
  await page.goto('/print/');
  const lessons = page.locator('article.lesson');
  await expect(lessons).toHaveCount(lessonPages().length);
  for (const article of await lessons.all()) {
    await expect(article.locator('[data-widget] svg').first()).toBeAttached();
    await expect(article.locator('.references li').first()).toBeAttached();
  }
  const ids = await page.$$eval('[id]', (nodes) => nodes.map((node) => node.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  // A citation jumps to its own lesson's reference.
  const citation = page.locator('article.lesson').nth(1).locator('.prose a[href^="#"][href*="--ref-"]').first();
  const target = (await citation.getAttribute('href'))!.slice(1);
  expect(target.startsWith(`${await lessons.nth(1).getAttribute('id')}--`)).toBe(true);
});

test('printed, each lesson starts a new page and navigation is gone', async ({ page }) => {
  await page.goto('/print/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('search')).toBeHidden();
  const breaks = await page.$$eval('article.lesson', (nodes) => nodes.map((node) => getComputedStyle(node).breakBefore));
  expect(new Set(breaks)).toEqual(new Set(['page']));
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThan(lessonPages().length * 2);
});

test('a printed lesson keeps its figures as the reader left them, and its references', async ({ page }) => {
  await page.goto('/lessons/why-abilities-emerge/?reasoning-chain.n=30#reasoning-chain');
  const figure = page.locator('[data-widget="reasoning-chain"]');
  await expect(figure).toHaveAttribute('data-hydrated', '');
  await page.emulateMedia({ media: 'print' });
  await expect(figure.locator('svg').first()).toBeVisible();
  await expect(figure.locator('[data-reading]')).toHaveText(/30/);
  // The current value prints; Reset, the link button and the slider's track do not.
  const steps = figure.getByRole('spinbutton', { name: 'Steps n' });
  await expect(steps).toBeVisible();
  await expect(steps).toHaveValue('30');
  await expect(figure.locator('input[type="range"]').first()).toBeHidden();
  await expect(figure.getByRole('button', { name: 'Reset' })).toBeHidden();
  await expect(figure.locator('button:visible')).toHaveCount(0);
  const reference = page.locator('#references + ol li cite a').first();
  await expect(reference).toBeVisible();
  // On paper, where each reference lives is printed after it.
  const printed = await reference.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(printed).toContain((await reference.getAttribute('href'))!);
  await expect(page.getByRole('navigation', { name: 'Lessons' })).toBeHidden();
});

test('the whole-course page has no serious accessibility violation in either theme, its figures and math aside (checked on the lesson pages)', async ({ page }) => {
  // The whole course on one page is the largest document axe reads here.
  test.setTimeout(180_000);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/print/');
    expect(await seriousViolations(page, ['[data-widget]', '.katex']), `${colorScheme} theme`).toEqual([]);
  }
});
