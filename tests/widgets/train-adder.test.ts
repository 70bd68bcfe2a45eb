import { describe, expect, it } from 'vitest';
import { trainAdder } from '@/sim';
import { recall, remember } from '@/widgets/train-adder/cache';
import { accuracyChart, legend } from '@/widgets/train-adder/chart';
import { lineRuns, networks, seeds, summarise, toWidthResult, widthsUpTo, type WidthResult } from '@/widgets/train-adder/results';
import { renderChart } from '@/widgets/kit/chart';
import { renderMarkup } from '@/widgets/kit/server';

const result = (width: number, meanDigitAccuracy: number, exactMatch: number, digits = 3, seed = 1): WidthResult =>
  ({ digits, width, seed, parameters: 10 * width, meanDigitAccuracy, exactMatch });

/** Every seed at each width: seed 1 at the given accuracies, seeds 2 and 3 lower and higher by `by` in exact match. */
const seeded = (width: number, meanDigitAccuracy: number, exactMatch: number, by: number): WidthResult[] => [
  result(width, meanDigitAccuracy, exactMatch, 3, 1),
  result(width, meanDigitAccuracy - 0.01, Math.max(0, exactMatch - by), 3, 2),
  result(width, meanDigitAccuracy + 0.01, exactMatch + by, 3, 3),
];

describe('widthsUpTo', () => {
  it('doubles from 1 to the widest network', () => {
    expect(widthsUpTo(16)).toEqual([1, 2, 4, 8, 16]);
    expect(widthsUpTo(1)).toEqual([1]);
  });
});

describe('networks', () => {
  it('trains every seed of a width before the next width', () => {
    expect(seeds).toEqual([1, 2, 3]);
    expect(networks([1, 2])).toEqual([
      { width: 1, seed: 1 }, { width: 1, seed: 2 }, { width: 1, seed: 3 },
      { width: 2, seed: 1 }, { width: 2, seed: 2 }, { width: 2, seed: 3 },
    ]);
  });
});

describe('toWidthResult', () => {
  it('keeps the seed and the final held-out accuracies of a run', () => {
    const run = trainAdder({ width: 2, digits: 2, steps: 20, testSize: 50, seed: 2 });
    expect(toWidthResult(run, 2)).toEqual({
      digits: 2, width: 2, seed: 2, parameters: run.parameters, meanDigitAccuracy: run.final.meanDigitAccuracy, exactMatch: run.final.exactMatch,
    });
  });

  it('gives a different network for a different seed', () => {
    const [a, b] = [1, 2].map((seed) => toWidthResult(trainAdder({ width: 4, digits: 2, steps: 60, testSize: 50, seed }), seed));
    expect(a!.seed).not.toBe(b!.seed);
    expect(a!.meanDigitAccuracy).not.toBe(b!.meanDigitAccuracy);
  });
});

