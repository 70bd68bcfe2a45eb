import { acceptedRange, scoreMultiple, type QuestionKey } from '@/quiz';

/**
 * Each option's weight in a select-all question, read off the site's own rule (`scoreMultiple`):
 * a right tick alone earns its share, and a wrong tick beside a right one takes away what it
 * costs. An LMS that adds the chosen options' weights and keeps the sum between 0 and 1 then
 * scores exactly as the site does (the exports' tests check every set of ticks).
 */
export function optionWeights(key: Extract<QuestionKey, { type: 'multiple' }>): Map<string, number> {
  const anchor = key.correct[0]!;
  const share = scoreMultiple(key.correct, [anchor]).score;
  return new Map(
    key.options.map((id) => [id, key.correct.includes(id) ? scoreMultiple(key.correct, [id]).score : scoreMultiple(key.correct, [anchor, id]).score - share]),
  );
}

/**
 * The accepted interval of a numeric answer, edges included, as the site scores it, and its
 * half-width as an absolute margin (written to 12 significant digits, so ±0.1 reads 0.1 rather
 * than the 0.09999999999999964 that subtracting floats leaves).
 */
export function numericRange(key: Extract<QuestionKey, { type: 'numeric' }>): { answer: number; low: number; high: number; margin: number } {
  const [low, high] = acceptedRange(key.answer, key.tolerance);
  return { answer: key.answer, low, high, margin: Number(((high - low) / 2).toPrecision(12)) };
}
