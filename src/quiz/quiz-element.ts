import { submitAttempt } from '@/class/submit';
import { percent } from '@/common/percent';
import { recordAttempt } from '@/progress';
import { masteryLabel, masteryRule, type Mastery } from '@/progress/mastery';
import { answerLabel, attemptSeed, derangedOrder, scoreAttempt, shuffled } from './';
import { progressStore } from '@/progress/client';
import { quizStatus } from '@/progress/status';
import { clearFeedback, showFeedback } from './feedback';
import { enableHints, resetHints } from './hints';
import type { QuizPayload } from './model';
import { arrange, enableOrdering, refreshOrdering } from './ordering';
import { readResponse } from './read-response';

/**
 * `<threshold-quiz data-quiz="<lesson>">`: checks the answers of the questions inside it,
 * explains them, and records each attempt in the progress store. The markup is rendered at build
 * time (see Quiz.astro); this element only deals, reads, scores and shows.
 */
class ThresholdQuiz extends HTMLElement {
  #payload!: QuizPayload;
  #questions: HTMLElement[] = [];
  #moved = new Set<number>();
  #unsubscribe?: () => void;

  connectedCallback(): void {
    // Another tab's attempt, or an import, changes the best and latest scores shown here.
    this.#unsubscribe = progressStore().subscribe(() => this.#showHistory());
    if (this.dataset.hydrated !== undefined) return;
    this.#payload = JSON.parse(this.querySelector('[data-quiz-payload]')!.textContent!) as QuizPayload;
    this.#questions = [...this.querySelectorAll<HTMLElement>('[data-question]')];
    this.#questions.forEach((question, index) => {
      enableHints(question);
      enableOrdering(question, () => this.#moved.add(index));
      question.querySelector<HTMLElement>('[data-answer]')!.hidden = true;
    });
    this.#deal();
    this.#button('check').hidden = false;
    this.#button('check').addEventListener('click', () => this.#check());
    this.#button('retry').addEventListener('click', () => this.#retry());
    this.#showHistory();
    this.dataset.hydrated = '';
  }

  disconnectedCallback(): void {
    this.#unsubscribe?.();
  }

  #button(action: string): HTMLButtonElement {
    return this.querySelector<HTMLButtonElement>(`.quiz-actions [data-action="${action}"]`)!;
  }

  #history() {
    return progressStore().progress.lessons[this.#payload.lesson]?.quiz;
  }

  /**
   * The attempt's identity for the seed: the first attempt is 1 (the order the page was built
   * with); later ones also name the last attempt's time, so the order changes every attempt
   * even past the number of attempts the store keeps.
   */
  #attemptId(): string | number {
    const history = this.#history();
    if (!history || history.attempts.length === 0) return 1;
    return `${history.attempts.length + 1}@${history.attempts[history.attempts.length - 1]!.at}`;
  }

  /** Puts each question's options or items in this attempt's order. */
  #deal(): void {
    const attempt = this.#attemptId();
    this.#payload.questions.forEach(({ key, shuffle }, index) => {
      const question = this.#questions[index]!;
      const seed = attemptSeed(this.#payload.lesson, attempt, index);
      if (key.type === 'ordering') {
        arrange(question, '[data-item]', 'data-item', derangedOrder(key.order, seed));
        refreshOrdering(question);
      } else if (key.type !== 'numeric' && shuffle) {
        const order = shuffled(key.options, seed);
        arrange(question, '[data-option]', 'data-option', order);
        arrange(question, '[data-explains]', 'data-explains', order);
      }
    });
    this.#moved.clear();
  }

  #check(): void {
    const { questions, lesson } = this.#payload;
    const responses = questions.map(({ key }, index) => readResponse(this.#questions[index]!, key, this.#moved.has(index)));
    const attempt = scoreAttempt(questions.map(({ key }) => key), responses);
    attempt.results.forEach((result, index) => showFeedback(this.#questions[index]!, questions[index]!.key, responses[index]!, result));
    const at = new Date().toISOString();
    progressStore().update((progress) => recordAttempt(progress, lesson, { at, points: attempt.points, of: attempt.of }));
    // For a learner in a class, the attempt goes to the instructor answer by answer.
    const answers = attempt.results.map((result, index) => ({ credit: result.score, answer: answerLabel(responses[index]!) }));
    submitAttempt({ lesson, at, points: attempt.points, of: attempt.of, answers });
    const unanswered = attempt.results.filter((result) => result.status === 'unanswered').length;
    const result = this.querySelector<HTMLElement>('[data-score]')!;
    result.dataset.score = String(attempt.fraction);
    result.textContent =
      `You scored ${Number(attempt.points.toFixed(2))} out of ${attempt.of} (${percent(attempt.fraction)}).` +
      (unanswered > 0 ? ` ${unanswered === 1 ? 'One question was' : `${unanswered} questions were`} left unanswered.` : '') +
      ' Read the explanations under each question, then try again if you like.';
    this.#button('check').hidden = true;
    this.#button('retry').hidden = false;
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-action="hint"]')) button.hidden = true;
    result.focus();
  }

  #retry(): void {
    for (const question of this.#questions) {
      clearFeedback(question);
      resetHints(question);
    }
    this.#deal();
    const result = this.querySelector<HTMLElement>('[data-score]')!;
    result.dataset.score = '';
    result.textContent = 'A new attempt: the options are in a new order.';
    this.#button('retry').hidden = true;
    this.#button('check').hidden = false;
    this.#questions[0]?.querySelector<HTMLElement>('input, [data-move]:not(:disabled)')?.focus();
  }

  #showHistory(): void {
    const status = quizStatus(this.#history());
    const line = this.querySelector<HTMLElement>('[data-quiz-history]')!;
    if (!status) {
      line.hidden = true;
      return;
    }
    const next = nextLevel(status.mastery);
    line.hidden = false;
    line.dataset.mastery = status.mastery;
    line.textContent =
      `Best ${percent(status.best)} · latest ${percent(status.latest)} · ${status.attempts} ${status.attempts === 1 ? 'attempt' : 'attempts'} · ` +
      `Mastery: ${masteryLabel[status.mastery]}.` +
      (next ? ` Next, ${masteryLabel[next.level]}: ${next.rule}.` : '');
  }
}

function nextLevel(current: Mastery) {
  const index = masteryRule.findIndex((entry) => entry.level === current);
  return masteryRule[index + 1];
}

if (!customElements.get('threshold-quiz')) customElements.define('threshold-quiz', ThresholdQuiz);
