import { tokenLoss, tokenProbability } from '@/sim';

/**
 * The illustrative model family shared by the metric widgets: per-token loss
 * falls as a power law of size, L(N) = (N_c/N)^α with N_c = 4·10⁶ and α = 0.37,
 * so the per-token probability p = e^−L rises smoothly from about 0.5 at 10⁷
 * parameters to 0.99 at 10¹². The form is Schaeffer et al. (2023)'s; the
 * constants are chosen so every metric has room to move on one axis.
 */
export const family = { Nc: 4e6, alpha: 0.37 } as const;

/** Per-token probability of the correct token for a model of `parameters`. */
export function perTokenProbability(parameters: number): number {
  return tokenProbability(tokenLoss(parameters, family));
}

/**
 * The same kind of family for a four-option multiple-choice question: the probability the model
 * gives the correct option, e^−L with L(N) = (N_c/N)^α, N_c = 6·10⁹ and α = 0.13, rises smoothly
 * from about 0.1 at 10⁷ parameters to 0.6 at 10¹², passing chance (0.25) near 5·10⁸, the range of
 * lesson 6's table, so the grade's leap and the Brier score's steady fall both show on one axis.
 */
export const optionFamily = { Nc: 6e9, alpha: 0.13 } as const;

/** Probability of the correct option of a four-option question for a model of `parameters`. */
export function optionProbability(parameters: number): number {
  return tokenProbability(tokenLoss(parameters, optionFamily));
}
