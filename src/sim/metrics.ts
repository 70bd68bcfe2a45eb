import { count, integerInRange, nonNegative, probability } from './validate';
import { chainSuccess } from './chain';

/*
 * Expected task scores of a model whose per-token probability of the correct token is p, for
 * targets of L tokens, each token right independently. This is the model family of Schaeffer,
 * Miranda & Koyejo, "Are Emergent Abilities of Large Language Models a Mirage?" (NeurIPS 2023):
 * one smooth per-token quantity (p = e^−loss), several metrics over it. Nonlinear or
 * discontinuous metrics (exact match, multiple-choice grade) turn it into a jump; linear or
 * continuous ones (edit distance, log-likelihood, and the Brier score for short options) change
 * gradually.
 */

/** Smallest per-token probability used by {@link logLikelihood}, so that p = 0 gives a finite value a chart can plot. */
export const PROBABILITY_FLOOR = 1e-12;

/** Expected exact match over L tokens: p^L (Schaeffer et al. 2023, §2). Nonlinear in p. */
export function expectedExactMatch(p: number, length: number): number {
  return chainSuccess(p, length);
}

/**
 * Expected token edit distance over L tokens when each token is independently wrong with
 * probability 1 − p and errors are substitutions: L·(1 − p) (Schaeffer et al. 2023, §2).
 * Linear in p; lower is better; 0 for a perfect model, L for one that never gets a token right.
 */
export function expectedEditDistance(p: number, length: number): number {
  probability(p, 'p');
  count(length, 'length');
  return length * (1 - p);
}

/**
 * Log-likelihood of the L-token target: L·ln p (≤ 0, higher is better). p below
 * {@link PROBABILITY_FLOOR} is raised to it, so the result is finite: at least L·ln(1e-12) ≈ −27.6·L.
 */
export function logLikelihood(p: number, length: number): number {
  probability(p, 'p');
  count(length, 'length');
  if (length === 0) return 0;
  return length * Math.log(Math.max(p, PROBABILITY_FLOOR));
}

/** Options of {@link multipleChoiceGrade} and {@link brierScore}. */
export interface MultipleChoiceOptions {
  /** Number of answer options K (one correct, K − 1 distractors), integer ≥ 2. Default 4. */
  choices?: number;
  /** Tokens per option L, integer ≥ 1. Default 1. */
  length?: number;
  /**
   * Item-to-item noise τ ≥ 0 on each option's log-likelihood (Gumbel scale), used by the grade
   * only. 0 makes the grade a step at p = 1/K; 1 makes it equal the option probability. Default 0.1.
   */
  itemNoise?: number;
}

const multipleChoiceDefaults: Required<MultipleChoiceOptions> = { choices: 4, length: 1, itemNoise: 0.1 };

function readOptions(options: MultipleChoiceOptions): Required<MultipleChoiceOptions> {
  const o = { ...multipleChoiceDefaults, ...options };
  integerInRange(o.choices, 'choices', 2, 1_000_000);
  integerInRange(o.length, 'length', 1, 1_000_000);
  nonNegative(o.itemNoise, 'itemNoise');
  return o;
}

/**
 * log of (each distractor's sequence probability ÷ the correct one's), in the model below:
 * L·(ln((1 − p)/(K − 1)) − ln p). −∞ at p = 1, +∞ at p = 0.
 */
function distractorLogRatio(p: number, choices: number, length: number): number {
  if (p === 1) return -Infinity;
  if (p === 0) return Infinity;
  return length * (Math.log1p(-p) - Math.log(choices - 1) - Math.log(p));
}

/** Share of the option probability on the correct option: 1 / (1 + (K − 1)·e^(ratio / τ)). */
function correctShare(logRatio: number, choices: number, temperature: number): number {
  if (temperature === 0 || !Number.isFinite(logRatio)) {
    if (logRatio === 0) return 1 / choices;
    return logRatio < 0 ? 1 : 0;
  }
  const z = logRatio / temperature + Math.log(choices - 1);
  return z > 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z));
}

/**
 * Expected multiple-choice grade: the probability that the correct option has the highest
 * score among K options of L tokens. Model: at each position the model gives the correct
 * token probability p and splits the rest, 1 − p, evenly over the K − 1 distractors' tokens, so
 * the correct option's sequence probability is p^L and each distractor's ((1 − p)/(K − 1))^L.
 * Items differ: each option's log-likelihood gets independent Gumbel noise of scale τ
 * (`itemNoise`), which makes the grade a softmax at temperature τ (McFadden's choice model):
 * grade = 1 / (1 + (K − 1)·(((1 − p)/(K − 1))/p)^(L/τ)).
 * It is chance, 1/K, exactly when the model is indifferent (p = 1/K), below chance when it
 * prefers distractors, and rises to 1 in a jump that sharpens with L/τ: the discontinuous
 * metric of Schaeffer et al. 2023 (BIG-bench's "multiple_choice_grade").
 */
export function multipleChoiceGrade(p: number, options: MultipleChoiceOptions = {}): number {
  probability(p, 'p');
  const { choices, length, itemNoise } = readOptions(options);
  return correctShare(distractorLogRatio(p, choices, length), choices, itemNoise);
}

/**
 * Brier score of the model's probabilities over the K options (Brier, 1950), lower is better:
 * Σ_k (π_k − y_k)², with π the normalised option probabilities of the model described in
 * {@link multipleChoiceGrade} (no item noise) and y the one-hot correct answer. With s the
 * correct option's share and the rest split evenly, it is (1 − s)²·K/(K − 1): 0 for a sure right
 * model, (K − 1)/K for an indifferent one (s = 1/K), K/(K − 1) for a sure wrong one. Continuous
 * in p, unlike the grade: for L = 1, s = p and the score is a smooth quadratic. For longer options
 * s itself compares p^L with the distractors, so the score inherits part of that sharpening.
 */
export function brierScore(p: number, options: MultipleChoiceOptions = {}): number {
  probability(p, 'p');
  const { choices, length } = readOptions(options);
  const s = correctShare(distractorLogRatio(p, choices, length), choices, 1);
  return ((1 - s) * (1 - s) * choices) / (choices - 1);
}
