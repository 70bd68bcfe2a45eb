import { describe, expect, it } from 'vitest';
import { count, finite, finiteArray, inRange, integerInRange, keyword, nonNegative, positive, probability } from '@/sim/validate';

describe('validate', () => {
  it('returns the value it accepts', () => {
    expect(probability(0.3, 'p')).toBe(0.3);
    expect(count(4, 'n')).toBe(4);
    expect(positive(2, 'x')).toBe(2);
    expect(nonNegative(0, 'x')).toBe(0);
    expect(finite(-3, 'x')).toBe(-3);
    expect(inRange(1, 'x', 0, 1)).toBe(1);
    expect(integerInRange(3, 'k', 0, 3)).toBe(3);
    expect(keyword('up', 'start', ['up', 'random'])).toBe('up');
  });

  it('names the argument, the value and the rule in its message', () => {
    expect(() => probability(1.5, 'p')).toThrow(new RangeError('invalid p: 1.5 (expected 0 ≤ p ≤ 1)'));
    expect(() => count(2.5, 'n')).toThrow(new RangeError('invalid n: 2.5 (expected an integer ≥ 0)'));
    expect(() => positive(0, 'x')).toThrow(new RangeError('invalid x: 0 (expected x > 0)'));
    expect(() => keyword('down', 'start', ['up', 'random'])).toThrow('invalid start: down (expected one of up, random)');
  });

  it('rejects NaN and infinities everywhere', () => {
    for (const bad of [NaN, Infinity, -Infinity]) {
      expect(() => finite(bad, 'x')).toThrow(RangeError);
      expect(() => positive(bad, 'x')).toThrow(RangeError);
      expect(() => nonNegative(bad, 'x')).toThrow(RangeError);
      expect(() => probability(bad, 'p')).toThrow(RangeError);
      expect(() => inRange(bad, 'x', -Infinity, Infinity)).toThrow(RangeError);
      expect(() => count(bad, 'n')).toThrow(RangeError);
      expect(() => integerInRange(bad, 'n', 0, 10)).toThrow(RangeError);
    }
  });

  it('rejects negative counts and integers out of range', () => {
    expect(() => count(-1, 'n')).toThrow(RangeError);
    expect(() => integerInRange(11, 'n', 0, 10)).toThrow('invalid n: 11 (expected an integer with 0 ≤ n ≤ 10)');
  });

  it('checks every entry and the length of an array', () => {
    expect(() => finiteArray([1, NaN], 'xs')).toThrow('invalid xs[1]: NaN');
    expect(() => finiteArray([1], 'xs', 2)).toThrow('invalid xs.length: 1 (expected at least 2 values)');
  });
});
