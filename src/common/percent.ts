/**
 * A share (0 … 1) as a whole percentage, rounded down, so that 99.6 % never reads as a perfect
 * 100 % and a lesson 94.6 % read never reads as the 95 % that counts it read. Every score and
 * share the site shows, to the learner and to the instructor, goes through this one rule.
 */
export function wholePercent(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}

/** `wholePercent` with its sign: `83%`. */
export function percent(share: number): string {
  return `${wholePercent(share)}%`;
}
