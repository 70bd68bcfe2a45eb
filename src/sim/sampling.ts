import type { Rng } from './rng';
import { count, inRange, integerAtLeast, integerInRange, probability, randomSource } from './validate';

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
 * Scores a model whose true accuracy is p on a test set of `nItems` independent items: each item
 * is right with probability p, drawn from `rng`. With few items a small but non-zero p reads as
 * exactly 0, the "resolution" argument of Schaeffer et al. 2023 (§4).
 */
export function sampleAccuracy(p: number, nItems: number, rng: Rng): SampledAccuracy {
  probability(p, 'p');
  integerAtLeast(nItems, 'nItems', 1);
  randomSource(rng, 'rng');
  let correct = 0;
  for (let i = 0; i < nItems; i++) if (rng() < p) correct++;
  return { correct, items: nItems, accuracy: correct / nItems };
}

/** A two-sided confidence interval for a proportion. */
export interface Interval {
  lower: number;
  upper: number;
}

/**
 * Wilson score interval for a binomial proportion (Wilson, 1927): with p̂ = successes/n,
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z·√(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n).
 * z is the standard normal quantile of the two-sided level, 0 ≤ z ≤ 100: 1.96 (the default) for
 * 95%, 1.645 for 90%, 2.576 for 99%. Unlike the normal ("Wald") interval it stays inside [0, 1]
 * and is not empty at 0 successes, so a score of 0/20 still admits a true accuracy of about 16%
 * at 95%.
 */
export function wilsonInterval(successes: number, n: number, z = 1.96): Interval {
  integerAtLeast(n, 'n', 1);
  integerInRange(successes, 'successes', 0, n);
  // Φ⁻¹ of any level a double can express is below 40; 100 keeps z² far from overflow.
  inRange(z, 'z', 0, 100);
  const phat = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (phat + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((phat * (1 - phat)) / n + z2 / (4 * n * n))) / denom;
  // The bounds are exact at 0 and n; elsewhere they are clamped to the point estimate, which a
  // huge z could otherwise push past by rounding.
  return {
    lower: successes === 0 ? 0 : Math.min(phat, Math.max(0, centre - half)),
    upper: successes === n ? 1 : Math.max(phat, Math.min(1, centre + half)),
  };
}

/** Smallest non-zero accuracy a test set of `nItems` items can report: 1/nItems. */
export function resolutionFloor(nItems: number): number {
  integerAtLeast(nItems, 'nItems', 1);
  return 1 / nItems;
}

/** Probability that a model of true accuracy p scores exactly 0 on `nItems` items: (1 − p)^nItems. */
export function chanceOfZeroScore(p: number, nItems: number): number {
  probability(p, 'p');
  count(nItems, 'nItems');
  return Math.pow(1 - p, nItems);
}

/**
 * Interval for the difference of two proportions, s2/n2 − s1/n1, by Newcombe's hybrid score
 * method (Newcombe 1998, method 10), built from each proportion's Wilson interval: unlike the
 * normal approximation it behaves at 0 and at n and on small test sets. When it excludes 0, the
 * jump between two models' scores is larger than the noise of sampling their test items.
 */
export function differenceInterval(s1: number, n1: number, s2: number, n2: number, z = 1.96): Interval {
  const a = wilsonInterval(s1, n1, z);
  const b = wilsonInterval(s2, n2, z);
  const p1 = s1 / n1;
  const p2 = s2 / n2;
  const difference = p2 - p1;
  return {
    lower: difference - Math.hypot(p2 - b.lower, a.upper - p1),
    upper: difference + Math.hypot(b.upper - p2, p1 - a.lower),
  };
}
