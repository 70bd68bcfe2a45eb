import { finite, nonNegative, positive } from './validate';
import { logistic } from './special';

/** Options of {@link tokenLoss}. */
export interface TokenLossOptions {
  /** Scale constant N_c in parameters: the loss is 1 nat above `irreducible` at N = N_c. Default 8.8e13 (Kaplan et al. 2020). */
  scaleConstant?: number;
  /** Power-law exponent α_N, > 0. Default 0.076 (Kaplan et al. 2020). */
  exponent?: number;
  /** Irreducible loss E in nats, ≥ 0, added to the power law. Default 0, as in Kaplan's L(N). */
  irreducible?: number;
}

const tokenLossDefaults: Required<TokenLossOptions> = { scaleConstant: 8.8e13, exponent: 0.076, irreducible: 0 };

/**
 * Per-token cross-entropy loss (nats) of a model with `parameters` non-embedding parameters:
 * L(N) = E + (N_c / N)^α_N. With the defaults this is Kaplan et al. 2020, eq. 1.1 (models
 * trained to convergence on enough data); `irreducible` adds the entropy floor E of
 * Hoffmann et al. 2022. The curve is smooth in log N: the "smooth scaling" half of lesson 1.
 */
export function tokenLoss(parameters: number, options: TokenLossOptions = {}): number {
  positive(parameters, 'parameters');
  const { scaleConstant, exponent, irreducible } = { ...tokenLossDefaults, ...options };
  positive(scaleConstant, 'scaleConstant');
  positive(exponent, 'exponent');
  nonNegative(irreducible, 'irreducible');
  return irreducible + Math.pow(scaleConstant / parameters, exponent);
}

/**
 * Per-token probability of the correct token implied by a cross-entropy loss: p = e^−loss.
 * (The loss is an average of −ln p over tokens; this treats every token as equally hard, the
 * simplification Schaeffer et al. 2023 use to derive the metrics in `metrics.ts`.)
 */
export function tokenProbability(loss: number): number {
  nonNegative(loss, 'loss');
  return Math.exp(-loss);
}

/** Options of {@link logisticInLogScale}. */
export interface LogisticInLogScaleOptions {
  /** Scale (same unit as x, e.g. parameters) at which the curve is halfway from floor to ceiling, > 0. Default 1e10. */
  midpoint?: number;
  /** Steepness in logits per decade of scale; negative values give a falling curve. Default 4. */
  slope?: number;
  /** Value far below the midpoint, e.g. the chance score of a task. Default 0. */
  floor?: number;
  /** Value far above the midpoint. Default 1. */
  ceiling?: number;
}

const logisticDefaults: Required<LogisticInLogScaleOptions> = { midpoint: 1e10, slope: 4, floor: 0, ceiling: 1 };

/**
 * A logistic curve over log10 of the scale: floor + (ceiling − floor) / (1 + e^(−slope·(log10 x − log10 midpoint))).
 * The usual shape of an "emergent" task score against model size (Wei et al. 2022): flat near
 * the floor, then a steep rise.
 */
export function logisticInLogScale(x: number, options: LogisticInLogScaleOptions = {}): number {
  positive(x, 'x');
  const { midpoint, slope, floor, ceiling } = { ...logisticDefaults, ...options };
  positive(midpoint, 'midpoint');
  finite(slope, 'slope');
  finite(floor, 'floor');
  finite(ceiling, 'ceiling');
  return floor + (ceiling - floor) * logistic(slope * (Math.log10(x) - Math.log10(midpoint)));
}
