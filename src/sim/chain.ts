import { count, integerInRange, probability } from './validate';
import { lnChoose } from './special';

/**
 * Probability that a chain of n independent steps, each right with probability p, is right
 * end to end: p^n. A smooth rise in p becomes a sharp one as n grows (the compounding argument
 * for emergence in multi-step tasks; Schaeffer et al. 2023 use the same form for exact match).
 */
export function chainSuccess(p: number, n: number): number {
  probability(p, 'p');
  count(n, 'n');
  return Math.pow(p, n);
}

/** Largest number of trials or samples accepted: the sums below cost O(n). */
const MAX_TRIALS = 10_000_000;

/** Binomial probability of exactly i successes in n trials, computed in log space. */
function binomialPmf(p: number, n: number, i: number): number {
  if (p === 0) return i === 0 ? 1 : 0;
  if (p === 1) return i === n ? 1 : 0;
  return Math.exp(lnChoose(n, i) + i * Math.log(p) + (n - i) * Math.log1p(-p));
}

/**
 * Probability of at least k successes in n independent trials of probability p:
 * Σ_{i=k}^{n} C(n, i) p^i (1 − p)^(n − i) (binomial upper tail). k = 0 gives 1; k = n gives p^n.
 * n is at most 10⁷.
 */
export function atLeastK(p: number, n: number, k: number): number {
  probability(p, 'p');
  integerInRange(n, 'n', 0, MAX_TRIALS);
  integerInRange(k, 'k', 0, n);
  if (k === 0) return 1;
  if (k === n) return Math.pow(p, n);
  // Sum the shorter side of the distribution: at most n/2 terms.
  let sum = 0;
  if (k > n / 2) {
    for (let i = k; i <= n; i++) sum += binomialPmf(p, n, i);
    return Math.min(1, sum);
  }
  for (let i = 0; i < k; i++) sum += binomialPmf(p, n, i);
  return Math.min(1, Math.max(0, 1 - sum));
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
  let sum = 0;
  for (let i = Math.floor(k / 2) + 1; i <= k; i++) sum += binomialPmf(p, k, i);
  if (k % 2 === 0) sum += 0.5 * binomialPmf(p, k, k / 2);
  return Math.min(1, sum);
}
