import { describe, expect, it } from 'vitest';
import { parseNumber } from '@/quiz';

describe('parseNumber', () => {
  it.each([
    ['0.35', 0.35],
    ['.35', 0.35],
    [' 0.35 ', 0.35],
    ['0,35', 0.35],
    ['35%', 0.35],
    ['-2', -2],
    ['−2', -2],
    ['3.15e23', 3.15e23],
    ['3.15E+23', 3.15e23],
    ['3.15 × 10^23', 3.15e23],
    ['3.15x10^23', 3.15e23],
    ['3.15*10^{23}', 3.15e23],
    ['10^23', 1e23],
    ['1 000 000', 1e6],
    ['0,125', 0.125],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 12);
  });

  it.each(['', '   ', 'half', '1,000', '0.3.5', '1e', '--2', '310^23x', '12,5,6'])('reads %j as no number', (text) => {
    expect(parseNumber(text)).toBeNull();
  });
});
