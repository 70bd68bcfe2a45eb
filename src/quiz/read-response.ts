import type { QuestionKey, Response } from './';
import { orderAnswered } from './ordering';

/** The learner's current answer to `question`, read from its inputs. */
export function readResponse(question: HTMLElement, key: QuestionKey): Response {
  switch (key.type) {
    case 'single':
    case 'predict': {
      const checked = question.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      return { type: key.type, choice: checked?.value ?? null };
    }
    case 'multiple':
      return { type: 'multiple', chosen: [...question.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map((input) => input.value) };
    case 'numeric':
      return { type: 'numeric', text: question.querySelector<HTMLInputElement>('[data-numeric]')!.value };
    case 'ordering':
      return { type: 'ordering', order: [...question.querySelectorAll<HTMLElement>('[data-item]')].map((item) => item.dataset.item!), answered: orderAnswered(question) };
  }
}
