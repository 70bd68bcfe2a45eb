/**
 * The grades Moodle accepts for an answer, as fractions of the question's mark: its
 * `question_bank::fraction_options_full()` (question/engine/bank.php), 1, 0, ±1/n for n = 1…10
 * and 20, and the tenths and thirds between. Moodle's XML import refuses any other value unless
 * the instructor chooses "nearest grade", which would change the score.
 */
const positive = [1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05];
export const MOODLE_FRACTIONS: readonly number[] = [...positive, 0, ...positive.map((f) => -f)];

/** Moodle's own test: within 0.00001 of an allowed grade (`match_grade_options`, "error" mode). */
export function moodleFraction(weight: number): number | null {
  return MOODLE_FRACTIONS.find((allowed) => Math.abs(allowed - weight) < 0.00001) ?? null;
}

/** A fraction as Moodle XML's `fraction` attribute writes it: a percentage, `33.33333`. */
export const percent = (fraction: number): string => String(Number((fraction * 100).toFixed(5)));
