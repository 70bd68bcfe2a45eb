import { finite, nonNegative, positive } from './validate';
import { logistic } from './special';

/** Options of {@link tokenLoss}. */
export interface TokenLossOptions {
  /** Scale constant N_c in parameters, > 0: the power law equals 1 nat at N = N_c. Default 8.8e13 (Kaplan et al. 2020, eq. 1.1). */
  Nc?: number;
  /** Power-law exponent α_N, > 0. Default 0.076 (Kaplan et al. 2020, eq. 1.1). */
  alpha?: number;
  /** Irreducible loss E in nats, ≥ 0, added to the power law. Default 0, as in Kaplan's L(N). */
  irreducible?: number;
}

const tokenLossDefaults: Required<TokenLossOptions> = { Nc: 8.8e13, alpha: 0.076, irreducible: 0 };

/**
 * Per-token cross-entropy loss (nats) of a model with N non-embedding parameters:
 * L(N) = E + (N_c / N)^α. With the defaults this is Kaplan et al. 2020, eq. 1.1 (models
 * trained to convergence on enough data); `irreducible` adds an entropy floor E, as in the
 * L(N, D) of Hoffmann et al. 2022 (eq. 2). The curve is smooth in log N: the "smooth scaling"
 * half of lesson 1.
 */
export function tokenLoss(N: number, options: TokenLossOptions = {}): number {
  positive(N, 'N');
  const { Nc, alpha, irreducible } = { ...tokenLossDefaults, ...options };
  positive(Nc, 'Nc');
  positive(alpha, 'alpha');
  nonNegative(irreducible, 'irreducible');
  return irreducible + Math.pow(Nc / N, alpha);
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

/** Logits between 10% and 90% of a logistic: σ(x) = 0.1 at x = −ln 9 and 0.9 at x = ln 9. */
const LOGITS_10_TO_90 = 2 * Math.log(9);

/** Options of {@link logisticInLogScale}. */
export interface LogisticInLogScaleOptions {
  /** Scale (same unit as N, e.g. parameters) at which the curve is halfway from floor to ceiling, > 0. Default 1e10. */
  midpoint?: number;
  /**
   * Decades of scale over which the curve climbs from 10% to 90% of the way from floor to
   * ceiling, > 0; smaller is sharper. A slope of k logits per decade is a width of 2·ln 9 / k
   * (≈ 4.394 / k). Default 1.
   */
  width?: number;
  /** Value far below the midpoint, e.g. the chance score of a task. Default 0. */
  floor?: number;
  /** Value far above the midpoint; below `floor` it makes a falling curve. Default 1. */
  ceiling?: number;
}

const logisticDefaults: Required<LogisticInLogScaleOptions> = { midpoint: 1e10, width: 1, floor: 0, ceiling: 1 };

/**
 * A logistic curve over log10 of the scale N:
 * floor + (ceiling − floor) / (1 + e^(−k·(log10 N − log10 midpoint))) with k = 2·ln 9 / width,
 * so the curve covers the middle 80% of its rise in `width` decades. The usual shape of an
 * "emergent" task score against model size (Wei et al. 2022, Fig. 2): flat near the floor,
 * then a steep rise.
 */
export function logisticInLogScale(N: number, options: LogisticInLogScaleOptions = {}): number {
  positive(N, 'N');
  const { midpoint, width, floor, ceiling } = { ...logisticDefaults, ...options };
  positive(midpoint, 'midpoint');
  positive(width, 'width');
  finite(floor, 'floor');
  finite(ceiling, 'ceiling');
  // Decades first, then logits: dividing by a tiny width may overflow to ±Infinity, which the
  // logistic handles, whereas Infinity × 0 at the midpoint would be NaN.
  const s = logistic(LOGITS_10_TO_90 * ((Math.log10(N) - Math.log10(midpoint)) / width));
  // Weighted rather than floor + (ceiling − floor)·s, so that huge opposite bounds cannot overflow.
  // Clamped because rounding can put a convex combination an ulp outside its bounds.
  const y = floor * (1 - s) + ceiling * s;
  return Math.min(Math.max(floor, ceiling), Math.max(Math.min(floor, ceiling), y));
}

/** Where and how fast exact match over L tokens rises on the model-size axis: see {@link exactMatchRise}. */
export interface Rise {
  /** Model size at which exact match is 0.5. */
  midpoint: number;
  /** Decades of model size from exact match 0.1 to 0.9. */
  width: number;
}

/** −ln s at s = 0.1 and at s = 0.9: the rise from 10% to 90% in units of L·(N_c/N)^α. */
const LOG_10_TO_90 = Math.log10(Math.log(10) / -Math.log(0.9));

/**
 * Exact match over L tokens when per-token loss falls as the power law of {@link tokenLoss}
 * (no irreducible floor): s(N) = p^L = exp(−L·(N_c/N)^α). Solving s = q gives
 * log10 N = log10 N_c + (log10 L − log10(−ln q)) / α, so a longer answer moves the whole rise
 * to larger models by log10(L)/α decades, and its 10%–90% width, log10(ln 10 / −ln 0.9)/α
 * ≈ 1.34/α decades, does not depend on L at all: on the scale axis the exponent α sets the
 * steepness, not the length. (Against per-token probability p, by contrast, p^L does steepen
 * with L.)
 */
export function exactMatchRise(L: number, options: Pick<TokenLossOptions, 'Nc' | 'alpha'> = {}): Rise {
  positive(L, 'L');
  const { Nc, alpha } = { ...tokenLossDefaults, ...options };
  positive(Nc, 'Nc');
  positive(alpha, 'alpha');
  return { midpoint: Nc * Math.pow(L / Math.LN2, 1 / alpha), width: LOG_10_TO_90 / alpha };
}

/** Options of {@link riseWidth}. */
export interface RiseWidthOptions {
  /** Decades (log10 N) to search between. Default 5 to 15. */
  from?: number;
  to?: number;
  /** The levels whose distance is measured. Default 0.1 and 0.9. */
  low?: number;
  high?: number;
}

/**
 * Decades of scale over which a rising curve `f(log10 N)` climbs from `low` to `high` (10% to 90%
 * by default), each crossing found by bisection within [from, to]. For curves without a closed
 * form, such as a composite of skills; {@link exactMatchRise} gives exact match's in closed form.
 */
export function riseWidth(f: (decades: number) => number, options: RiseWidthOptions = {}): number {
  const { from = 5, to = 15, low = 0.1, high = 0.9 } = options;
  finite(from, 'from');
  finite(to, 'to');
  const crossing = (level: number) => {
    let lo = from;
    let hi = to;
    for (let i = 0; i < 80; i++) {
      const mid = (lo + hi) / 2;
      if (f(mid) < level) lo = mid;
      else hi = mid;
    }
    return lo;
  };
  return crossing(high) - crossing(low);
}
