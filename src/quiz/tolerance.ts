import type { Tolerance } from './key';

/**
 * Whether `value` is within `tolerance` of `answer`. The edges count as right, and a few units
 * in the last place of slack keep them right after floating-point arithmetic
 * (0.6 − 0.5 is 0.09999999999999998, but 0.5 + 0.1 is 0.6).
 */
export function withinTolerance(value: number, answer: number, tolerance: Tolerance): boolean {
  if (!Number.isFinite(value)) return false;
  const bound = tolerance.kind === 'absolute' ? tolerance.amount : tolerance.amount * Math.abs(answer);
  const slack = 1e-9 * Math.max(bound, Math.abs(answer), Number.MIN_VALUE);
  return Math.abs(value - answer) <= bound + slack;
}

/** The interval of accepted values, for feedback: `[low, high]`. */
export function acceptedRange(answer: number, tolerance: Tolerance): [number, number] {
  const bound = tolerance.kind === 'absolute' ? tolerance.amount : tolerance.amount * Math.abs(answer);
  return [answer - bound, answer + bound];
}
