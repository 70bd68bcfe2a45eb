import type { WidthResult } from './results';

/**
 * Results trained on this page, shared by every figure of the widget: training is seeded, so a
 * network of a given width, number of digits and seed always ends the same, and once trained it
 * need not be trained again to be shown.
 */
const known = new Map<string, WidthResult>();

const key = (digits: number, width: number, seed: number) => `${digits}:${width}:${seed}`;

/** Keeps a result for later. */
export function remember(result: WidthResult): void {
  known.set(key(result.digits, result.width, result.seed), result);
}

/** The known results for `digits` among `widths` and `seeds`, in the order of `widths`, then of `seeds`. */
export function recall(digits: number, widths: readonly number[], seeds: readonly number[]): WidthResult[] {
  return widths.flatMap((width) => seeds.flatMap((seed) => known.get(key(digits, width, seed)) ?? []));
}
