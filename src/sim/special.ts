/**
 * Special functions used by several models. Internal: not re-exported from the index.
 */

/** The logistic function 1 / (1 + e^−x), written so that it never overflows. */
export function logistic(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
