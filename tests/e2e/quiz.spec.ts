import { expect, test, type Page } from '@playwright/test';
import { answerAll, openQuiz } from './quiz-helpers';
import { lessonPages, seriousViolations, sidewaysOverflow, watchForProblems } from './site';

const lesson = '/lessons/what-is-emergence/';

test('a quiz taken wrong then right keeps its scores and mastery across a reload', async ({ page }) => {
  const watch = watchForProblems(page);
  const { quiz, payload } = await openQuiz(page, lesson);
  const history = quiz.locator('[data-quiz-history]');
  await expect(history).toBeHidden();

  await answerAll(quiz, payload, false);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  const score = quiz.locator('[data-score]');
  await expect(score).toHaveAttribute('data-score', '0');
  await expect(score).toContainText(`You scored 0 out of ${payload.questions.length} (0%)`);
  await expect(score).toBeFocused();
  await expect(quiz.locator('[data-question-feedback]').first()).toHaveText(/Not right/);
  await expect(history).toHaveText(/Best 0% · latest 0% · 1 attempt · Mastery: Attempted\./);

  await quiz.getByRole('button', { name: 'Try again' }).click();
  await expect(score).toHaveAttribute('data-score', '');
  await answerAll(quiz, payload, true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(score).toHaveAttribute('data-score', '1');
  await expect(score).toContainText('(100%)');
  await expect(history).toHaveText(/Best 100% · latest 100% · 2 attempts · Mastery: Proficient\. Next, Mastered:/);

  await page.reload();
  await quiz.scrollIntoViewIfNeeded();
  await expect(history).toHaveText(/Best 100% · latest 100% · 2 attempts · Mastery: Proficient\./);
  await expect(page.getByRole('navigation', { name: 'Lessons' }).locator('[data-progress-for="what-is-emergence"]')).toHaveAttribute('data-state', 'proficient');
  await page.goto('/');
  await expect(page.locator('.cards [data-progress-for="what-is-emergence"]')).toContainText('quiz best 100%, latest 100% (Proficient)');
  watch.expectClean();
});

test('partial answers earn partial credit and say so', async ({ page }) => {
  const { quiz, payload } = await openQuiz(page, lesson);
  const index = payload.questions.findIndex(({ key }) => key.type === 'multiple' && key.correct.length === 2);
  const key = payload.questions[index]!.key as { correct: string[] };
  const question = quiz.locator(`[data-question="${index + 1}"]`);
  await question.locator(`input[value="${key.correct[0]}"]`).check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(question.locator('[data-question-feedback]')).toHaveText('Partly right: 0.5 of a point.');
  await expect(quiz.locator('[data-score]')).toHaveAttribute('data-score', String(0.5 / payload.questions.length));
});

test('a new attempt deals the options in a new order, and a reload keeps the order of the attempt', async ({ page }) => {
  const { quiz } = await openQuiz(page, lesson);
  const order = () => quiz.locator('[data-option]').evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.option).join(''));
  const first = await order();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await quiz.getByRole('button', { name: 'Try again' }).click();
  const second = await order();
  expect(second).not.toBe(first);
  await page.reload();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', '');
  expect(await order()).toBe(second);
});

/** Presses Tab until the focused element matches `selector`; fails after too many presses. */
async function tabTo(page: Page, selector: string) {
  for (let presses = 0; presses < 120; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('the whole quiz can be done with the keyboard alone', async ({ page }) => {
  const { payload } = await openQuiz(page, lesson);
  // Following the table of contents to #quiz puts the start of keyboard navigation at the quiz.
  await page.goto(`${lesson}#quiz`);
  await expect(page.locator('threshold-quiz')).toHaveAttribute('data-hydrated', '');
  for (const [index, { key }] of payload.questions.entries()) {
    const q = `[data-question="${index + 1}"]`;
    if (key.type === 'single' || key.type === 'predict') {
      await tabTo(page, `${q} input[type="radio"]`);
      for (let i = 0; i < key.options.length; i++) {
        if (await page.evaluate((id) => (document.activeElement as HTMLInputElement).value === id, key.correct)) break;
        await page.keyboard.press('ArrowDown');
      }
      await page.keyboard.press('Space');
    } else if (key.type === 'multiple') {
      for (let i = 0; i < key.options.length; i++) {
        await tabTo(page, `${q} input[type="checkbox"]`);
        const id = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
        if (key.correct.includes(id)) await page.keyboard.press('Space');
      }
    } else if (key.type === 'numeric') {
      await tabTo(page, `${q} input[type="text"]`);
      await page.keyboard.type(String(key.answer));
    } else if (key.type === 'ordering') {
      for (let target = 0; target < key.order.length; target++) {
        const ids = await page.locator(`${q} [data-item]`).evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.item!));
        let at = ids.indexOf(key.order[target]!);
        if (at === target) continue;
        await tabTo(page, `${q} [data-item="${key.order[target]}"] [data-move="up"]`);
        for (; at > target; at--) await page.keyboard.press('Enter');
      }
    }
  }
  await tabTo(page, '[data-action="check"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-score]')).toHaveAttribute('data-score', '1');
  await expect(page.locator('[data-score]')).toBeFocused();
});

test('feedback is announced politely and the page stays free of serious accessibility problems in both themes', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { quiz, payload } = await openQuiz(page, lesson);
    await answerAll(quiz, payload, false);
    await quiz.getByRole('button', { name: 'Check answers' }).click();
    await expect(quiz.getByRole('status').filter({ hasText: 'You scored' })).toBeVisible();
    await expect(quiz.locator('[data-shown]').first()).toBeVisible();
    expect(await seriousViolations(page), `${colorScheme} theme`).toEqual([]);
  }
});

