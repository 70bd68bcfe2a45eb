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

/**
 * Shows how one question went: a verdict line, a mark on each option or item, the learner's
 * own choices marked in the explanations, and the explanations themselves, opened. Inputs are
 * locked until the next attempt.
 */
export function showFeedback(question: HTMLElement, key: QuestionKey, response: Response, result: QuestionResult): void {
  const line = question.querySelector<HTMLElement>('[data-question-feedback]')!;
  line.textContent = verdict(key, response, result);
  line.dataset.status = result.status;
  line.hidden = false;

  if (key.type === 'single' || key.type === 'predict' || key.type === 'multiple') {
    const chosen = response.type === 'multiple' ? response.chosen : response.type === 'single' || response.type === 'predict' ? [response.choice] : [];
    const correct = key.type === 'multiple' ? key.correct : [key.correct];
    for (const option of question.querySelectorAll<HTMLElement>('[data-option]')) {
      const id = option.dataset.option!;
      const right = correct.includes(id);
      const picked = chosen.includes(id);
      const mark = option.querySelector<HTMLElement>('[data-verdict]')!;
      mark.textContent = right && picked ? '✓ Right' : right ? (key.type === 'multiple' ? '✓ Also right' : '✓ The right answer') : picked ? '✗ Not right' : '';
      option.dataset.result = right ? (picked ? 'right' : 'missed') : picked ? 'wrong' : '';
    }
    for (const explanation of question.querySelectorAll<HTMLElement>('[data-explains]')) {
      explanation.querySelector<HTMLElement>('[data-yours]')!.hidden = !chosen.includes(explanation.dataset.explains!);
    }
  }
  if (key.type === 'ordering') {
    question.querySelectorAll<HTMLElement>('[data-item]').forEach((item, index) => {
      const place = key.order.indexOf(item.dataset.item!);
      item.dataset.result = place === index ? 'right' : 'wrong';
      let mark = item.querySelector<HTMLElement>('[data-verdict]');
      if (!mark) {
        mark = Object.assign(document.createElement('span'), { className: 'verdict' });
        mark.dataset.verdict = '';
        item.querySelector('.item-text')!.after(mark);
      }
      mark.textContent = place === index ? '✓ Right place' : `✗ Belongs at ${place + 1}`;
    });
  }
  for (const control of question.querySelectorAll<HTMLInputElement | HTMLButtonElement>('input, [data-move]')) control.disabled = true;
  const answer = question.querySelector<HTMLDetailsElement>('[data-answer]')!;
  answer.hidden = false;
  answer.open = true;
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
  const answer = question.querySelector<HTMLDetailsElement>('[data-answer]')!;
  answer.open = false;
  answer.hidden = true;
}
