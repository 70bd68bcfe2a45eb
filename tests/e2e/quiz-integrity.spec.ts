import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { percent, wholePercent } from '@/common/percent';
import { pairsInOrder } from '@/quiz';
import type { QuizPayload } from '@/quiz/model';
import { answerAll, openQuiz, quizPayload } from './quiz-helpers';
import { seriousViolations, watchForProblems } from './site';

const lesson = '/lessons/what-is-emergence/';

/** Collapses white space, so text read from markup and from the page compare alike. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * What would give each question's answer away, read from the page with JavaScript off (where every
 * answer is there to open): the explanation of each right option, and of each item of an ordering.
 */
async function answerTexts(browser: Browser): Promise<string[][]> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(lesson);
  const texts = await page.locator('[data-question]').evaluateAll((questions) =>
    questions.map((question) =>
      [...question.querySelectorAll('.explanations li.right, ol.explanations li')].map((item) =>
        (item.lastElementChild?.textContent ?? item.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60),
      ),
    ),
  );
  await context.close();
  return texts;
}

/**
 * What of the quiz a reader can reach: the page's rendered text and the quiz's accessibility tree;
 * with `everything`, all the document's text too, that of scripts and noscripts included.
 */
async function reachable(page: Page, quiz: Locator, everything: boolean): Promise<string> {
  const text = await page.evaluate((all) => (all ? document.documentElement.textContent : document.body.innerText) ?? '', everything);
  return squeeze(`${text}\n${await quiz.ariaSnapshot()}`);
}

test('before "Show answers", no right answer of a wrong question is on the page, in its text or its accessibility tree, from the first paint on', async ({ browser, page }) => {
  const secrets = await answerTexts(browser);
  expect(secrets.flat().length).toBeGreaterThanOrEqual(8);

  // First paint, before the quiz's code has loaded: the answers wait in noscripts, which a page with
  // scripts on holds as inert text, neither shown nor in the accessibility tree.
  await page.goto(lesson);
  const quiz = page.locator('threshold-quiz');
  await expect(quiz).not.toHaveAttribute('data-hydrated', '');
  await expect(quiz.locator('.question-prompt').first()).toBeAttached();
  const before = await reachable(page, quiz, false);
  for (const text of secrets.flat()) expect(before, 'before the quiz loads').not.toContain(text);
  expect(before).not.toContain('Answer and explanation');
  expect(await quiz.locator('[data-answer], .explanations').count()).toBe(0);

  const watch = watchForProblems(page);
  const { payload } = await openQuiz(page, lesson);
  await answerAll(quiz, payload, false);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('[data-score]')).toHaveAttribute('data-score', '0');
  // Once the quiz has loaded, neither the answers nor the key are anywhere in the document.
  const after = await reachable(page, quiz, true);
  for (const text of secrets.flat()) expect(after, 'after a wrong check').not.toContain(text);
  expect(squeeze((await quiz.textContent()) ?? '')).not.toMatch(/✓ The right answer|✓ Also right|Belongs at|The answer is/);
  expect(await quiz.locator('[data-result="missed"], .explanations li.right, [data-quiz-payload]').count()).toBe(0);

  // What the learner chose is judged and explained.
  for (const [index, { key }] of payload.questions.entries()) {
    const question = quiz.locator(`[data-question="${index + 1}"]`);
    if (key.type !== 'single' && key.type !== 'predict') continue;
    const chosen = key.options.find((id) => id !== key.correct)!;
    await expect(question.locator(`[data-option="${chosen}"] [data-verdict]`)).toHaveText('✗ Not right');
    await expect(question.locator('details').filter({ hasText: 'About your answer' })).toBeVisible();
    await expect(question.locator(`[data-explains="${chosen}"] [data-yours]`)).toBeVisible();
    await expect(question.locator('[data-explains]')).toHaveCount(1);
  }
  expect(await seriousViolations(page)).toEqual([]);
  watch.expectClean();
});

