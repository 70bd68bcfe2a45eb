import { expect, test, type Page } from '@playwright/test';
import { answerAll, openQuiz } from './quiz-helpers';
import { watchForProblems } from './site';
import { wholePercent } from '@/common/percent';

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
  await expect(section).toContainText(`You had read ${wholePercent(saved)}% of it.`);
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

test('a corrupt saved value never breaks a page, is set aside with every later one, and the learner can export them', async ({ page }) => {
  await page.goto('/404.html', { waitUntil: 'networkidle' });
  await page.evaluate(() => localStorage.setItem('threshold:progress', '{"version":2,"lessons":{'));
  const watch = watchForProblems(page);
  await page.goto(lesson);
  await expect(page.getByRole('navigation', { name: 'Lessons' }).locator('[data-progress-for="what-is-emergence"]')).toHaveAttribute('data-state', 'visited');
  expect(await page.evaluate(() => localStorage.getItem('threshold:progress:unreadable'))).toBe('{"version":2,"lessons":{');
  await expect(page.locator('[data-progress-notice]')).toContainText('set aside, not erased');
  // A second broken value (another tab, an old version) is kept too, not only the first.
  await page.evaluate(() => localStorage.setItem('threshold:progress', 'broken again'));
  await page.goto('/progress/');
  await page.getByRole('button', { name: 'Export set-aside progress' }).scrollIntoViewIfNeeded();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export set-aside progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^threshold-progress-set-aside-\d{4}-\d{2}-\d{2}\.json$/);
  const { readFile } = await import('node:fs/promises');
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { setAside: string[] };
  expect(exported.setAside).toEqual(['{"version":2,"lessons":{', 'broken again']);
  watch.expectClean();
});

test('progress exported to a file and imported in a fresh browser comes back whole', async ({ browser }, testInfo) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  const { quiz, payload } = await openQuiz(page, lesson);
  await answerAll(quiz, payload, true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('[data-score]')).toHaveAttribute('data-score', '1');
  await page.goto('/progress/');
  const row = page.locator('tr[data-lesson="what-is-emergence"]');
  await expect(row.locator('[data-cell="best"]')).toHaveText('100%');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress to a file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^threshold-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('exported.json');
  await download.saveAs(file);
  await first.close();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/progress/');
  const freshRow = other.locator('tr[data-lesson="what-is-emergence"]');
  await expect(freshRow.locator('[data-cell="read"]')).toHaveText('Not yet');
  await other.getByLabel('Import a progress file').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toContainText('progress on 1 lesson, merged with what was here');
  await expect(freshRow.locator('[data-cell="best"]')).toHaveText('100%');
  await expect(freshRow.locator('[data-cell="mastery"]')).toHaveText('Proficient');
  const { quiz: restored } = await openQuiz(other, lesson);
  await expect(restored.locator('[data-quiz-history]')).toContainText('Best 100% · latest 100% · 1 attempt · Mastery: Proficient.');
  await fresh.close();
});

test('importing never replaces newer progress with an older file', async ({ page }) => {
  const older = { version: 2, lessons: { 'what-is-emergence': { firstVisit: '2020-01-01T00:00:00.000Z', lastVisit: '2020-01-02T00:00:00.000Z', scroll: 0.1, quiz: { attempts: [{ at: '2020-01-02T00:00:00.000Z', points: 1, of: 8 }], best: { at: '2020-01-02T00:00:00.000Z', points: 1, of: 8 } } } } };
  await page.goto(lesson);
  await page.goto('/progress/');
  await page.getByLabel('Import a progress file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
  const row = page.locator('tr[data-lesson="what-is-emergence"]');
  await expect(row.locator('[data-cell="attempts"]')).toHaveText('1');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('threshold:progress')!).lessons['what-is-emergence']);
  expect(Date.parse(saved.lastVisit)).toBeGreaterThan(Date.parse('2024-01-01'));
  expect(saved.firstVisit).toBe('2020-01-01T00:00:00.000Z');
});

test('a file that is not progress is refused with a reason, and nothing changes', async ({ page }) => {
  await page.goto(lesson);
  await page.goto('/progress/');
  const before = await page.evaluate(() => localStorage.getItem('threshold:progress'));
  await page.getByLabel('Import a progress file').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"todo": []}') });
  await expect(page.getByRole('status').filter({ hasText: 'That file' })).toHaveText('That file does not hold Threshold progress.');
  expect(await page.evaluate(() => localStorage.getItem('threshold:progress'))).toBe(before);
});

test('reset asks first, and only erases when confirmed', async ({ page }) => {
  await page.goto(lesson);
  await page.goto('/progress/');
  const read = page.locator('tr[data-lesson="what-is-emergence"] [data-cell="read"]');
  await expect(read).not.toHaveText('Not yet');
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Erase all progress in this browser?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(read).not.toHaveText('Not yet');
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await dialog.getByRole('button', { name: 'Erase everything' }).click();
  await expect(read).toHaveText('Not yet');
  await expect(page.getByRole('status').filter({ hasText: 'erased' })).toBeVisible();
  await page.goto('/');
  await expect(page.locator('[data-continue]')).toBeHidden();
});
