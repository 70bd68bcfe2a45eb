import { classGrading, refreshClassGrading, type ClassGrading } from '@/class/grading';
import { submitAttempt } from '@/class/submit';
import { percent } from '@/common/percent';
import { recordAttempt } from '@/progress';
import { masteryLabel, masteryRule, type Mastery } from '@/progress/mastery';
import { answerLabel, attemptSeed, derangedOrder, scoreAttempt, shuffled, type AttemptScore, type Response } from './';
import { progressStore } from '@/progress/client';
import { quizStatus } from '@/progress/status';
import { answersShown, markAnswersShown } from './answers-shown';
import { clearFeedback, showFeedback } from './feedback';
import { classGradingText, practiceText } from './grading-text';
import { enableHints, offerHints } from './hints';
import type { QuizPayload } from './model';
import { arrange, enableOrdering, refreshOrdering } from './ordering';
import { readResponse } from './read-response';

/**
 * `<threshold-quiz data-quiz="<lesson>">`: checks the answers of the questions inside it,
 * explains them, and records each attempt in the progress store (and, for a learner in a class,
 * sends it to the class). The markup is rendered at build time (see Quiz.astro); this element
 * only deals, reads, scores and shows.
 *
 * A check judges every answer and explains the learner's own choices; the right answer of a
 * question not fully right stays out of the page until the learner chooses "Show answers", which
 * is remembered for the quiz: later attempts are recorded as made with the answers seen.
 */
class ThresholdQuiz extends HTMLElement {
  #payload!: QuizPayload;
  #questions: HTMLElement[] = [];
  /** Each question's "Answer and explanation", held out of the page until it is due. */
  #answers: HTMLDetailsElement[] = [];
  /** What the last check read and scored, to show every answer on request. */
  #checked?: { responses: Response[]; attempt: AttemptScore };
  #unsubscribe?: () => void;

  connectedCallback(): void {
    // Another tab's attempt, or an import, changes the best and latest scores shown here.
    this.#unsubscribe = progressStore().subscribe(() => this.#showHistory());
    if (this.dataset.hydrated !== undefined) return;
    // The payload holds the key: read once, it leaves the page with the answers.
    const payload = this.querySelector('[data-quiz-payload]')!;
    this.#payload = JSON.parse(payload.textContent!) as QuizPayload;
    payload.remove();
    this.#questions = [...this.querySelectorAll<HTMLElement>('[data-question]')];
    this.#answers = this.#questions.map((question) => takeAnswer(question));
    this.#questions.forEach((question) => {
      enableHints(question);
      enableOrdering(question);
    });
    this.#deal();
    this.#button('check').hidden = false;
    this.#button('check').addEventListener('click', () => this.#check());
    this.#button('retry').addEventListener('click', () => this.#retry());
    this.#button('show').addEventListener('click', () => this.#showAnswers());
    this.#showHistory();
    this.#showGrading(classGrading());
    void refreshClassGrading().then((grading) => this.#showGrading(grading));
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
        arrange(this.#answers[index]!, '[data-explains]', 'data-explains', order);
      }
    });
  }

  #check(): void {
    const { questions, lesson } = this.#payload;
    const responses = questions.map(({ key }, index) => readResponse(this.#questions[index]!, key));
    const attempt = scoreAttempt(questions.map(({ key }) => key), responses);
    this.#checked = { responses, attempt };
    const shown = answersShown(lesson);
    this.#showResults(shown);
    const at = new Date().toISOString();
    progressStore().update((progress) => recordAttempt(progress, lesson, { at, points: attempt.points, of: attempt.of }));
    // For a learner in a class, the attempt goes to the instructor answer by answer.
    const answers = attempt.results.map((result, index) => ({ credit: result.score, answer: answerLabel(responses[index]!) }));
    submitAttempt({ lesson, at, points: attempt.points, of: attempt.of, answers, complete: attempt.complete, answersShown: shown });

    const unanswered = attempt.results.filter((result) => result.status === 'unanswered').length;
    const wrong = attempt.results.filter((result) => result.status !== 'correct').length;
    const result = this.querySelector<HTMLElement>('[data-score]')!;
    result.dataset.score = String(attempt.fraction);
    result.textContent =
      `You scored ${Number(attempt.points.toFixed(2))} out of ${attempt.of} (${percent(attempt.fraction)}).` +
      (unanswered > 0 ? ` ${unanswered === 1 ? 'One question was' : `${unanswered} questions were`} left unanswered.` : '') +
      (wrong === 0 || shown
        ? ' Read the explanations under each question, then try again if you like.'
        : ` Read about your answers under each question. For ${wrong === 1 ? 'the one' : `the ${wrong}`} not fully right: try again, take a hint, or show the answers.`);
    this.#button('check').hidden = true;
    this.#button('retry').hidden = false;
    this.#button('show').hidden = wrong === 0 || shown;
    result.focus();
  }

  /** Feedback on every question of the last check; `reveal` shows every right answer too. */
  #showResults(reveal: boolean): void {
    const { responses, attempt } = this.#checked!;
    attempt.results.forEach((result, index) => {
      const question = this.#questions[index]!;
      const right = result.status === 'correct';
      showFeedback(question, this.#payload.questions[index]!.key, responses[index]!, result, this.#answers[index]!, reveal || right);
      offerHints(question, !reveal && !right);
    });
  }

  #showAnswers(): void {
    markAnswersShown(this.#payload.lesson);
    this.#showResults(true);
    this.#button('show').hidden = true;
    this.#showGrading(classGrading());
    const result = this.querySelector<HTMLElement>('[data-score]')!;
    result.textContent = 'Every answer is shown and explained under its question. Try again whenever you are ready: the options come in a new order.';
    result.focus();
  }

  #retry(): void {
    for (const question of this.#questions) {
      clearFeedback(question);
      offerHints(question, true);
    }
    this.#checked = undefined;
    this.#deal();
    const result = this.querySelector<HTMLElement>('[data-score]')!;
    result.dataset.score = '';
    result.textContent = 'A new attempt: the options are in a new order.';
    this.#button('retry').hidden = true;
    this.#button('show').hidden = true;
    this.#button('check').hidden = false;
    this.#questions[0]?.querySelector<HTMLElement>('input, [data-move]:not(:disabled)')?.focus();
  }

  /** Which attempt is graded: the class's rule for a learner in a class; practice otherwise. */
  #showGrading(grading: ClassGrading | undefined): void {
    const line = this.querySelector<HTMLElement>('[data-quiz-grading]')!;
    if (!grading) {
      line.textContent = practiceText;
      delete line.dataset.rule;
      return;
    }
    line.dataset.rule = grading.rule;
    line.textContent = classGradingText(grading.className, grading.rule, answersShown(this.#payload.lesson));
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

/**
 * The question's answer, taken out of the page: with scripts on, a noscript's content is text, so
 * it is parsed here and the noscript removed, and nothing of the answer stays in the document.
 */
function takeAnswer(question: HTMLElement): HTMLDetailsElement {
  const source = question.querySelector('noscript[data-answer-source]')!;
  const template = document.createElement('template');
  template.innerHTML = source.textContent ?? '';
  source.remove();
  return template.content.querySelector<HTMLDetailsElement>('[data-answer]')!;
}

function nextLevel(current: Mastery) {
  const index = masteryRule.findIndex((entry) => entry.level === current);
  return masteryRule[index + 1];
}

if (!customElements.get('threshold-quiz')) customElements.define('threshold-quiz', ThresholdQuiz);
