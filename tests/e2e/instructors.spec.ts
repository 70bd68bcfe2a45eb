import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { answerAll, openQuiz } from './quiz-helpers';
import { lessonPages, watchForProblems } from './site';

const lesson = 'what-is-emergence';
/** The public address the site was built with (SITE_URL, set for the build and the tests alike), or none. */
const siteUrl = process.env.SITE_URL?.trim().replace(/\/$/, '') || null;

async function text(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

/** Scrolls to the end of the lesson and waits until the visit counts as read. */
async function readToTheEnd(page: Page) {
  await page.goto(`/lessons/${lesson}/`);
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await expect
    .poll(() => page.evaluate((slug) => (JSON.parse(localStorage.getItem('threshold:progress') ?? '{}').lessons?.[slug]?.scroll ?? 0) as number, lesson))
    .toBeGreaterThanOrEqual(0.95);
}

test('an assignment built by an instructor ticks itself as a learner reads and takes the quiz, and reports it', async ({ page, browser }) => {
  await page.goto('/instructors/assign/');
  await page.getByRole('radio', { name: /^Session 1:/ }).check();
  await expect(page.getByRole('checkbox', { name: '1. What is emergence?' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '2. Phase transitions and other analogies' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Title' }).fill('Week 1 <b>reading</b>');
  await page.getByLabel('Due date').fill('2026-12-01');
  await page.getByRole('textbox', { name: /^Instructions/ }).fill('Read both.\nTake the quizzes.');
  const link = await page.getByRole('textbox', { name: 'Assignment link' }).inputValue();
  expect(new URL(link).pathname).toBe('/assignment/');
  expect(new URL(link).search).toBe('?s=1&t=Week+1+%3Cb%3Ereading%3C%2Fb%3E&d=2026-12-01&n=Read+both.%0ATake+the+quizzes.');
  // Unticking a lesson turns the session into a list of lessons.
  await page.getByRole('checkbox', { name: '2. Phase transitions and other analogies' }).uncheck();
  await expect(page.getByRole('radio', { name: /^No session/ })).toBeChecked();
  expect(new URL(await page.getByRole('textbox', { name: 'Assignment link' }).inputValue()).searchParams.getAll('l')).toEqual([lesson]);

  const learner = await browser.newContext({ acceptDownloads: true });
  const assignment = await learner.newPage();
  const watch = watchForProblems(assignment);
  await assignment.goto(link);
  await expect(assignment.getByRole('heading', { level: 1 })).toHaveText('Week 1 <b>reading</b>');
  await expect(assignment.locator('main b')).toHaveCount(0);
  await expect(assignment.getByText('Due: 1 December 2026')).toBeVisible();
  await expect(assignment.getByText('Session 1, Emergence and phase transitions: 2 lessons')).toBeVisible();
  const count = assignment.locator('[data-checklist-count]');
  await expect(count).toHaveText('0 of 4 done.');
  await expect(assignment.getByText('Self-reported:')).toBeVisible();

  const reading = await learner.newPage();
  await readToTheEnd(reading);
  await expect(assignment.locator(`[data-item="read-${lesson}"]`)).toHaveAttribute('data-done', '');
  await expect(count).toHaveText('1 of 4 done.');

  const { quiz, payload } = await openQuiz(reading, `/lessons/${lesson}/`);
  await answerAll(quiz, payload, true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(assignment.locator(`[data-item="quiz-${lesson}"]`)).toHaveAttribute('data-done', '');
  await expect(count).toHaveText('2 of 4 done.');
  await expect(assignment.locator(`tr[data-lesson="${lesson}"]`)).toContainText('100% (Proficient)');

  await assignment.getByRole('textbox', { name: /^Your name/ }).fill('Ada Lovelace');
  const [csv] = await Promise.all([assignment.waitForEvent('download'), assignment.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/^threshold-week-1-b-reading-b-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = (await text(csv)).split('\r\n');
  expect(lines).toEqual(expect.arrayContaining(['assignment,Week 1 <b>reading</b>', 'due,2026-12-01', 'learner,Ada Lovelace', 'complete,no']));
  expect(lines.find((line) => line.startsWith(`${lesson},`))).toMatch(new RegExp(`^${lesson},What is emergence\\?,yes,\\d+,[^,]+,[^,]+,1,100,[^,]+,100,[^,]+,Proficient$`));
  expect(lines.find((line) => line.startsWith('phase-transitions,'))).toMatch(/^phase-transitions,Phase transitions and other analogies,no,0,,,0,,,,,Not attempted$/);

  const [json] = await Promise.all([assignment.waitForEvent('download'), assignment.getByRole('button', { name: 'Download JSON' }).click()]);
  const report = JSON.parse(await text(json));
  expect(report.notice).toMatch(/^Self-reported:/);
  expect(report.rows[0]).toMatchObject({ lesson, read: true, quizAttempts: 1, quizBest: 1 });

  await assignment.emulateMedia({ media: 'print' });
  await expect(assignment.getByRole('button', { name: 'Download CSV' })).toBeHidden();
  await expect(assignment.getByText('Learner: Ada Lovelace')).toBeVisible();
  watch.expectClean();
  await learner.close();
});

test('a tampered assignment link shows its text as text and says what it left out', async ({ page }) => {
  const title = '<img src=x onerror="document.body.dataset.pwned=1">';
  await page.goto(`/assignment/?l=${lesson}&l=lesson-nine&t=${encodeURIComponent(title)}&d=soon&n=${'n'.repeat(1500)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('main img')).toHaveCount(0);
  await expect(page.locator('body')).not.toHaveAttribute('data-pwned', /.*/);
  const problems = page.locator('[data-problem-list] li');
  await expect(problems).toHaveText([
    'There is no lesson “lesson-nine” in this course; it was left out.',
    'The due date “soon” is not a date (expected YYYY-MM-DD); no due date is shown.',
    'The instructions were longer than 1000 characters and have been shortened.',
  ]);
  await expect(page.locator('[data-checklist] li')).toHaveCount(2);

  await page.goto('/assignment/?l=lesson-nine');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This assignment link cannot be opened');
  await expect(page.locator('[data-assignment-body]')).toBeHidden();
});

test('a long assignment fits a 360 px phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
  const page = await context.newPage();
  await page.goto(`/assignment/?s=3&t=${'Averyveryverylongwordwithoutanybreaks'.repeat(3)}&n=${'Instructions'.repeat(40)}`);
  await expect(page.locator('[data-checklist] li')).toHaveCount(4);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await context.close();
});

test('a session handout opens each widget in the state it describes', async ({ page }) => {
  await page.goto('/instructors/sessions/the-metric-debate-and-scaling-laws/');
  await page.getByRole('link', { name: /^Open “Metric lens” with Metric: Exact match, Target length L 10/ }).click();
  await expect(page).toHaveURL(/\/lessons\/mirage-or-real\/\?metric-lens\.metric=exact_match&metric-lens\.length=10#metric-lens$/);
  const lens = page.locator('#metric-lens');
  await expect(lens).toHaveAttribute('data-hydrated', '');
  await expect(lens.getByRole('combobox', { name: 'Metric' })).toHaveValue('exact_match');
});

test('handouts and quizzes print without navigation, the answer key on a page of its own', async ({ page }) => {
  await page.goto('/instructors/sessions/emergence-and-phase-transitions/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  // The full address when the site was built with one (SITE_URL), else the path on the course site.
  const printed = `${siteUrl ?? ''}/lessons/what-is-emergence/?smooth-vs-sharp.scale=9#smooth-vs-sharp`;
  await expect(page.locator('.activity .url').first()).toHaveText(new RegExp(`^\\s*${printed.replace(/[.?*+^$()[\]{}|\\/]/g, '\\$&')}$`));

  await page.goto(`/instructors/quizzes/${lesson}/`);
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  const key = page.locator('#answer-key');
  expect(await key.evaluate((element) => getComputedStyle(element).breakBefore)).toBe('page');
  // Chromium writes one page object per printed page. The key starts a page of its own when the
  // whole prints on exactly as many pages as the questions alone plus the key alone.
  const pages = async (format: 'A4' | 'Letter') => ((await page.pdf({ format })).toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
  for (const format of ['A4', 'Letter'] as const) {
    await page.goto(`/instructors/quizzes/${lesson}/`);
    const whole = await pages(format);
    await key.evaluate((element) => element.remove());
    const questions = await pages(format);
    await page.goto(`/instructors/quizzes/${lesson}/`);
    await page.evaluate(() => {
      document.querySelector('header')?.remove();
      for (const child of [...document.querySelector('main')!.children]) if (child.id !== 'answer-key') child.remove();
    });
    const answers = await pages(format);
    expect(questions, format).toBeGreaterThanOrEqual(1);
    expect(whole, format).toBe(questions + answers);
  }
});

test('every file the instructors’ page lists for an LMS downloads, whole and non-empty', async ({ page, request }) => {
  await page.goto('/instructors/');
  const links = page.locator('a[data-export]');
  // Three files per quiz, and two for the whole course.
  await expect(links).toHaveCount(lessonPages().length * 3 + 2);
  const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
  expect(hrefs.every((href) => href.startsWith('/instructors/export/'))).toBe(true);
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    const body = await response.body();
    expect(body.length, href).toBeGreaterThan(1000);
    if (/\.(zip|imscc)$/.test(href)) {
      expect(body.subarray(0, 4).toString('latin1'), href).toBe('PK\u0003\u0004');
      expect(body.includes(Buffer.from('imsmanifest.xml')), href).toBe(true);
    } else {
      expect(body.subarray(0, 5).toString('utf8'), href).toBe('<?xml');
      expect(body.toString('utf8'), href).toContain('<question type="multichoice">');
    }
  }
  // And as a browser downloads it, by its link.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Common Cartridge 1.3' }).click()]);
  expect(download.suggestedFilename()).toBe('threshold.imscc');
  expect(readFileSync((await download.path())!).length).toBeGreaterThan(1000);
  // Without a public address the guide says so, and so do the files.
  if (!siteUrl) {
    await expect(page.locator('[data-no-address]')).toContainText('no public address configured');
    expect(await (await request.get('/instructors/export/what-is-emergence.moodle.xml')).text()).toContain('no public address configured');
  }
});
