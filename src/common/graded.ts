/**
 * Which quiz attempt is the graded one. Practice stays free (retry, hints, "Show answers"); the
 * grade follows the rule the instructor chose for the class, the same wherever it is shown or
 * sent: the dashboard, the gradebook CSV and the LMS.
 */
export const gradingRules = ['first', 'best-before-answers'] as const;
export type GradingRule = (typeof gradingRules)[number];

export const defaultGradingRule: GradingRule = 'first';

/** In the instructor's words, for settings and the quiz page. */
export const gradingRuleText: Record<GradingRule, string> = {
  first: 'the first complete attempt made before the answers were shown counts',
  'best-before-answers': 'the best attempt made before the answers were shown counts',
};

export interface GradableAttempt {
  points: number;
  of: number;
  /** When the learner checked the quiz (ISO 8601). */
  at: string;
  /** Every question answered. */
  complete: boolean;
  /** The learner had asked to see the answers before this check. */
  answersShown: boolean;
}

/** The attempt that counts under `rule`, or undefined when none qualifies yet. */
export function gradedAttempt<A extends GradableAttempt>(attempts: readonly A[], rule: GradingRule): A | undefined {
  const byTime = [...attempts].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  // An attempt made after the answers were shown is practice under either rule; otherwise showing
  // the answers after an incomplete check would let the next attempt be "the first complete one".
  const fair = byTime.filter((attempt) => !attempt.answersShown);
  if (rule === 'first') return fair.find((attempt) => attempt.complete);
  let best: A | undefined;
  for (const attempt of fair) {
    if (!best || attempt.points / attempt.of > best.points / best.of) best = attempt;
  }
  return best;
}
