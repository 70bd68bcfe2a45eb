import {
  atLeastK, chainSuccess, chanceOfZeroScore, differenceInterval, exactMatchRise, expectedEditDistance, expectedExactMatch,
  kaplanOptimal, logisticInLogScale, logLikelihood, majorityVote, onsagerMagnetization, onsagerTc, resolutionFloor, tokenLoss,
  trainingFlops, wilsonInterval,
} from '@/sim';

/**
 * The functions a quiz may name to compute a numeric answer at build time. A quiz is data, so
 * it names a function from this list instead of carrying code: nothing in a quiz file is ever
 * evaluated. The arithmetic helpers let an answer combine results of the core (a ratio of two
 * compute budgets, the decades between two model sizes) without typing any number.
 */
export const quizFunctions = {
  chainSuccess,
  atLeastK,
  majorityVote,
  expectedExactMatch,
  expectedEditDistance,
  logLikelihood,
  chanceOfZeroScore,
  wilsonInterval,
  differenceInterval,
  resolutionFloor,
  trainingFlops,
  kaplanOptimal,
  onsagerTc,
  onsagerMagnetization,
  tokenLoss,
  logisticInLogScale,
  exactMatchRise,
  ratio: (a: number, b: number) => a / b,
  difference: (a: number, b: number) => a - b,
  power: (base: number, exponent: number) => Math.pow(base, exponent),
  log10: (x: number) => Math.log10(x),
} as const satisfies Record<string, (...args: never[]) => unknown>;

export type QuizFunctionName = keyof typeof quizFunctions;
export const quizFunctionNames = Object.keys(quizFunctions) as QuizFunctionName[];

/** An argument: a number, a nested computation, or a flat options object such as `{ length: 10 }`. */
export type ComputeArg = number | Computation | Record<string, number | string>;

/** `{ compute: chainSuccess, args: [0.9, 10] }`, optionally `pick`ing one number from an object result. */
export interface Computation {
  compute: QuizFunctionName;
  args: ComputeArg[];
  pick?: string;
}

/** How the computation reads in feedback: `chainSuccess(0.9, 10)`. */
export function describeComputation(spec: Computation): string {
  const number = (value: number) => (Math.abs(value) >= 1e6 ? value.toExponential().replace('e+', 'e') : String(value));
  const arg = (value: ComputeArg): string => {
    if (typeof value === 'number') return number(value);
    if ('compute' in value) return describeComputation(value as Computation);
    return `{ ${Object.entries(value).map(([key, v]) => `${key}: ${typeof v === 'number' ? number(v) : v}`).join(', ')} }`;
  };
  return `${spec.compute}(${spec.args.map(arg).join(', ')})${spec.pick ? `.${spec.pick}` : ''}`;
}

/** Evaluates a computation; throws with the call spelled out when the core rejects it or yields no finite number. */
export function evaluate(spec: Computation): number {
  const fn = quizFunctions[spec.compute] as (...args: unknown[]) => unknown;
  const args = spec.args.map((arg) => (typeof arg === 'object' && 'compute' in arg ? evaluate(arg as Computation) : arg));
  let result: unknown;
  try {
    result = fn(...args);
  } catch (error) {
    throw new Error(`${describeComputation(spec)} failed: ${(error as Error).message}`);
  }
  if (spec.pick !== undefined) {
    const picked = typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[spec.pick] : undefined;
    if (typeof picked !== 'number') throw new Error(`${describeComputation(spec)}: the result has no number "${spec.pick}"`);
    result = picked;
  }
  if (typeof result !== 'number' || !Number.isFinite(result)) {
    throw new Error(`${describeComputation(spec)} gave ${String(result)}, not a finite number`);
  }
  return result;
}