test('hints appear one at a time', async ({ page }) => {
  const { quiz } = await openQuiz(page, lesson);
  const question = quiz.locator('[data-question="3"]');
  const button = question.getByRole('button', { name: /hint/ });
  await expect(button).toHaveText('Show a hint (1 of 2)');
  await button.click();
  await expect(question.locator('[data-hint-list] li')).toHaveCount(1);
  await expect(button).toHaveText('Show another hint (2 of 2)');
  await button.click();
  await expect(question.locator('[data-hint-list] li')).toHaveCount(2);
  await expect(button).toBeHidden();
});

test('a numeric answer that is not a number gets its own feedback', async ({ page }) => {
  const { quiz, payload } = await openQuiz(page, lesson);
  const index = payload.questions.findIndex(({ key }) => key.type === 'numeric');
  const question = quiz.locator(`[data-question="${index + 1}"]`);
  await question.getByRole('textbox', { name: 'Your answer' }).fill('about half');
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(question.locator('[data-question-feedback]')).toHaveText(/“about half” is not a number that can be read/);
});

test('a predict-then-check question links to its widget with the preset that shows the answer', async ({ page }) => {
  const { quiz, payload } = await openQuiz(page, lesson);
  const index = payload.questions.findIndex(({ key }) => key.type === 'predict');
  const question = quiz.locator(`[data-question="${index + 1}"]`);
  await expect(question.locator('[data-answer]')).toBeHidden();
  await question.getByRole('radio').first().check();
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  const link = question.getByRole('link', { name: /open “Smooth versus sharp”/ });
  await expect(link).toHaveAttribute('href', '/lessons/what-is-emergence/?smooth-vs-sharp.scale=11#smooth-vs-sharp');
  await link.click();
  const figure = page.locator('[data-widget="smooth-vs-sharp"]');
  await expect(figure).toHaveAttribute('data-hydrated', '');
  await expect(figure.getByRole('slider', { name: 'Model size' })).toHaveValue('11');
});

test('with JavaScript off every question is readable and each answer can be revealed', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(lesson);
  const questions = page.locator('[data-question]');
  expect(await questions.count()).toBeGreaterThanOrEqual(6);
  const first = questions.first();
  await expect(first.locator('.question-prompt')).toBeVisible();
  await expect(first.getByRole('button', { name: 'Check answers' })).toHaveCount(0);
  // The answers sit in noscripts, whose content Playwright's text and role locators skip even with
  // JavaScript off, so the disclosure is found by its markup.
  const summary = first.locator('[data-answer] > summary');
  await expect(summary).toHaveText('Answer and explanation');
  await summary.click();
  await expect(first.locator('.explanations .right')).toBeVisible();
  await expect(first.locator('.from-lesson a')).toBeVisible();
  await context.close();
});

test('the quiz code loads only when the quiz comes near, and pages without a quiz never load it', async ({ page }) => {
  const quizCode: string[] = [];
  page.on('request', (request) => {
    if (/quiz-element/.test(request.url())) quizCode.push(request.url());
  });
  for (const path of ['/', '/explore/', '/glossary/']) await page.goto(path);
  await page.goto(lesson);
  await page.waitForLoadState('networkidle');
  expect(quizCode).toEqual([]);
  await page.locator('threshold-quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('threshold-quiz')).toHaveAttribute('data-hydrated', '');
  expect(quizCode).toHaveLength(1);
});

test('on a phone the quiz can be answered and checked by tapping', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const { quiz, payload } = await openQuiz(page, lesson);
  await answerAll(quiz, payload, true);
  await quiz.getByRole('button', { name: 'Check answers' }).tap();
  await expect(quiz.locator('[data-score]')).toHaveAttribute('data-score', '1');
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await context.close();
});

test('with storage blocked the quiz still checks, and the learner is told progress is not saved', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
  const watch = watchForProblems(page);
  const { quiz, payload } = await openQuiz(page, lesson);
  await answerAll(quiz, payload, true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz.locator('[data-score]')).toHaveAttribute('data-score', '1');
  await expect(quiz.locator('[data-quiz-history]')).toContainText('Mastery: Proficient');
  await expect(page.locator('[data-progress-notice]')).toHaveText(/can’t be saved/);
  watch.expectClean();
});

test('every lesson ends with a quiz of at least six questions that a right answer to each scores in full', async ({ page }) => {
  for (const path of lessonPages()) {
    const { quiz, payload } = await openQuiz(page, path);
    expect(payload.questions.length, path).toBeGreaterThanOrEqual(6);
    expect(new Set(payload.questions.map(({ key }) => key.type)).size, path).toBeGreaterThanOrEqual(3);
    await expect(quiz).toHaveAttribute('data-quiz', path.split('/')[2]!);
    for (const [index, { key }] of payload.questions.entries()) {
      await expect(quiz.locator(`[data-question="${index + 1}"]`), path).toHaveAttribute('data-type', key.type);
    }
    await answerAll(quiz, payload, true);
    await quiz.getByRole('button', { name: 'Check answers' }).click();
    await expect(quiz.locator('[data-score]'), path).toHaveAttribute('data-score', '1');
  }
});

test('an attempt checked in one tab shows in the quiz open in another', async ({ context }) => {
  const first = await context.newPage();
  const { quiz: watching } = await openQuiz(first, lesson);
  await expect(watching.locator('[data-quiz-history]')).toBeHidden();
  const second = await context.newPage();
  const { quiz, payload } = await openQuiz(second, lesson);
  await answerAll(quiz, payload, true);
  await quiz.getByRole('button', { name: 'Check answers' }).click();
  await expect(watching.locator('[data-quiz-history]')).toContainText('Best 100% · latest 100% · 1 attempt · Mastery: Proficient.');
});
