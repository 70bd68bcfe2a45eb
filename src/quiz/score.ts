import type { QuestionKey, Response } from './key';
import { parseNumber } from './parse-number';
import { withinTolerance } from './tolerance';

/**
 * How an answer did. `score` runs from 0 to 1; `partial` means some but not all credit.
 * `invalid` is a numeric answer that is not a number at all; `unanswered` scores 0.
 */
export type Status = 'correct' | 'partial' | 'incorrect' | 'unanswered' | 'invalid';

export interface QuestionResult {
  score: number;
  status: Status;
  /** For numeric answers: the number read from the box, if any. */
  value?: number;
}

/**
 * The scoring rules, stated once here and on every quiz page:
 * - single choice and predict-then-check: 1 for the correct option, else 0;
 * - multiple select: (right picks − wrong picks) ÷ number of right options, never below 0;
 * - numeric: 1 within the tolerance (edges included), else 0;
 * - ordering: the share of pairs of items placed in the right relative order; an order left as
 *   the page dealt it counts as unanswered unless the learner confirms it (the page never deals the
 *   right order, so a confirmed dealt order earns partial credit at most).
 */
export function scoreQuestion(key: QuestionKey, response: Response): QuestionResult {
  if (key.type !== response.type) throw new Error(`a ${response.type} answer to a ${key.type} question`);
  switch (key.type) {
    case 'single':
    case 'predict': {
      const { choice } = response as Extract<Response, { type: 'single' | 'predict' }>;
      if (choice === null) return { score: 0, status: 'unanswered' };
      return choice === key.correct ? { score: 1, status: 'correct' } : { score: 0, status: 'incorrect' };
    }
    case 'multiple':
      return scoreMultiple(key.correct, (response as Extract<Response, { type: 'multiple' }>).chosen);
    case 'numeric': {
      const { text } = response as Extract<Response, { type: 'numeric' }>;
      if (text.trim() === '') return { score: 0, status: 'unanswered' };
      const value = parseNumber(text);
      if (value === null) return { score: 0, status: 'invalid' };
      const right = withinTolerance(value, key.answer, key.tolerance);
      return { score: right ? 1 : 0, status: right ? 'correct' : 'incorrect', value };
    }
    case 'ordering': {
      const { order, answered } = response as Extract<Response, { type: 'ordering' }>;
      if (!answered) return { score: 0, status: 'unanswered' };
      return fromFraction(pairsInOrder(key.order, order));
    }
  }
}

/** Partial credit for multiple select: each wrong pick cancels a right one, so ticking everything earns nothing. */
export function scoreMultiple(correct: readonly string[], chosen: readonly string[]): QuestionResult {
  if (chosen.length === 0) return { score: 0, status: 'unanswered' };
  const right = chosen.filter((id) => correct.includes(id)).length;
  const wrong = chosen.length - right;
  return fromFraction(Math.max(0, (right - wrong) / correct.length));
}

/** Share of the n(n − 1)/2 pairs of items that `order` places the same way round as `correct`. */
export function pairsInOrder(correct: readonly string[], order: readonly string[]): number {
  const rank = new Map(correct.map((id, index) => [id, index]));
  if (order.length !== correct.length || order.some((id) => !rank.has(id))) throw new Error('the order does not hold the same items');
  let agree = 0;
  let pairs = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      pairs++;
      if (rank.get(order[i]!)! < rank.get(order[j]!)!) agree++;
    }
  }
  return pairs === 0 ? 1 : agree / pairs;
}

function fromFraction(score: number): QuestionResult {
  return { score, status: score === 1 ? 'correct' : score > 0 ? 'partial' : 'incorrect' };
}
