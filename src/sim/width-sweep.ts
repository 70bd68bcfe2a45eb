import { trainAdder, type AdderOptions, type AdderResult } from './adder';
import { integerInRange } from './validate';

/** Progress of a {@link widthSweep}: one trained width. */
export interface SweepProgress {
  /** Position of this width in the list. */
  index: number;
  width: number;
  result: AdderResult;
}

/**
 * Trains one network per width with otherwise equal options (same seed, steps and held-out set)
 * and returns their results in the order given; `onProgress` fires after each width, so a widget
 * can draw the sweep as it grows. Pure and synchronous: run it in a Web Worker to keep a page responsive.
 */
export function widthSweep(widths: readonly number[], options: Omit<AdderOptions, 'width'> = {}, onProgress?: (progress: SweepProgress) => void): AdderResult[] {
  if (!Array.isArray(widths)) throw new RangeError(`invalid widths: ${String(widths)} (expected an array of integers 1 … 4096)`);
  return widths.map((width, index) => {
    integerInRange(width, `widths[${index}]`, 1, 4096);
    const result = trainAdder({ ...options, width });
    onProgress?.({ index, width, result });
    return result;
  });
}
