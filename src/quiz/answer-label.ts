import type { Response } from './key';

/**
 * A learner's answer in short form, for the class server's item analysis: the option letter
 * (`b`), the letters ticked (`a,c`), the number as typed (`0.35`), or the order (`c>a>b`).
 * Empty when unanswered, so "no answer" is never counted as a wrong answer.
 */
export function answerLabel(response: Response): string {
  switch (response.type) {
    case 'single':
    case 'predict':
      return response.choice ?? '';
    case 'multiple':
      return [...response.chosen].sort().join(',');
    case 'numeric':
      return response.text.trim().slice(0, 40);
    case 'ordering':
      return response.answered ? response.order.join('>') : '';
  }
}
