import { describe, expect, it } from 'vitest';
import { formatCount, formatFixed } from '@/widgets/kit/format';

describe('formatCount', () => {
  it('names large counts in words with two significant digits', () => {
    expect(formatCount(1e9)).toBe('1 billion');
    expect(formatCount(3.162e10)).toBe('32 billion');
    expect(formatCount(1e12)).toBe('1 trillion');
    expect(formatCount(7e7)).toBe('70 million');
    expect(formatCount(1500)).toBe('1.5 thousand');
    expect(formatCount(42)).toBe('42');
  });
});

describe('formatFixed', () => {
  it('rounds to the given number of decimals', () => {
    expect(formatFixed(0.2749)).toBe('0.27');
    expect(formatFixed(0.5, 3)).toBe('0.500');
  });
});
