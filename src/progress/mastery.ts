/** How well a learner knows a lesson, from its quiz history; `none` until an attempt is finished. */
export const masteryLevels = ['none', 'attempted', 'familiar', 'proficient', 'mastered'] as const;
export type Mastery = (typeof masteryLevels)[number];

/** Best score that makes a lesson "familiar". */
export const FAMILIAR = 0.7;
/** Time between two perfect attempts that makes a lesson "mastered": remembering it the next day counts. */
export const MASTERY_GAP_MS = 24 * 60 * 60 * 1000;

/** The part of a quiz history mastery depends on. */
export interface MasteryInput {
  /** Finished attempts. */
  attempts: number;
  /** Best score, 0 … 1. */
  best: number;
  /** When the first and the latest perfect attempts were finished (ISO 8601), if any. */
  firstPerfect?: string;
  lastPerfect?: string;
}

/** The rule, in the words the quiz and progress pages show. */
export const masteryRule: readonly { level: Exclude<Mastery, 'none'>; rule: string }[] = [
  { level: 'attempted', rule: 'you finished at least one attempt' },
  { level: 'familiar', rule: `an attempt scored at least ${FAMILIAR * 100}%` },
  { level: 'proficient', rule: 'an attempt scored 100%' },
  { level: 'mastered', rule: 'you scored 100% again at least a day after your first perfect attempt' },
];

export const masteryLabel: Record<Mastery, string> = {
  none: 'Not attempted',
  attempted: 'Attempted',
  familiar: 'Familiar',
  proficient: 'Proficient',
  mastered: 'Mastered',
};

/** A perfect score, allowing for the rounding of partial-credit sums (three thirds may add up to 2.9999999999999996). */
export const isPerfect = ({ points, of }: { points: number; of: number }): boolean => of > 0 && points >= of * (1 - 1e-9);

export function masteryOf({ attempts, best, firstPerfect, lastPerfect }: MasteryInput): Mastery {
  if (attempts === 0) return 'none';
  if (firstPerfect && lastPerfect && Date.parse(lastPerfect) - Date.parse(firstPerfect) >= MASTERY_GAP_MS) return 'mastered';
  if (isPerfect({ points: best, of: 1 })) return 'proficient';
  if (best >= FAMILIAR - 1e-9) return 'familiar';
  return 'attempted';
}
