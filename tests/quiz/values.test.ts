import { describe, expect, it } from 'vitest';
import { computeValues, formatValue } from '@/quiz/values';
import { inline, plain } from '@/quiz/inline';
import { chainSuccess } from '@/sim';

describe('formatValue', () => {
  it('prints a number with the given decimals', () => {
    expect(formatValue(0.34868, { digits: 2, percent: false })).toEqual({ html: '0.35', tex: '0.35', text: '0.35' });
  });

  it('prints a percentage, escaped for TeX', () => {
    expect(formatValue(0.0369, { digits: 1, percent: true })).toEqual({ html: '3.7%', tex: '3.7\\%', text: '3.7%' });
  });

  it('prints very large and very small numbers with a power of ten', () => {
    expect(formatValue(3.15e23, { digits: 1, percent: false })).toEqual({ html: '3.2 × 10<sup>23</sup>', tex: '3.2 \\times 10^{23}', text: '3.2 × 10^23' });
    expect(formatValue(4.3e-5, { digits: 1, percent: false }).text).toBe('4.3 × 10^-5');
  });
});

describe('computed values in quiz text', () => {
  const values = computeValues({ chain: { compute: 'chainSuccess', args: [0.9, 10], digits: 2, percent: false } });

  it('computes each value with the simulation core', () => {
    expect(values.chain!.text).toBe(chainSuccess(0.9, 10).toFixed(2));
  });

  it('quotes a value in prose and inside math', () => {
    expect(inline('about {{chain}}', values)).toBe('about 0.35');
    expect(inline('$0.9^{10} \\approx {{ chain }}$', values)).toContain('0.35');
  });

  it('names an unknown value and lists the known ones', () => {
    expect(() => inline('about {{chian}}', values)).toThrow('no value named "chian" (values: chain)');
  });

  it('puts the value in plain text for attributes', () => {
    expect(plain('*p* = {{chain}}', values)).toBe('p = 0.35');
  });
});
