import { count, integerInRange, probability } from './validate';

/**
 * Probability that a chain of n independent steps, each right with probability p, is right
 * end to end: p^n. Against p, a smooth rise becomes a sharp one as n grows (the compounding
 * argument for emergence in multi-step tasks; Schaeffer et al. 2023 use the same form for exact
 * match). Against model size it does not sharpen: see `exactMatchRise`.
 */
export function chainSuccess(p: number, n: number): number {
  probability(p, 'p');
  count(n, 'n');
  return Math.pow(p, n);
}

/**
 * Where p^n rises against the per-step probability p: it is 0.5 at p = 2^(−1/n) and climbs from
 * 0.1 to 0.9 between p = 0.1^(1/n) and 0.9^(1/n), a span that narrows roughly as 1/n.
 */
export function chainSuccessRise(n: number): { midpoint: number; width: number } {
  integerInRange(n, 'n', 1, Number.MAX_SAFE_INTEGER);
  return { midpoint: Math.pow(0.5, 1 / n), width: Math.pow(0.9, 1 / n) - Math.pow(0.1, 1 / n) };
}

/** Largest number of trials or samples accepted: a call walks at most n terms. */
const MAX_TRIALS = 10_000_000;

/** A term smaller than this fraction of the sum it joins changes no digit of a double: the walk stops there. */
const NEGLIGIBLE = 1e-20;

/** Sums of binomial weights, each relative to the weight of the mode (so all are ≤ 1). */
interface BinomialSums {
  /** Σ_{i ≥ k} w_i. */
  atLeast: number;
  /** Σ_{i < k} w_i. */
  below: number;
  /** w_k, the weight of exactly k (0 when k > n). */
  at: number;
}

/**
 * Binomial(n, p) weights w_i = P(X = i) / P(X = mode), summed on either side of k. Each weight
 * comes from its neighbour by the exact ratio w_{i+1}/w_i = (n − i)/(i + 1) · p/(1 − p), walking
 * out from the mode, so no factorial, power or logarithm of a large number is ever formed: the
 * error is a few ulps per step, and the walk stops once the terms can no longer change the
 * sums. A probability is then a ratio of two sums of positive terms, Σ_{i≥k}/(Σ_{i≥k} + Σ_{i<k}),
 * which cannot exceed 1 and keeps small tails to full relative precision (computing one as
 * 1 − the other tail would lose them to cancellation). Needs 0 < p < 1.
 */
function binomialSums(p: number, n: number, k: number): BinomialSums {
  const odds = p / (1 - p);
  const mode = Math.min(n, Math.floor((n + 1) * p));
  let atLeast = 0;
  let below = 0;
  let at = 0;
  // Upwards from the mode: i = mode, mode + 1, …, n, until an underflow makes the rest 0.
  let w = 1;
  for (let i = mode; i <= n && w > 0; i++) {
    if (i >= k) {
      atLeast += w;
      if (i === k) at = w;
      if (w < NEGLIGIBLE * atLeast) break;
    } else {
      below += w;
    }
    w *= ((n - i) / (i + 1)) * odds;
  }
  // Downwards from the mode: i = mode − 1, …, 0.
  w = 1;
  for (let i = mode - 1; i >= 0; i--) {
    w *= (i + 1) / (n - i) / odds;
    // Past an underflow every further weight is 0 too.
    if (w === 0) break;
    if (i >= k) {
      atLeast += w;
      if (i === k) at = w;
    } else {
      below += w;
      if (w < NEGLIGIBLE * (below + atLeast)) break;
    }
  }
  return { atLeast, below, at };
}

/**
 * Probability of at least k successes in n independent trials of probability p:
 * Σ_{i=k}^{n} C(n, i) p^i (1 − p)^(n − i) (binomial upper tail). k = 0 gives 1; k = n gives p^n.
 * Accurate to about 1e-13 relative for n up to 1,000 and never above 1 (see the summation in
 * this file); n is at most 10⁷.
 */
export function atLeastK(p: number, n: number, k: number): number {
  probability(p, 'p');
  integerInRange(n, 'n', 0, MAX_TRIALS);
  integerInRange(k, 'k', 0, n);
  if (k === 0) return 1;
  if (k === n) return Math.pow(p, n);
  if (p === 0) return 0;
  if (p === 1) return 1;
  const { atLeast, below } = binomialSums(p, n, k);
  return atLeast / (atLeast + below);
}

/**
 * Accuracy of a majority vote over k independent samples of a yes/no answer, each right with
 * probability p: P(more than k/2 right), a tie (even k) counting as a coin flip, so
 * P(X > k/2) + ½·P(X = k/2) with X ~ Binomial(k, p). Above p = ½ the vote sharpens towards 1,
 * below it towards 0 (Condorcet's jury theorem, 1785; the self-consistency decoding of Wang et
 * al. 2023 applies the same idea to sampled chains of thought). k is at most 10⁷.
 */
export function majorityVote(p: number, k: number): number {
  probability(p, 'p');
  integerInRange(k, 'k', 1, MAX_TRIALS);
  if (p === 0) return 0;
  if (p === 1) return 1;
  if (k % 2 === 1) {
    const { atLeast, below } = binomialSums(p, k, (k + 1) / 2);
    return atLeast / (atLeast + below);
  }
  // Even k: X ≥ k/2 + 1 wins outright, X = k/2 is a tie won half the time.
  const { atLeast, below, at } = binomialSums(p, k, k / 2);
  return (atLeast - at / 2) / (atLeast + below);
}
