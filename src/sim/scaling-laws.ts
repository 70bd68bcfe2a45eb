import { positive } from './validate';

/** Floating-point operations in one petaflop/s-day, Kaplan et al.'s compute unit: 10^15 × 86 400. */
export const PF_DAY = 8.64e19;

/**
 * Constants of Kaplan et al., "Scaling Laws for Neural Language Models" (2020), §1.2:
 * L(N) = (N_c/N)^α_N (eq. 1.1, N non-embedding parameters) and L(D) = (D_c/D)^α_D (eq. 1.2,
 * D tokens), loss in nats per token. The compute-efficient frontier N = 1.3×10⁹·(C/PF-day)^0.73
 * is the fit drawn in their Fig. 14 (left); the prefactor is read from that figure, not a table.
 */
export const kaplan = {
  alphaN: 0.076,
  nc: 8.8e13,
  alphaD: 0.095,
  dc: 5.4e13,
  optimalExponent: 0.73,
  optimalPrefactor: 1.3e9,
} as const;

/** A fit of L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, eq. 2). */
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

/** Hoffmann et al. 2022 ("Chinchilla"), approach 3 as published (§3.3, eq. 4). */
export const chinchillaPublished: ChinchillaFit = { e: 1.69, a: 406.4, b: 410.7, alpha: 0.34, beta: 0.28 };

/** Besiroglu et al. 2024, "Chinchilla Scaling: A replication attempt" (Epoch AI): approach 3 re-fitted to the paper's data. */
export const chinchillaReplication: ChinchillaFit = { e: 1.82, a: 482.01, b: 2085.43, alpha: 0.3478, beta: 0.3658 };

/** Training compute of a dense transformer: C ≈ 6·N·D FLOPs (Kaplan et al. 2020, §2.1; Hoffmann et al. 2022). */
export function trainingFlops(parameters: number, tokens: number): number {
  return 6 * positive(parameters, 'parameters') * positive(tokens, 'tokens');
}

/** Kaplan et al. 2020, eq. 1.1: loss of a model of N non-embedding parameters trained to convergence, (N_c/N)^α_N. */
export function kaplanLossFromParameters(parameters: number): number {
  return Math.pow(kaplan.nc / positive(parameters, 'parameters'), kaplan.alphaN);
}

/** Kaplan et al. 2020, eq. 1.2: loss of a large model trained on D tokens with early stopping, (D_c/D)^α_D. */
export function kaplanLossFromTokens(tokens: number): number {
  return Math.pow(kaplan.dc / positive(tokens, 'tokens'), kaplan.alphaD);
}

/** A compute allocation: how many parameters, how many tokens. */
export interface Allocation {
  parameters: number;
  tokens: number;
  /** tokens / parameters. */
  tokensPerParameter: number;
}

/**
 * Kaplan et al.'s compute-efficient allocation: N = 1.3×10⁹·(C / PF-day)^0.73 (Fig. 14; eq. 1.7
 * gives the exponent), D = C/(6N). Data grows only as C^0.27, so tokens per parameter fall with
 * compute (≈ 2.8 at 10^21 FLOPs, ≈ 0.04 at 10^25), the opposite of Chinchilla. Kaplan's N
 * counts non-embedding parameters and the fit spans models up to ~1.5×10⁹ of them, so values
 * far above that are extrapolations.
 */
export function kaplanOptimal(compute: number): Allocation {
  positive(compute, 'compute');
  const parameters = kaplan.optimalPrefactor * Math.pow(compute / PF_DAY, kaplan.optimalExponent);
  const tokens = compute / (6 * parameters);
  return { parameters, tokens, tokensPerParameter: tokens / parameters };
}

/** Hoffmann et al. 2022, eq. 2: L(N, D) = E + A/N^α + B/D^β, nats per token. */
export function chinchillaLoss(parameters: number, tokens: number, fit: ChinchillaFit = chinchillaPublished): number {
  positive(parameters, 'parameters');
  positive(tokens, 'tokens');
  return fit.e + fit.a / Math.pow(parameters, fit.alpha) + fit.b / Math.pow(tokens, fit.beta);
}

/**
 * The allocation minimising {@link chinchillaLoss} under C = 6ND (Hoffmann et al. 2022, eq. 4):
 * with G = (αA/(βB))^(1/(α+β)), N_opt = G·(C/6)^(β/(α+β)) and D_opt = (C/6)/N_opt.
 * For the published fit this gives about 50 tokens per parameter at 10^21 FLOPs and 120 at
 * 10^25, not the "≈ 20" of the paper's approaches 1 and 2; the replication fit gives about 17–22.
 */
export function chinchillaOptimal(compute: number, fit: ChinchillaFit = chinchillaPublished): Allocation & { loss: number } {
  positive(compute, 'compute');
  const { a, b, alpha, beta } = fit;
  const g = Math.pow((alpha * a) / (beta * b), 1 / (alpha + beta));
  const parameters = g * Math.pow(compute / 6, beta / (alpha + beta));
  const tokens = compute / 6 / parameters;
  return { parameters, tokens, tokensPerParameter: tokens / parameters, loss: chinchillaLoss(parameters, tokens, fit) };
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
