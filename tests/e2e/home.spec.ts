import { expect, test } from '@playwright/test';
import { emptyProgress, PROGRESS_KEY, recordAttempt, recordScroll } from '@/progress';
import { lessonPages } from './site';

test('the first screen on a desktop shows the course beside a live figure of it, and the way in', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const start = page.getByRole('link', { name: 'Start lesson 1' });
  await expect(start).toBeInViewport({ ratio: 1 });
  const figure = page.locator('.hero [data-widget="smooth-vs-sharp"]');
  await expect(figure).toHaveAttribute('data-hydrated', '');
  // No empty half: the figure fills the side beside the introduction, from the top of the first screen.
  const box = (await figure.boundingBox())!;
  const intro = (await page.locator('.hero .intro').boundingBox())!;
  expect(box.x).toBeGreaterThan(intro.x + intro.width);
  expect(box.x + box.width).toBeGreaterThan(1280 * 0.85);
  expect(box.y).toBeLessThan(300);
  await expect(figure.locator('svg')).toHaveCount(2);
  for (const chart of await figure.locator('svg').all()) await expect(chart).toBeInViewport({ ratio: 1 });
  // And it is live: moving the model size changes its reading.
  const reading = figure.locator('[data-reading]');
  const before = await reading.textContent();
  await figure.locator('input[type="range"]').fill('11');
  await expect(reading).not.toHaveText(before!);
  await start.click();
  await expect(page).toHaveURL(/\/lessons\/what-is-emergence\/$/);
});

test('on a phone the title and "Start lesson 1" come first, on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Threshold' })).toBeInViewport();
  await expect(page.getByRole('link', { name: 'Start lesson 1' })).toBeInViewport({ ratio: 1 });
});

test('a learner who has read every lesson and taken every quiz is told the course is finished', async ({ page }) => {
  const lessons = lessonPages().map((path) => path.split('/').at(-2)!);
  expect(lessons.length).toBeGreaterThan(5);
  const at = new Date().toISOString();
  let progress = emptyProgress();
  for (const lesson of lessons.slice(0, -1)) progress = recordAttempt(recordScroll(progress, lesson, 1, at), lesson, { at, points: 3, of: 6 });
  await page.goto('/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify(progress)]);
  await page.reload();
  const region = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(region).toBeVisible();
  const finished = region.getByText('You have finished the course');
  await expect(finished).toBeHidden();
  const last = lessons.at(-1)!;
  progress = recordAttempt(recordScroll(progress, last, 1, at), last, { at, points: 6, of: 6 });
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, JSON.stringify(progress)]);
  await page.reload();
  await expect(finished).toBeVisible();
});