test('"Show answers" then shows every right answer and its explanation', async ({ browser, page }) => {
  const secrets = await answerTexts(browser);
  const { quiz, payload } = await openQuiz(page, lesson);
  await answerAll(quiz, payload, false);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await quiz.getByRole('button', { name: 'Show answers' }).click();
  await expect(quiz.getByRole('button', { name: 'Show answers' })).toBeHidden();
  for (const [index, { key }] of payload.questions.entries()) {
    const question = quiz.locator(`[data-question="${index + 1}"]`);
    if (key.type === 'single' || key.type === 'predict') {
      await expect(question.locator(`[data-option="${key.correct}"] [data-verdict]`)).toHaveText('✓ The right answer');
      await expect(question.locator(`[data-explains="${key.correct}"]`)).toBeVisible();
    }
    if (key.type === 'numeric') await expect(question.locator('[data-answer]')).toContainText('The answer is');
    for (const text of secrets[index]!) await expect(question.locator('[data-answer]')).toContainText(text);
  }
});

test('after a wrong check the learner can take a hint, then try again with the hint still there', async ({ page }) => {
  const { quiz, payload } = await openQuiz(page, lesson);
  await answerAll(quiz, payload, false);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  const question = quiz.locator('[data-question="1"]');
  await question.getByRole('button', { name: 'Show a hint (1 of 1)' }).click();
  await expect(question.locator('[data-hint-list] li')).toHaveCount(1);
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(question.locator('[data-hint-list] li')).toHaveCount(1);
  await expect(question.locator('input').first()).toBeEnabled();
});

/** The ordering question, its key, and its items as they stand. */
async function orderingOf(quiz: Locator, payload: QuizPayload) {
  const index = payload.questions.findIndex(({ key }) => key.type === 'ordering');
  const key = payload.questions[index]!.key as { order: string[] };
  const question = quiz.locator(`[data-question="${index + 1}"]`);
  const order = () => question.locator('[data-item]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.item!));
  return { key, question, order };
}

test('an ordering left as dealt is not answered, but confirmed with the keyboard it scores its pairs; moving an item answers it too', async ({ page }) => {
  const { quiz, payload } = await openQuiz(page, lesson);
  const { key, question, order } = await orderingOf(quiz, payload);
  const keep = question.getByRole('checkbox', { name: 'This order is my answer' });
  await expect(keep).not.toBeChecked();

  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(question.locator('[data-question-feedback]')).toHaveText('Not answered: 0 points.');
  await quiz.getByRole('button', { name: 'Try again' }).click();

  const dealt = await order();
  const credit = pairsInOrder(key.order, dealt);
  await keep.focus();
  await page.keyboard.press('Space');
  await expect(keep).toBeChecked();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(question.locator('[data-question-feedback]')).toHaveText(credit > 0 ? /^Partly right/ : /^Not right/);
  await expect(quiz.locator('[data-score]')).toHaveAttribute('data-score', String(credit / payload.questions.length));

  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(keep).not.toBeChecked();
  await question.locator('[data-item]').nth(1).getByRole('button', { name: /up$/ }).click();
  await expect(keep).toBeChecked();
});

/** The gradebook row of one learner, as the dashboard downloads it. */
async function gradebookRow(page: Page, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the gradebook (CSV)' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8');
  return csv.split('\r\n').find((line) => line.startsWith(`${name},`))!;
}

