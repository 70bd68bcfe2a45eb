import type { Rng } from './rng';
import { count, inRange, integerInRange, probability } from './validate';
import { normalQuantile } from './special';

/** The outcome of scoring a model on a finite test set. */
export interface SampledAccuracy {
  /** Items answered correctly. */
  correct: number;
  /** Items in the test set. */
  items: number;
  /** correct / items. */
  accuracy: number;
}

/**
 * Scores a model whose true accuracy is p on a test set of `items` independent items: each item
 * is right with probability p. With few items a small but non-zero p reads as exactly 0, the
 * "resolution" argument of Schaeffer et al. 2023 (§4).
 */
export function sampleAccuracy(p: number, items: number, source: Rng): SampledAccuracy {
  probability(p, 'p');
  integerInRange(items, 'items', 1, Number.MAX_SAFE_INTEGER);
  let correct = 0;
  for (let i = 0; i < items; i++) if (source() < p) correct++;
  return { correct, items, accuracy: correct / items };
}

/** A two-sided confidence interval for a proportion. */
export interface Interval {
  lower: number;
  upper: number;
}

/**
 * Wilson score interval for a binomial proportion (Wilson, 1927): with p̂ = k/n and z the normal
 * quantile of (1 + confidence)/2,
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z·√(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n).
 * Unlike the normal ("Wald") interval it stays inside [0, 1] and is not empty at k = 0, so a
 * score of 0/20 still admits a true accuracy of about 16% at 95%.
 */
export function wilsonInterval(successes: number, trials: number, confidence = 0.95): Interval {
  integerInRange(trials, 'trials', 1, Number.MAX_SAFE_INTEGER);
  integerInRange(successes, 'successes', 0, trials);
  inRange(confidence, 'confidence', 1e-9, 1 - 1e-9);
  const z = normalQuantile((1 + confidence) / 2);
  const n = trials;
  const phat = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (phat + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((phat * (1 - phat)) / n + z2 / (4 * n * n))) / denom;
  return {
    lower: successes === 0 ? 0 : Math.max(0, centre - half),
    upper: successes === trials ? 1 : Math.min(1, centre + half),
  };
}

/** Smallest non-zero accuracy a test set of `items` items can report: 1/items. */
export function resolutionFloor(items: number): number {
  integerInRange(items, 'items', 1, Number.MAX_SAFE_INTEGER);
  return 1 / items;
}

/** Probability that a model of true accuracy p scores exactly 0 on `items` items: (1 − p)^items. */
export function chanceOfZeroScore(p: number, items: number): number {
  probability(p, 'p');
  count(items, 'items');
  return Math.pow(1 - p, items);
}
