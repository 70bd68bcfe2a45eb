import { atLeast, finite, positive } from './validate';

/** Smallest budget the allocations accept: one parameter trained on one token. Below it N or D would round to 0. */
const MIN_COMPUTE = 6;

/** Floating-point operations in one petaflop/s-day, Kaplan et al.'s compute unit: 10^15 × 86 400. */
export const PF_DAY = 8.64e19;

/**
 * Constants of Kaplan et al., "Scaling Laws for Neural Language Models" (2020, arXiv 2001.08361),
 * loss in nats per token on WebText2:
 * - L(N) = (N_c/N)^α_N, eq. 1.1 (N non-embedding parameters): α_N = 0.076, N_c = 8.8×10¹³;
 * - L(D) = (D_c/D)^α_D, eq. 1.2 (D tokens): α_D = 0.095, D_c = 5.4×10¹³;
 * - the compute-efficient model size N_opt = N_e·C_min^p_N with p_N = 0.73 (eq. 6.1, the
 *   empirical fit of Fig. 14) and N_e = 1.3×10⁹ parameters, C_min in PF-days (Table 6, App. A).
 */
export const kaplan = {
  alphaN: 0.076,
  nc: 8.8e13,
  alphaD: 0.095,
  dc: 5.4e13,
  optimalExponent: 0.73,
  optimalPrefactor: 1.3e9,
} as const;

/** A fit of L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, §3.3, eq. 2). */
export interface ChinchillaFit {
  /** Irreducible loss E, nats per token. */
  e: number;
  /** Coefficient A of the parameter term. */
  a: number;
  /** Coefficient B of the data term. */
  b: number;
  /** Exponent α of the parameter term. */
  alpha: number;
  /** Exponent β of the data term. */
  beta: number;
}

/**
 * Hoffmann et al. 2022 ("Chinchilla", arXiv 2203.15556), approach 3 as printed: E = 1.69,
 * A = 406.4, B = 410.7, α = 0.34, β = 0.28 (Appendix D.2, eq. 10).
 */
export const chinchillaPublished: ChinchillaFit = { e: 1.69, a: 406.4, b: 410.7, alpha: 0.34, beta: 0.28 };

/**
 * Besiroglu, Erdil, Barnett & You 2024, "Chinchilla Scaling: A replication attempt" (Epoch AI,
 * arXiv 2404.10102): approach 3 re-fitted to data reconstructed from Hoffmann et al.'s Fig. 4,
 * E = 1.8172, A = 482.01, B = 2085.43, α = 0.3478, β = 0.3658. The values were checked against
 * several independent transcriptions of the paper's estimates table, not against its PDF, so
 * cite the paper rather than a table number.
 */
export const chinchillaReplication: ChinchillaFit = { e: 1.8172, a: 482.01, b: 2085.43, alpha: 0.3478, beta: 0.3658 };

/** Training compute of a dense transformer: C ≈ 6·N·D FLOPs for N parameters and D tokens (Kaplan et al. 2020, §2.1; Hoffmann et al. 2022, §3.3). */
export function trainingFlops(N: number, D: number): number {
  return 6 * positive(N, 'N') * positive(D, 'D');
}

/** Kaplan et al. 2020, eq. 1.1: loss of a model of N non-embedding parameters trained to convergence, (N_c/N)^α_N nats per token. */
export function kaplanLoss(N: number): number {
  return Math.pow(kaplan.nc / positive(N, 'N'), kaplan.alphaN);
}

/** Kaplan et al. 2020, eq. 1.2: loss of a large model trained on D tokens with early stopping, (D_c/D)^α_D nats per token. */
export function kaplanLossData(D: number): number {
  return Math.pow(kaplan.dc / positive(D, 'D'), kaplan.alphaD);
}

/** A compute allocation: how many parameters, how many tokens. */
export interface Allocation {
  /** Parameters N. */
  params: number;
  /** Training tokens D. */
  tokens: number;
  /** tokens / params. */
  tokensPerParameter: number;
}