test('the instructor’s grading rule decides the graded score on the dashboard and in the gradebook, and the quiz page states it', async ({ browser, page }) => {
  await page.goto('/class/new/');
  await page.getByLabel('Class name').fill('Integrity class');
  await expect(page.getByRole('radio', { name: 'The first complete attempt made before the answers were shown counts' })).toBeChecked();
  await page.getByRole('button', { name: 'Create the class' }).click();
  await expect(page.locator('[data-key]')).toHaveText(/^k_/);
  const link = (await page.locator('[data-join-link]').textContent())!;

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await learner.goto(link);
  await learner.getByLabel('Your name as the instructor will see it').fill('Ada');
  await learner.getByRole('button', { name: 'Join the class' }).click();
  await expect(learner.getByRole('status')).toContainText('Joined.');

  // A complete first attempt, every answer wrong but the ordering kept as dealt; then a perfect one.
  const { quiz, payload } = await openQuiz(learner, lesson);
  await expect(quiz.locator('[data-quiz-grading]')).toHaveText('Graded for your class “Integrity class”: the first complete attempt made before the answers were shown counts. Answer every question before you check; later attempts, and any made after showing the answers, are practice.');
  await answerAll(quiz, payload, false);
  await (await orderingOf(quiz, payload)).question.getByRole('checkbox', { name: 'This order is my answer' }).check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  const first = Number(await quiz.locator('[data-score]').getAttribute('data-score'));
  expect(first).toBeLessThan(1);
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await answerAll(quiz, payload, true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('[data-score]')).toHaveAttribute('data-score', '1');
  // The learner's own queue, sent and empty.
  const outbox = () =>
    learner.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('threshold:class:outbox:')).map((key) => localStorage.getItem(key)));
  await expect.poll(outbox).toEqual(['[]']);

  await page.goto('/class/dashboard/');
  const grades = page.getByRole('table', { name: 'Graded quiz score of each learner, per lesson' });
  await expect(grades.locator('tbody tr')).toContainText(percent(first));
  expect(await gradebookRow(page, 'Ada')).toMatch(new RegExp(`,${wholePercent(first)}$`));
  await expect(page.getByRole('table', { name: /over graded attempts/ }).locator('tbody tr').first()).toContainText('0%');

  await page.getByRole('radio', { name: 'The best attempt made before the answers were shown counts' }).check();
  await page.getByRole('button', { name: 'Save the grading rule' }).click();
  await expect(page.getByRole('status')).toContainText('Saved: the best attempt made before the answers were shown counts.');
  await expect(grades.locator('tbody tr')).toContainText('100%');
  expect(await gradebookRow(page, 'Ada')).toMatch(/,100$/);
  await expect(page.getByRole('radio', { name: 'The best attempt made before the answers were shown counts' })).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);

  // The learner's quiz states the new rule; after "Show answers", an attempt is recorded as made with them seen.
  await learner.reload();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.locator('[data-quiz-grading]')).toContainText('the best attempt made before the answers were shown counts. Once you choose “Show answers”');
  await answerAll(quiz, payload, false);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await quiz.getByRole('button', { name: 'Show answers' }).click();
  await expect(quiz.locator('[data-quiz-grading]')).toContainText('You have shown the answers of this quiz');
  await quiz.getByRole('button', { name: 'Try again' }).click();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect.poll(outbox).toEqual(['[]']);
  const token = await learner.evaluate(() => (JSON.parse(localStorage.getItem('threshold:class')!) as { token: string }).token);
  const mine = (await (await learner.request.get('/api/class/me', { headers: { authorization: `Bearer ${token}` } })).json()) as {
    attempts: { complete: boolean; answersShown: boolean }[];
  };
  expect(mine.attempts.map((attempt) => [attempt.complete, attempt.answersShown])).toEqual([
    [true, false],
    [true, false],
    [false, false],
    [false, true],
  ]);
  await learnerContext.close();
});

test('a reader in no class is told that practice is not graded, and what a class grades by default', async ({ page }) => {
  await page.goto(lesson);
  await expect(page.locator('[data-quiz-grading]')).toHaveText(/^Practice: nothing here is graded.*unless they change it, the first complete attempt made before the answers were shown counts\.$/);
  const payload = await quizPayload(page, lesson);
  expect(payload.questions.length).toBeGreaterThan(0);
});

test('a learner whose only attempt is incomplete has no graded score yet, and the dashboard says so instead of charting nothing', async ({ page, request }) => {
  const created = (await (await request.post('/api/class/classes', { data: { name: 'Not yet class' } })).json()) as { joinCode: string; instructorKey: string };
  const joined = (await (await request.post('/api/class/join', { data: { code: created.joinCode, name: 'Bo' } })).json()) as { learnerToken: string };
  const body = { key: 'incomplete-attempt-1', lesson: 'what-is-emergence', at: new Date().toISOString(), points: 1, of: 2, answers: [], complete: false, answersShown: false };
  expect((await request.post('/api/class/attempts', { data: body, headers: { authorization: `Bearer ${joined.learnerToken}` } })).status()).toBe(201);
  await page.goto('/class/dashboard/');
  await page.getByLabel('Instructor key').fill(created.instructorKey);
  await page.getByRole('button', { name: 'Open the dashboard' }).click();
  await expect(page.getByRole('table', { name: 'Graded quiz score of each learner, per lesson' }).locator('tbody tr')).toContainText('Not yet (1 attempt)');
  await expect(page.getByText('No attempt counts for a grade yet')).toBeVisible();
  await expect(page.getByRole('img', { name: /Bar chart of graded quiz scores/ })).toHaveCount(0);
  expect(await gradebookRow(page, 'Bo')).toMatch(/,$/);
});
