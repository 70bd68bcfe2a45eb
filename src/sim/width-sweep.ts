import { trainAdder, type AdderOptions, type AdderPoint, type AdderResult } from './adder';
import { integerInRange } from './validate';

/** Progress of a {@link widthSweep}: one trained width. */
export interface SweepProgress {
  /** Position of this width in the list. */
  index: number;
  width: number;
  result: AdderResult;
}

/** Progress of a {@link widthSweep} within one width: a point of its training history. */
export interface SweepStep {
  /** Position of the width in training in the list. */
  index: number;
  width: number;
  /** The held-out accuracies just measured. */
  point: AdderPoint;
  /** Fraction of this width's steps done, 0 … 1. */
  fraction: number;
}

/**
 * Trains one network per width with otherwise equal options (same seed, steps and held-out set)
 * and returns their results in the order given; `onProgress` fires after each width, so a widget
 * can draw the sweep as it grows, and `onStep` at each point of each width's history (every
 * `evalEvery` steps), so a progress bar can move within a width. The callbacks only observe:
 * the results are the same with or without them. Pure and synchronous: run it in a Web Worker
 * to keep a page responsive.
 */
export function widthSweep(
  widths: readonly number[],
  options: Omit<AdderOptions, 'width'> = {},
  onProgress?: (progress: SweepProgress) => void,
  onStep?: (step: SweepStep) => void,
): AdderResult[] {
  if (!Array.isArray(widths)) throw new RangeError(`invalid widths: ${String(widths)} (expected an array of integers 1 … 4096)`);
  return widths.map((width, index) => {
    integerInRange(width, `widths[${index}]`, 1, 4096);
    const result = trainAdder({ ...options, width }, onStep && ((point, steps) => onStep({ index, width, point, fraction: steps === 0 ? 1 : point.step / steps })));
    onProgress?.({ index, width, result });
    return result;
  });
}
