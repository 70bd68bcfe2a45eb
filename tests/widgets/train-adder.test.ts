import { describe, expect, it } from 'vitest';
import { trainAdder } from '@/sim';
import { recall, remember } from '@/widgets/train-adder/cache';
import { accuracyChart } from '@/widgets/train-adder/chart';
import { summarise, toWidthResult, widthsUpTo, type WidthResult } from '@/widgets/train-adder/results';

const result = (width: number, meanDigitAccuracy: number, exactMatch: number, digits = 3): WidthResult => ({ digits, width, parameters: 10 * width, meanDigitAccuracy, exactMatch });

describe('widthsUpTo', () => {
  it('doubles from 1 to the widest network', () => {
    expect(widthsUpTo(16)).toEqual([1, 2, 4, 8, 16]);
    expect(widthsUpTo(1)).toEqual([1]);
  });
});

describe('toWidthResult', () => {
  it('keeps the final held-out accuracies of a run', () => {
    const run = trainAdder({ width: 2, digits: 2, steps: 20, testSize: 50 });
    expect(toWidthResult(run)).toEqual({
      digits: 2, width: 2, parameters: run.parameters, meanDigitAccuracy: run.final.meanDigitAccuracy, exactMatch: run.final.exactMatch,
    });
  });
});

describe('summarise', () => {
  it('says when nothing is trained and how many networks Train will train', () => {
    expect(summarise(4, 128, [])).toBe('Not trained yet for 4-digit sums with widths up to 128: press Train to train 8 networks, widths 1 to 128.');
  });

  it('reads per-digit and exact-match accuracy across widths and where exact match passes 0.5', () => {
    const results = [result(1, 0.3, 0), result(2, 0.5, 0.1), result(4, 0.8, 0.6)];
    expect(summarise(3, 4, results)).toBe(
      '3-digit sums, widths 1 to 4: per-digit accuracy goes from 0.30 to 0.80; exact match from 0.00 to 0.60, passing 0.5 between widths 2 and 4.',
    );
  });

  it('says so when exact match never reaches 0.5, or starts above it', () => {
    expect(summarise(3, 2, [result(1, 0.3, 0), result(2, 0.4, 0.1)])).toContain('exact match from 0.00 to 0.10, never reaching 0.5.');
    expect(summarise(3, 2, [result(1, 0.9, 0.7), result(2, 0.95, 0.8)])).toContain('already above 0.5 at the smallest width.');
  });

  it('counts what is missing when only some widths are trained', () => {
    expect(summarise(3, 8, [result(1, 0.3, 0), result(2, 0.5, 0.1)])).toContain('widths 1 to 2 (2 of 4 widths trained; press Train for all)');
    expect(summarise(3, 8, [result(1, 0.3, 0)])).toBe('3-digit sums, width 1 (1 of 4 widths trained; press Train for all): per-digit accuracy 0.30, exact match 0.00.');
  });
});

describe('the results cache', () => {
  it('recalls what was remembered for a number of digits, in the order of the widths asked', () => {
    remember(result(4, 0.8, 0.5, 5));
    remember(result(1, 0.3, 0, 5));
    expect(recall(5, [1, 2, 4]).map((entry) => entry.width)).toEqual([1, 4]);
    expect(recall(6, [1, 2, 4])).toEqual([]);
  });
});

describe('the chart of train-it-yourself', () => {
  it('labels its width axis at exactly the widths the sweep trains', () => {
    for (const maxWidth of [16, 32, 64, 128]) {
      const x = accuracyChart(3, maxWidth, [], '').options.x as { ticks: number[] };
      expect(x.ticks).toEqual(widthsUpTo(maxWidth));
    }
  });
});