/**
 * Kaplan et al.'s compute-efficient allocation of C training FLOPs:
 * N = 1.3×10⁹·(C_min / PF-day)^0.73 (eq. 6.1 and Table 6) and D = C/(6N), so C = 6ND holds.
 * C is the compute actually spent when training at the critical batch size, which Kaplan et al.
 * recommend as the time/compute compromise and which costs twice the minimum: C_min = C/2
 * (eq. 5.5 with B = B_crit; §6.3). Read this way the law gives 4.68×10⁹ parameters at 10²¹
 * FLOPs, the figure Hoffmann et al. 2022 (Appendix D.4) derive from it. Data grows only as
 * C^0.27, so tokens per parameter fall with compute (≈ 7.6 at 10²¹ FLOPs, ≈ 0.11 at 10²⁵), the
 * opposite of Chinchilla. Kaplan's N counts non-embedding parameters and the fit spans models
 * up to ~1.5×10⁹ of them, so values far above that are extrapolations. C is in FLOPs, at least 6.
 */
export function kaplanOptimal(C: number): Allocation {
  atLeast(C, 'C', MIN_COMPUTE);
  const params = kaplan.optimalPrefactor * Math.pow(C / 2 / PF_DAY, kaplan.optimalExponent);
  const tokens = C / (6 * params);
  return { params, tokens, tokensPerParameter: tokens / params };
}

function checkFit(fit: ChinchillaFit): ChinchillaFit {
  if (fit == null || typeof fit !== 'object') throw new RangeError(`invalid fit: ${String(fit)} (expected { e, a, b, alpha, beta })`);
  finite(fit.e, 'fit.e');
  positive(fit.a, 'fit.a');
  positive(fit.b, 'fit.b');
  positive(fit.alpha, 'fit.alpha');
  positive(fit.beta, 'fit.beta');
  return fit;
}

/** Hoffmann et al. 2022, §3.3, eq. 2: L(N, D) = E + A/N^α + B/D^β nats per token, for N parameters and D tokens; the published fit by default. */
export function chinchillaLoss(N: number, D: number, fit: ChinchillaFit = chinchillaPublished): number {
  positive(N, 'N');
  positive(D, 'D');
  checkFit(fit);
  return fit.e + fit.a / Math.pow(N, fit.alpha) + fit.b / Math.pow(D, fit.beta);
}

/**
 * The allocation minimising {@link chinchillaLoss} under C = 6ND (Hoffmann et al. 2022, §3.3,
 * eq. 4): with G = (αA/(βB))^(1/(α+β)), N_opt = G·(C/6)^(β/(α+β)) and D_opt = (C/6)/N_opt.
 * For the published fit this gives about 50 tokens per parameter at 10^21 FLOPs and 120 at
 * 10^25, not the "≈ 20" of the paper's approaches 1 and 2; the replication fit gives about 17–22.
 * C is in FLOPs, at least 6 (one parameter trained on one token).
 */
export function chinchillaOptimal(C: number, fit: ChinchillaFit = chinchillaPublished): Allocation & { loss: number } {
  atLeast(C, 'C', MIN_COMPUTE);
  const { a, b, alpha, beta } = checkFit(fit);
  const g = Math.pow((alpha * a) / (beta * b), 1 / (alpha + beta));
  const params = g * Math.pow(C / 6, beta / (alpha + beta));
  const tokens = C / 6 / params;
  return { params, tokens, tokensPerParameter: tokens / params, loss: chinchillaLoss(params, tokens, fit) };
}

/** A trained model to place on a loss surface. */
export interface KnownModel {
  name: string;
  parameters: number;
  tokens: number;
  /** Paper reporting the size and the training tokens. */
  source: string;
}

/** Models compared in Hoffmann et al. 2022 (Table 1): two at similar compute, one at four times the size. */
export const knownModels: readonly KnownModel[] = [
  { name: 'GPT-3', parameters: 175e9, tokens: 300e9, source: 'Brown et al. 2020' },
  { name: 'Gopher', parameters: 280e9, tokens: 300e9, source: 'Rae et al. 2021' },
  { name: 'Chinchilla', parameters: 70e9, tokens: 1.4e12, source: 'Hoffmann et al. 2022' },
];
