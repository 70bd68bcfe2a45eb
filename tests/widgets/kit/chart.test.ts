import { describe, expect, it } from 'vitest';
import { parametersAxis, range, shortCount } from '@/widgets/kit/chart';

describe('shortCount', () => {
  it('labels counts with the usual suffixes', () => {
    expect([1e6, 3e7, 1e9, 3e10, 1e12, 500].map(shortCount)).toEqual(['1M', '30M', '1B', '30B', '1T', '500']);
  });
});

describe('parametersAxis', () => {
  it('puts a labelled tick at each power of ten inside the domain', () => {
    expect(parametersAxis([1e7, 1e12]).ticks).toEqual([1e7, 1e8, 1e9, 1e10, 1e11, 1e12]);
    expect(parametersAxis([3e7, 5e9]).ticks).toEqual([1e8, 1e9]);
  });
});

describe('range', () => {
  it('includes both ends', () => {
    expect(range(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});
