import type { AdderResult } from '@/sim';
import { formatFixed } from '../kit/format';

/**
 * Seeds of the networks the widget trains, one network per seed at every width: a trained
 * network depends on its random initialisation (and on its training stream and held-out set, drawn
 * from the same seed), so each width is trained three times to show how much. Seed 1 is drawn
 * as the line; the same setting always gives the same results.
 */
export const seeds = [1, 2, 3] as const;

/** Says that the results shown were trained when the page was built, for the lesson's setting. */
export const precomputedNote = `Precomputed when the page was built, for the lesson's setting (${seeds.length} seeds per width).`;

/** What the widget keeps of one trained network: its final held-out accuracies. */
export interface WidthResult {
  digits: number;
  width: number;
  /** Seed of the run: initial weights, training stream and held-out set. */
  seed: number;
  parameters: number;
  /** Accuracy of each output digit, averaged over the digits + 1 positions. */
  meanDigitAccuracy: number;
  /** Fraction of held-out sums with every digit right. */
  exactMatch: number;
}

/** What the page asks the worker to train: every width with every seed. */
export interface SweepRequest {
  digits: number;
  widths: number[];
  seeds: number[];
}

/** What the worker reports while it trains: a step of the network in training, or a finished network. */
export type SweepProgress =
  /** A point measured while a network trains: `fraction` of its steps are done (0 … 1). */
  | { kind: 'step'; fraction: number }
  /** A network finished. */
  | { kind: 'width'; result: WidthResult };

/** One network of the sweep, in the order trained: width by width, each width with every seed. */
export interface Network {
  width: number;
  seed: number;
}

/** The networks a sweep trains, in order: all seeds of a width before the next width, so a stopped run leaves whole widths behind it. */
export function networks(widths: readonly number[], runSeeds: readonly number[] = seeds): Network[] {
  return widths.flatMap((width) => runSeeds.map((seed) => ({ width, seed })));
}

/** The final point of a training run of `seed`, as the widget keeps it. */
export function toWidthResult({ digits, width, parameters, final }: AdderResult, seed: number): WidthResult {
  return { digits, width, seed, parameters, meanDigitAccuracy: final.meanDigitAccuracy, exactMatch: final.exactMatch };
}

/** Widths 1, 2, 4, … up to `maxWidth` (a power of two): one network per doubling and seed. */
export function widthsUpTo(maxWidth: number): number[] {
  const widths = [];
  for (let width = 1; width <= maxWidth; width *= 2) widths.push(width);
  return widths;
}

/** The results of one width, sorted by seed. */
export interface WidthGroup {
  width: number;
  runs: WidthResult[];
}

/** Results grouped by width (in increasing width), each group sorted by seed. */
export function byWidth(results: readonly WidthResult[]): WidthGroup[] {
  const groups = new Map<number, WidthResult[]>();
  for (const result of results) groups.set(result.width, [...(groups.get(result.width) ?? []), result]);
  return [...groups]
    .sort(([a], [b]) => a - b)
    .map(([width, runs]) => ({ width, runs: runs.sort((a, b) => a.seed - b.seed) }));
}

/** The run drawn as the line at each width: the lowest seed known there (seed 1 once it is trained), in increasing width. */
export function lineRuns(results: readonly WidthResult[]): WidthResult[] {
  return byWidth(results).map((group) => group.runs[0]!);
}

/** Lowest and highest value of `key` over the runs of a width. */
export function range(runs: readonly WidthResult[], key: 'meanDigitAccuracy' | 'exactMatch'): [number, number] {
  const values = runs.map((run) => run[key]);
  return [Math.min(...values), Math.max(...values)];
}

/** `0.41–0.62`: a range of accuracies as the reading writes it. */
export const formatRange = ([low, high]: readonly [number, number]) => `${formatFixed(low)}–${formatFixed(high)}`;

/** The lowest width whose exact match reaches `level`, with the width before it, if it gets there after width 1. */
function crossing(line: readonly WidthResult[], level: number): [number, number] | undefined {
  const i = line.findIndex((result) => result.exactMatch >= level);
  return i > 0 ? [line[i - 1]!.width, line[i]!.width] : undefined;
}

/** The two neighbouring widths between which the line's exact match rises most. */
function steepest(line: readonly WidthResult[]): [number, number] | undefined {
  let best: [number, number] | undefined;
  let rise = -Infinity;
  for (let i = 1; i < line.length; i++) {
    const step = line[i]!.exactMatch - line[i - 1]!.exactMatch;
    if (step > rise) [rise, best] = [step, [line[i - 1]!.width, line[i]!.width]];
  }
  return best;
}

/**
 * How far the seeds lie apart in exact match at `widths`, for the widths with more than one
 * seed trained: "Across 3 training seeds, exact match at width 16 ranges 0.08–0.14 and at width
 * 32 ranges 0.19–0.53." Empty when no such width has two seeds.
 */
function spread(groups: readonly WidthGroup[], widths: readonly number[]): string {
  const shown = groups.filter((group) => widths.includes(group.width) && group.runs.length > 1);
  if (shown.length === 0) return '';
  const most = Math.max(...shown.map((group) => group.runs.length));
  const parts = shown.map((group) =>
    `at width ${group.width}${group.runs.length < most ? ` (${group.runs.length} seeds so far)` : ''} ranges ${formatRange(range(group.runs, 'exactMatch'))}`,
  );
  return ` Across ${most} training seeds, exact match ${parts.join(' and ')}.`;
}

/**
 * The reading for `digits`-digit sums and widths up to `maxWidth`, given the results known for
 * that setting (any order, any seeds): what per-digit and exact-match accuracy do across widths
 * for the line's seed, or that nothing is trained yet, and how far the seeds lie apart where
 * exact match jumps. The same results always give the same words, so the build and the browser
 * agree.
 */
export function summarise(digits: number, maxWidth: number, results: readonly WidthResult[]): string {
  const widths = widthsUpTo(maxWidth);
  const setting = `${digits}-digit sums`;
  const total = widths.length * seeds.length;
  if (results.length === 0) {
    return `Not trained yet for ${setting} with widths up to ${maxWidth}: press Train to train ${total} networks, widths 1 to ${maxWidth} with ${seeds.length} seeds each.`;
  }
  const groups = byWidth(results);
  const line = lineRuns(results);
  const first = line[0]!;
  const last = line[line.length - 1]!;
  const scope = results.length < total ? ` (${results.length} of ${total} networks trained; press Train for all)` : '';
  const seedNote = line.every((run) => run.seed === first.seed) ? `with seed ${first.seed}` : 'with the lowest seed trained at each width';
  if (line.length === 1) {
    return (
      `${setting}, width ${first.width}${scope}: ${seedNote}, per-digit accuracy ${formatFixed(first.meanDigitAccuracy)}, exact match ${formatFixed(first.exactMatch)}.` +
      spread(groups, [first.width])
    );
  }
  const half = crossing(line, 0.5);
  const jump = half
    ? `, passing 0.5 between widths ${half[0]} and ${half[1]}`
    : last.exactMatch < 0.5 ? ', never reaching 0.5' : ', already above 0.5 at the smallest width';
  return (
    `${setting}, widths ${first.width} to ${last.width}${scope}: ${seedNote}, per-digit accuracy goes from ${formatFixed(first.meanDigitAccuracy)} to ${formatFixed(last.meanDigitAccuracy)}; ` +
    `exact match from ${formatFixed(first.exactMatch)} to ${formatFixed(last.exactMatch)}${jump}.` +
    spread(groups, half ?? steepest(line) ?? [])
  );
}
