import type { Rng } from './rng';

/** A batch of addition problems as digit arrays, least significant digit first. */
export interface AdditionProblems {
  a: Uint8Array;
  b: Uint8Array;
  sum: Uint8Array;
}

/**
 * Draws a + b with a and b uniform over 0 … 10^digits − 1, writes their digits and the sum's
 * (digits + 1 of them) into slot k of `into`, and returns a·10^digits + b, a key that identifies
 * the problem (used to keep training problems out of the held-out set).
 */
export function writeProblem(digits: number, source: Rng, into: AdditionProblems, k: number): number {
  const range = 10 ** digits;
  const a = Math.floor(source() * range);
  const b = Math.floor(source() * range);
  let x = a;
  let y = b;
  let s = a + b;
  for (let d = 0; d < digits; d++) {
    into.a[k * digits + d] = x % 10;
    into.b[k * digits + d] = y % 10;
    x = Math.floor(x / 10);
    y = Math.floor(y / 10);
  }
  for (let d = 0; d <= digits; d++) {
    into.sum[k * (digits + 1) + d] = s % 10;
    s = Math.floor(s / 10);
  }
  return a * range + b;
}

/** Room for n problems of `digits`-digit operands. */
export function allocateProblems(n: number, digits: number): AdditionProblems {
  return { a: new Uint8Array(n * digits), b: new Uint8Array(n * digits), sum: new Uint8Array(n * (digits + 1)) };
}
