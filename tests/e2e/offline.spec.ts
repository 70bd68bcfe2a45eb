import { expect, test } from '@playwright/test';
import { answerAll, openQuiz } from './quiz-helpers';
import { hydrateAll } from './site';

test.use({ serviceWorkers: 'allow' });

const lesson = '/lessons/why-abilities-emerge/';

test('a lesson read once opens offline with its figures, and its quiz still scores and saves', async ({ page, context }) => {
  await page.goto(lesson);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit happened before the worker took control; this one is fetched through it and saved.
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await hydrateAll(page);
  await openQuiz(page, lesson);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await hydrateAll(page);
  const { quiz, payload } = await openQuiz(page, lesson);
  await answerAll(quiz, payload, true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('[data-score]')).toHaveAttribute('data-score', '1');
  const saved = await page.evaluate(() => localStorage.getItem('threshold:progress') ?? '');
  expect(saved).toContain('why-abilities-emerge');

  // A widget setting in the address is served by the same saved copy.
  await page.goto(`${lesson}?reasoning-chain.n=20`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await page.getByRole('link', { name: 'Back to the course home' }).click();
  await expect(page.locator('.cards')).toBeVisible();
  await context.setOffline(false);
});
