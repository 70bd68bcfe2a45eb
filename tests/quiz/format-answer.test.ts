import { describe, expect, it } from 'vitest';
import { numberHtml } from '@/common/number';
import { formatAnswer, formatTolerance } from '@/quiz/format-answer';

describe('formatAnswer', () => {
  it('shows one decimal finer than the tolerance', () => {
    expect(formatAnswer(0.59172, { kind: 'absolute', amount: 0.01 })).toBe('0.592');
    expect(formatAnswer(0.34868, { kind: 'absolute', amount: 0.005 })).toBe('0.3487');
  });

  it('writes very large and very small answers with a power of ten', () => {
    expect(formatAnswer(3.15e23, { kind: 'relative', amount: 0.05 })).toBe('3.15 × 10^23');
    expect(formatAnswer(4.3e-5, { kind: 'relative', amount: 0.05 })).toBe('4.3 × 10^-5');
  });

  it('states the accepted range, edges included', () => {
    expect(formatTolerance(0.5, { kind: 'absolute', amount: 0.1 })).toBe('anything from 0.4 to 0.6 counts');
  });

  it('sets powers of ten as superscripts in HTML', () => {
    expect(numberHtml('3.15 × 10^23')).toBe('3.15 × 10<sup>23</sup>');
  });
});
