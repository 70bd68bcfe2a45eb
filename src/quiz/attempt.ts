import type { QuestionKey, Response } from './key';
import { scoreQuestion, type QuestionResult } from './score';

/** One completed attempt at a quiz. */
export interface AttemptScore {
  results: QuestionResult[];
  /** Sum of the question scores, 0 … `of`. */
  points: number;
  /** Number of questions. */
  of: number;
  /** points ÷ of, 0 … 1. */
  fraction: number;
  /** Every question has an answer that can be read (none unanswered, no number that is not one). */
  complete: boolean;
}

/** Scores every question; each is worth one point, and questions left unanswered score 0. */
export function scoreAttempt(keys: readonly QuestionKey[], responses: readonly Response[]): AttemptScore {
  if (keys.length !== responses.length) throw new Error(`${responses.length} answers to ${keys.length} questions`);
  const results = keys.map((key, index) => scoreQuestion(key, responses[index]!));
  const points = results.reduce((sum, result) => sum + result.score, 0);
  const complete = results.every((result) => result.status !== 'unanswered' && result.status !== 'invalid');
  return { results, points, of: keys.length, fraction: keys.length === 0 ? 0 : points / keys.length, complete };
}
