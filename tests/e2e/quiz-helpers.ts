import { expect, type Locator, type Page } from '@playwright/test';
import type { QuizPayload } from '@/quiz/model';

/**
 * The quiz's payload (its key) as the server sends it: the quiz element takes it out of the page
 * once it has read it, so a test reads it from the page's HTML.
 */
export async function quizPayload(page: Page, path: string): Promise<QuizPayload> {
  const html = await (await page.request.get(path)).text();
  const json = /<script[^>]*\bdata-quiz-payload\b[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error(`no quiz payload in ${path}`);
  return JSON.parse(json) as QuizPayload;
}

/** The quiz on the page, once its element has loaded. */
export async function openQuiz(page: Page, path: string): Promise<{ quiz: Locator; payload: QuizPayload }> {
  await page.goto(path);
  const quiz = page.locator('threshold-quiz');
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz).toHaveAttribute('data-hydrated', '');
  return { quiz, payload: await quizPayload(page, path) };
}

/** Moves ordering items with their buttons until they stand in `order`. */
async function arrange(question: Locator, order: string[]) {
  for (let target = 0; target < order.length; target++) {
    const ids = await question.locator('[data-item]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.item!));
    for (let at = ids.indexOf(order[target]!); at > target; at--) {
      await question.locator(`[data-item="${order[target]}"] [data-move="up"]`).click();
    }
  }
}

/** Answers every question right, or every one wrong (leaving orderings untouched), by clicking and typing. */
export async function answerAll(quiz: Locator, payload: QuizPayload, right: boolean): Promise<void> {
  for (const [index, { key }] of payload.questions.entries()) {
    const question = quiz.locator(`[data-question="${index + 1}"]`);
    if (key.type === 'single' || key.type === 'predict') {
      const choice = right ? key.correct : key.options.find((id) => id !== key.correct)!;
      await question.locator(`input[value="${choice}"]`).check();
    } else if (key.type === 'multiple') {
      const picks = right ? key.correct : [key.options.find((id) => !key.correct.includes(id))!];
      for (const id of picks) await question.locator(`input[value="${id}"]`).check();
    } else if (key.type === 'numeric') {
      await question.getByRole('textbox', { name: 'Your answer' }).fill(right ? String(key.answer) : String(key.answer * 3 + 1));
    } else if (key.type === 'ordering' && right) {
      await arrange(question, key.order);
    }
  }
}
