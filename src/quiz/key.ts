/**
 * What the page tells the browser about each question: just enough to score an answer. It is
 * built from the quiz file at build time and shipped as JSON beside the questions. Options and
 * items are named by letters in the order the author wrote them ("a", "b", …), so a shuffled
 * page and a stored answer always agree on which option is which.
 */

/** Absolute (`|x − answer| ≤ amount`) or relative (`|x − answer| ≤ amount·|answer|`). */
export interface Tolerance {
  kind: 'absolute' | 'relative';
  amount: number;
}

export type QuestionKey =
  | { type: 'single' | 'predict'; options: string[]; correct: string }
  | { type: 'multiple'; options: string[]; correct: string[] }
  | { type: 'numeric'; answer: number; tolerance: Tolerance }
  | { type: 'ordering'; order: string[] };

/** The learner's answer to one question, as the quiz element reads it from its inputs. */
export type Response =
  | { type: 'single' | 'predict'; choice: string | null }
  | { type: 'multiple'; chosen: string[] }
  | { type: 'numeric'; text: string }
  /**
   * `answered` is false while the items stand in the order the page dealt them and the learner has
   * not confirmed that order as their answer; moving an item answers.
   */
  | { type: 'ordering'; order: string[]; answered: boolean };

/** `a`, `b`, … `h`: the letter naming the option at `index` in the quiz file. */
export const letter = (index: number): string => String.fromCharCode(97 + index);
