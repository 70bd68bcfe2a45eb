import type { QuestionKey, QuestionResult, Response } from './';

/** "1 point", "0.5 of a point", "0 points" */
export function points(score: number): string {
  if (score === 1) return '1 point';
  if (score > 0 && score < 1) return `${Number(score.toFixed(2))} of a point`;
  return `${Number(score.toFixed(2))} points`;
}

function verdict(key: QuestionKey, response: Response, result: QuestionResult): string {
  switch (result.status) {
    case 'correct':
      return `Right: ${points(1)}.`;
    case 'partial':
      return key.type === 'ordering' ? `Partly right: ${points(result.score)}, for the pairs you put the right way round.` : `Partly right: ${points(result.score)}.`;
    case 'unanswered':
      return 'Not answered: 0 points.';
    case 'invalid':
      return `“${(response as { text: string }).text.trim()}” is not a number that can be read, so 0 points. Type it like 0.35, 35% or 3.5e-1.`;
    case 'incorrect': {
      if (key.type === 'numeric' && result.value !== undefined) {
        const typed = (response as { text: string }).text.trim();
        return `Not right: ${points(0)}. Your ${typed} is too ${result.value > key.answer ? 'high' : 'low'}.`;
      }
      return `Not right: ${points(0)}.`;
    }
  }
}

const chosenOf = (response: Response): (string | null)[] =>
  response.type === 'multiple' ? response.chosen : response.type === 'single' || response.type === 'predict' ? [response.choice] : [];

/**
 * Shows how one question went and locks its inputs until the next attempt. `answer` is the
 * question's "Answer and explanation", kept by the quiz element out of the page until it is due.
 *
 * With `reveal` (the question is right, or the learner chose "Show answers") everything shows:
 * a mark on every option or item, the right ones included, and the whole explanation, opened.
 * Without it only what the learner chose is judged and explained; nothing on the page (text,
 * marks, attributes) names the right option, number or order.
 */
export function showFeedback(question: HTMLElement, key: QuestionKey, response: Response, result: QuestionResult, answer: HTMLDetailsElement, reveal: boolean): void {
  const line = question.querySelector<HTMLElement>('[data-question-feedback]')!;
  line.textContent = verdict(key, response, result);
  line.dataset.status = result.status;
  line.hidden = false;

  if (key.type === 'single' || key.type === 'predict' || key.type === 'multiple') {
    const chosen = chosenOf(response);
    const correct = key.type === 'multiple' ? key.correct : [key.correct];
    for (const option of question.querySelectorAll<HTMLElement>('[data-option]')) {
      const id = option.dataset.option!;
      const right = correct.includes(id);
      const picked = chosen.includes(id);
      const mark = option.querySelector<HTMLElement>('[data-verdict]')!;
      if (reveal) {
        mark.textContent = right && picked ? '✓ Right' : right ? (key.type === 'multiple' ? '✓ Also right' : '✓ The right answer') : picked ? '✗ Not right' : '';
        option.dataset.result = right ? (picked ? 'right' : 'missed') : picked ? 'wrong' : '';
      } else {
        mark.textContent = picked ? (right ? '✓ Right' : '✗ Not right') : '';
        option.dataset.result = picked ? (right ? 'right' : 'wrong') : '';
      }
    }
  }
  if (key.type === 'ordering') {
    question.querySelectorAll<HTMLElement>('[data-item]').forEach((item, index) => {
      let mark = item.querySelector<HTMLElement>('[data-verdict]');
      if (!mark) {
        mark = Object.assign(document.createElement('span'), { className: 'verdict' });
        mark.dataset.verdict = '';
        item.querySelector('.item-text')!.after(mark);
      }
      if (!reveal) {
        mark.textContent = '';
        delete item.dataset.result;
        return;
      }
      const place = key.order.indexOf(item.dataset.item!);
      item.dataset.result = place === index ? 'right' : 'wrong';
      mark.textContent = place === index ? '✓ Right place' : `✗ Belongs at ${place + 1}`;
    });
  }
  for (const control of question.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, [data-move]')) control.disabled = true;

  const shown = reveal ? (answer.cloneNode(true) as HTMLDetailsElement) : aboutYourAnswer(answer, chosenOf(response));
  for (const explanation of shown.querySelectorAll<HTMLElement>('[data-explains]')) {
    explanation.querySelector<HTMLElement>('[data-yours]')!.hidden = !chosenOf(response).includes(explanation.dataset.explains!);
  }
  shown.open = true;
  shown.dataset.shown = reveal ? 'answer' : 'yours';
  question.querySelector('[data-shown]')?.remove();
  line.after(shown);
}

/**
 * The explanation of the learner's own choices, with the lesson section (and the widget that
 * shows it) to look again at; the other options' explanations, the right number and the right
 * order stay out of it.
 */
function aboutYourAnswer(answer: HTMLDetailsElement, chosen: readonly (string | null)[]): HTMLDetailsElement {
  const about = document.createElement('details');
  about.className = 'answer';
  const summary = document.createElement('summary');
  summary.textContent = 'About your answer';
  about.append(summary);
  const widget = answer.querySelector('.widget-check');
  if (widget) about.append(widget.cloneNode(true));
  const yours = [...answer.querySelectorAll<HTMLElement>('[data-explains]')].filter((explanation) => chosen.includes(explanation.dataset.explains!));
  if (yours.length > 0) {
    const list = document.createElement('ul');
    list.className = 'explanations';
    list.setAttribute('role', 'list');
    list.append(...yours.map((explanation) => explanation.cloneNode(true)));
    about.append(list);
  }
  const note = document.createElement('p');
  note.textContent = 'The right answer stays hidden until you choose “Show answers”: try again, or take a hint first.';
  about.append(note, answer.querySelector('.from-lesson')!.cloneNode(true));
  return about;
}

/** Takes the feedback away and unlocks the inputs, for a new attempt. */
export function clearFeedback(question: HTMLElement): void {
  const line = question.querySelector<HTMLElement>('[data-question-feedback]')!;
  line.hidden = true;
  line.textContent = '';
  for (const mark of question.querySelectorAll<HTMLElement>('[data-verdict]')) mark.textContent = '';
  for (const node of question.querySelectorAll<HTMLElement>('[data-result]')) delete node.dataset.result;
  for (const input of question.querySelectorAll<HTMLInputElement>('input')) {
    input.disabled = false;
    input.checked = false;
    if (input.type === 'text') input.value = '';
  }
  for (const button of question.querySelectorAll<HTMLButtonElement>('[data-move]')) button.disabled = false;
  question.querySelector('[data-shown]')?.remove();
}
