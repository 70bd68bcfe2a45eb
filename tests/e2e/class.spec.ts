import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { answerAll, openQuiz } from './quiz-helpers';
import { seriousViolations, watchForProblems } from './site';

const lesson = '/lessons/what-is-emergence/';

async function createClass(request: APIRequestContext, name: string) {
  const response = await request.post('/api/class/classes', { data: { name } });
  expect(response.status()).toBe(201);
  return (await response.json()) as { joinCode: string; instructorKey: string };
}

const attempt = (key: string) => ({ key, lesson: 'scaling-laws', at: new Date().toISOString(), points: 1, of: 2, answers: [] });

test.describe('the class API served by the course server', () => {
  test('pages and API answers carry the security headers', async ({ request }) => {
    for (const path of ['/', '/class/dashboard/', '/api/class/health']) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
      expect(headers['content-security-policy'], path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
      expect(headers['content-security-policy'], path).not.toMatch(/'unsafe-eval'/);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('same-origin');
    }
    // The code cells' sandbox alone may evaluate code, in an opaque origin, framed by the site only.
    const frame = (await request.get('/frames/notebook-sandbox.html')).headers()['content-security-policy'];
    expect(frame).toMatch(/script-src 'unsafe-eval' 'sha256-/);
    expect(frame).toMatch(/sandbox allow-scripts/);
    expect(frame).toMatch(/frame-ancestors 'self'/);
  });

  test('a learner joins, submits twice with one key, and the attempt is stored once', async ({ request }) => {
    const created = await createClass(request, 'HTTP class');
    const joined = await request.post('/api/class/join', { data: { code: created.joinCode, name: 'Ada' } });
    expect(joined.status()).toBe(201);
    const { learnerToken } = (await joined.json()) as { learnerToken: string };
    const headers = { authorization: `Bearer ${learnerToken}` };
    expect((await request.post('/api/class/attempts', { data: attempt('http-attempt-1'), headers })).status()).toBe(201);
    const again = await request.post('/api/class/attempts', { data: attempt('http-attempt-1'), headers });
    expect(again.status()).toBe(200);
    expect(await again.json()).toEqual({ stored: true, duplicate: true });
    const mine = (await (await request.get('/api/class/me', { headers })).json()) as { attempts: unknown[] };
    expect(mine.attempts).toHaveLength(1);
  });

  test('bad requests get a JSON error and never a stack trace', async ({ request }) => {
    const created = await createClass(request, 'Refusals');
    const garbled = await request.post('/api/class/join', { data: Buffer.from('{"code":'), headers: { 'content-type': 'application/json' } });
    expect(garbled.status()).toBe(400);
    expect(await garbled.json()).toEqual({ error: 'the body is not valid JSON' });
    const huge = await request.post('/api/class/join', { data: { code: created.joinCode, name: 'x'.repeat(40_000) } });
    expect(huge.status()).toBe(413);
    const crossSite = await request.post('/api/class/join', { data: { code: created.joinCode, name: 'Eve' }, headers: { origin: 'https://evil.example' } });
    expect(crossSite.status()).toBe(403);
    const noKey = await request.get('/api/class/report');
    expect(noKey.status()).toBe(401);
    for (const response of [garbled, huge, crossSite, noKey]) expect(await response.text()).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

/** The dashboard with the key typed in, as an instructor would. */
async function openDashboard(page: Page, key: string) {
  await page.goto('/class/dashboard/');
  await page.getByLabel('Instructor key').fill(key);
  await page.getByRole('button', { name: 'Open the dashboard' }).click();
}

test('an instructor starts a class, a learner joins by link and takes a quiz offline, and the dashboard shows it all', async ({ browser, page }) => {
  const watch = watchForProblems(page);
  await page.goto('/class/new/');
  await expect(page.locator('[data-class-offline]')).toBeHidden();
  await page.getByLabel('Class name').fill('Emergence, autumn');
  await page.getByLabel('Assignment (optional)').fill('Lesson 1 and its quiz');
  await page.getByRole('button', { name: 'Create the class' }).click();
  await expect(page.locator('[data-key]')).toHaveText(/^k_/);
  await expect(page.locator('[data-created]')).toBeFocused();
  const key = (await page.locator('[data-key]').textContent())!;
  const link = (await page.locator('[data-join-link]').textContent())!;
  expect(page.url()).not.toContain(key);

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await learner.goto(link);
  await learner.getByLabel('Your name as the instructor will see it').fill('Ada');
  await learner.getByRole('button', { name: 'Join the class' }).click();
  await expect(learner.getByRole('status')).toContainText('Joined.');
  await expect(learner.locator('[data-joined-text]')).toContainText('Assignment: Lesson 1 and its quiz');

  // Offline: the attempt waits in the outbox; back online, it is sent once.
  const { quiz, payload } = await openQuiz(learner, lesson);
  await learnerContext.setOffline(true);
  await answerAll(quiz, payload, false);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  const waiting = () =>
    learner.evaluate(() => {
      const { learnerId } = JSON.parse(localStorage.getItem('threshold:class') ?? '{}') as { learnerId?: string };
      return (JSON.parse(localStorage.getItem(`threshold:class:outbox:${learnerId}`) ?? '[]') as { kind: string }[]).map((item) => item.kind);
    });
  await expect.poll(waiting).toContain('attempt');
  await learnerContext.setOffline(false);
  await learner.evaluate(() => dispatchEvent(new Event('online')));
  await expect.poll(waiting).toEqual([]);
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await answerAll(quiz, payload, true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  // Reading to the end of the lesson completes it.
  await learner.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  await expect
    .poll(() =>
      learner.evaluate(() => {
        const { learnerId } = JSON.parse(localStorage.getItem('threshold:class') ?? '{}') as { learnerId?: string };
        return localStorage.getItem(`threshold:class:completed:${learnerId}`);
      }),
    )
    .toContain('what-is-emergence');
  // Leaving while the completion is on its way would abort that request (it stays queued, but the watch below would see it).
  await expect.poll(waiting).toEqual([]);

  // Offline sends failed on purpose above; from here on nothing may fail.
  const learnerWatch = watchForProblems(learner);
  await learner.goto('/class/me/');
  await expect(learner.locator('[data-pending]')).toHaveText('Everything this browser recorded has reached the class server.');
  const attempts = learner.getByRole('table', { name: 'Your quiz attempts, oldest first' });
  await expect(attempts.locator('tbody tr')).toHaveCount(2);
  await expect(attempts.locator('tbody tr').first()).toContainText('0%');
  await expect(attempts.locator('tbody tr').last()).toContainText('100%');
  // The first attempt left the ordering unanswered, so by the class's default rule the second counts.
  await expect(attempts.locator('tbody tr').first()).toContainText('No (not every question answered)');
  await expect(attempts.locator('tbody tr').last()).toContainText('Yes, this one counts');
  await expect(learner.getByRole('table', { name: 'Lessons you finished' })).toContainText('what-is-emergence');
  const download = learner.waitForEvent('download');
  await learner.getByRole('button', { name: 'Export my records to a file' }).click();
  expect((await download).suggestedFilename()).toBe('threshold-class-records.json');

  // This tab remembers the key it was shown, so the dashboard opens at once.
  await page.goto('/class/dashboard/');
  await expect(page.getByRole('heading', { name: 'Emergence, autumn' })).toBeVisible();
  const roster = page.getByRole('table', { name: 'Learners, their attempts and finished lessons' });
  await expect(roster.locator('tbody tr')).toHaveCount(1);
  await expect(roster.locator('tbody tr')).toContainText('Ada');
  await expect(page.getByRole('table', { name: 'Learners who finished each lesson' })).toContainText('1');
  // The first attempt left the ordering unanswered, so the graded one (the first complete) is the second.
  await expect(page.getByRole('table', { name: 'Graded quiz score of each learner, per lesson' })).toContainText('100%');
  await expect(page.getByRole('img', { name: /Bar chart of graded quiz scores/ })).toBeVisible();
  const items = page.getByRole('table', { name: /each question’s share of fully right answers/ });
  await expect(items.locator('tbody tr')).toHaveCount(payload.questions.length);
  await expect(items.locator('tbody tr').first()).toContainText('100%');
  // Prompts with formulas show them typeset, not as TeX source.
  const withMath = items.locator('tbody tr').filter({ has: page.locator('math') }).first();
  await expect(withMath.locator('th')).toContainText(/^\d+\. /);
  await expect(withMath.locator('th math').first()).toBeVisible();
  await expect(items).not.toContainText('^{', { useInnerText: true });
  expect(await seriousViolations(page)).toEqual([]);

  const gradebook = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the gradebook (CSV)' }).click();
  const file = await gradebook;
  expect(file.suggestedFilename()).toBe('gradebook.csv');

  // The key stays in this tab across a reload, never in the address.
  await page.reload();
  await expect(roster).toBeVisible();
  expect(page.url()).toBe(new URL('/class/dashboard/', page.url()).href);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Remove Ada…' }).click();
  await expect(page.getByRole('status')).toHaveText('Ada and all their records were removed.');
  await expect(page.getByText('Nobody has joined yet.')).toBeVisible();

  watch.expectClean();
  learnerWatch.expectClean();
  await learnerContext.close();
});

test('a wrong instructor key is refused with a message and nothing is shown', async ({ page }) => {
  await openDashboard(page, 'k_nobody.0000000000000000000000000000000000000000000');
  await expect(page.getByRole('status')).toHaveText('the instructor key is not valid');
  await expect(page.locator('[data-report]')).toBeHidden();
});

test('with JavaScript off the class pages say that class mode needs the course server', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ['/class/', '/class/join/', '/class/dashboard/']) {
    await page.goto(path);
    await expect(page.locator('[data-class-offline]')).toContainText('Class mode needs the course server');
    await expect(page.locator('[data-class-ui]')).toBeHidden();
  }
  await context.close();
});