describe('summarise', () => {
  it('says when nothing is trained and how many networks Train will train', () => {
    expect(summarise(4, 128, [])).toBe(
      'Not trained yet for 4-digit sums with widths up to 128: press Train to train 24 networks, widths 1 to 128 with 3 seeds each.',
    );
  });

  it('reads seed 1 across widths and states the spread over the seeds where exact match passes 0.5', () => {
    const results = [...seeded(1, 0.3, 0, 0), ...seeded(2, 0.5, 0.1, 0.05), ...seeded(4, 0.8, 0.6, 0.2)];
    expect(summarise(3, 4, results)).toBe(
      '3-digit sums, widths 1 to 4: with seed 1, per-digit accuracy goes from 0.30 to 0.80; exact match from 0.00 to 0.60, passing 0.5 between widths 2 and 4. ' +
        'Across 3 training seeds, exact match at width 2 ranges 0.05–0.15 and at width 4 ranges 0.40–0.80.',
    );
  });

  it('reads the same in any order of the results', () => {
    const results = [...seeded(1, 0.3, 0, 0), ...seeded(2, 0.5, 0.1, 0.05), ...seeded(4, 0.8, 0.6, 0.2)];
    expect(summarise(3, 4, [...results].reverse())).toBe(summarise(3, 4, results));
    expect(lineRuns([...results].reverse()).map((run) => run.seed)).toEqual([1, 1, 1]);
  });

  it('states the spread where exact match rises most when it never reaches 0.5, or starts above it', () => {
    const low = [...seeded(1, 0.3, 0, 0), ...seeded(2, 0.4, 0.1, 0.05), ...seeded(4, 0.45, 0.15, 0.05)];
    expect(summarise(3, 4, low)).toContain('exact match from 0.00 to 0.15, never reaching 0.5. Across 3 training seeds, exact match at width 1 ranges 0.00–0.00 and at width 2 ranges 0.05–0.15.');
    const high = [...seeded(1, 0.9, 0.7, 0.1), ...seeded(2, 0.95, 0.8, 0.1)];
    expect(summarise(3, 2, high)).toContain('already above 0.5 at the smallest width. Across 3 training seeds, exact match at width 1 ranges 0.60–0.80 and at width 2 ranges 0.70–0.90.');
  });

  it('counts the networks missing when a run stopped, and says how many seeds a width has so far', () => {
    const stopped = [...seeded(1, 0.3, 0, 0), result(2, 0.5, 0.6, 3, 1), result(2, 0.48, 0.4, 3, 2)];
    expect(summarise(3, 8, stopped)).toBe(
      '3-digit sums, widths 1 to 2 (5 of 12 networks trained; press Train for all): with seed 1, per-digit accuracy goes from 0.30 to 0.50; ' +
        'exact match from 0.00 to 0.60, passing 0.5 between widths 1 and 2. ' +
        'Across 3 training seeds, exact match at width 1 ranges 0.00–0.00 and at width 2 (2 seeds so far) ranges 0.40–0.60.',
    );
    expect(summarise(3, 8, [result(1, 0.3, 0)])).toBe(
      '3-digit sums, width 1 (1 of 12 networks trained; press Train for all): with seed 1, per-digit accuracy 0.30, exact match 0.00.',
    );
  });
});

describe('the results cache', () => {
  it('recalls what was remembered for a number of digits and seeds, in the order of the widths, then the seeds', () => {
    remember(result(4, 0.8, 0.5, 5, 2));
    remember(result(4, 0.7, 0.4, 5, 1));
    remember(result(1, 0.3, 0, 5, 1));
    expect(recall(5, [1, 2, 4], [1, 2, 3]).map((entry) => [entry.width, entry.seed])).toEqual([[1, 1], [4, 1], [4, 2]]);
    expect(recall(5, [4], [2])[0]!.exactMatch).toBe(0.5);
    expect(recall(6, [1, 2, 4], [1, 2, 3])).toEqual([]);
  });
});

describe('the chart of train-it-yourself', () => {
  it('labels its width axis at exactly the widths the sweep trains', () => {
    for (const maxWidth of [16, 32, 64, 128]) {
      const x = accuracyChart(3, maxWidth, [], '').options.x as { ticks: number[] };
      expect(x.ticks).toEqual(widthsUpTo(maxWidth));
    }
  });

  it('draws a mark per seed in each series, a rule across the seeds at each width, and names the ranges', () => {
    const results = [...seeded(1, 0.3, 0, 0), ...seeded(2, 0.5, 0.1, 0.05), ...seeded(4, 0.8, 0.6, 0.2)];
    const chart = accuracyChart(3, 4, results, '');
    const svg = renderMarkup((document) => renderChart(chart, document));
    const dots = svg.match(/<g[^>]*aria-label="dot"[^>]*>[\s\S]*?<\/g>/g) ?? [];
    const marks = dots.map((group) => (group.match(/<(?:circle|path)\b/g) ?? []).length);
    // Per series: 3 faint marks for seeds 2 and 3 (twice) and 3 solid ones for seed 1.
    expect(marks.reduce((a, b) => a + b, 0)).toBe(2 * seeds.length * 3);
    const rules = (svg.match(/<g[^>]*aria-label="rule"[^>]*>[\s\S]*?<\/g>/g) ?? []).map((group) => (group.match(/<line\b/g) ?? []).length);
    expect(rules).toContain(3);
    expect(chart.label).toContain('width 4 per digit 0.80 (0.79–0.81 over 3 seeds), exact 0.60 (0.40–0.80)');
  });

  it('says in its legend what the solid and faint marks are', () => {
    const text = renderMarkup((document) => legend(document));
    expect(text).toContain('solid marks and lines seed 1, faint marks seeds 2 and 3');
  });
});
