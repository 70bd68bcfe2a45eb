import type { AdderResult } from '@/sim';
import { formatFixed } from '../kit/format';

/** Seed of every network the widget trains: the same setting always gives the same results. */
export const seed = 1;

/** What the widget keeps of one trained network: its final held-out accuracies. */
export interface WidthResult {
  digits: number;
  width: number;
  parameters: number;
  /** Accuracy of each output digit, averaged over the digits + 1 positions. */
  meanDigitAccuracy: number;
  /** Fraction of held-out sums with every digit right. */
  exactMatch: number;
}

/** What the page asks the worker to train. */
export interface SweepRequest {
  digits: number;
  widths: number[];
}

/** What the worker reports while it trains: a step of the width in training, or a finished width. */
export type SweepProgress =
  /** A point measured while a width trains: `fraction` of its steps are done (0 … 1). */
  | { kind: 'step'; fraction: number }
  /** A width finished. */
  | { kind: 'width'; result: WidthResult };

/** The final point of a training run, as the widget keeps it. */
export function toWidthResult({ digits, width, parameters, final }: AdderResult): WidthResult {
  return { digits, width, parameters, meanDigitAccuracy: final.meanDigitAccuracy, exactMatch: final.exactMatch };
}

/** Widths 1, 2, 4, … up to `maxWidth` (a power of two): one network per doubling. */
export function widthsUpTo(maxWidth: number): number[] {
  const widths = [];
  for (let width = 1; width <= maxWidth; width *= 2) widths.push(width);
  return widths;
}

/** The lowest width whose exact match reaches `level`, with the width before it, if it gets there after width 1. */
function crossing(results: readonly WidthResult[], level: number): [number, number] | undefined {
  const i = results.findIndex((result) => result.exactMatch >= level);
  return i > 0 ? [results[i - 1]!.width, results[i]!.width] : undefined;
}

/**
 * The reading for `digits`-digit sums and widths up to `maxWidth`, given the results known for
 * that setting (sorted by width): what per-digit and exact-match accuracy do across widths, or
 * that nothing is trained yet. The same results always give the same words, so the build and
 * the browser agree.
 */
export function summarise(digits: number, maxWidth: number, results: readonly WidthResult[]): string {
  const widths = widthsUpTo(maxWidth);
  const setting = `${digits}-digit sums`;
  if (results.length === 0) {
    return `Not trained yet for ${setting} with widths up to ${maxWidth}: press Train to train ${widths.length} networks, widths 1 to ${maxWidth}.`;
  }
  const first = results[0]!;
  const last = results[results.length - 1]!;
  const missing = widths.length - results.length;
  const scope = missing > 0 ? ` (${results.length} of ${widths.length} widths trained; press Train for all)` : '';
  if (results.length === 1) {
    return `${setting}, width ${first.width}${scope}: per-digit accuracy ${formatFixed(first.meanDigitAccuracy)}, exact match ${formatFixed(first.exactMatch)}.`;
  }
  const half = crossing(results, 0.5);
  const jump = half
    ? `, passing 0.5 between widths ${half[0]} and ${half[1]}`
    : last.exactMatch < 0.5 ? ', never reaching 0.5' : ', already above 0.5 at the smallest width';
  return (
    `${setting}, widths ${first.width} to ${last.width}${scope}: per-digit accuracy goes from ${formatFixed(first.meanDigitAccuracy)} to ${formatFixed(last.meanDigitAccuracy)}; ` +
    `exact match from ${formatFixed(first.exactMatch)} to ${formatFixed(last.exactMatch)}${jump}.`
  );
}
