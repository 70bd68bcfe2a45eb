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
