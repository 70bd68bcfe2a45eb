import type { WidthResult } from './results';

/**
 * Results trained on this page, shared by every figure of the widget: training is seeded, so a
 * network of a given width and number of digits always ends the same, and once trained it need
 * not be trained again to be shown.
 */
const known = new Map<string, WidthResult>();

const key = (digits: number, width: number) => `${digits}:${width}`;

/** Keeps a result for later. */
export function remember(result: WidthResult): void {
  known.set(key(result.digits, result.width), result);
}

/** The known results for `digits` among `widths`, in the order of `widths`. */
export function recall(digits: number, widths: readonly number[]): WidthResult[] {
  return widths.flatMap((width) => known.get(key(digits, width)) ?? []);
}
