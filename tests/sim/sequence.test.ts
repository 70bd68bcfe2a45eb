import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exactMatch, levenshtein } from '@/sim/sequence';

describe('levenshtein', () => {
  it('kitten → sitting takes three edits', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
  });

  it('works on arrays of tokens', () => {
    expect(levenshtein(['1', '2', '3'], ['1', '3'])).toBe(1);
  });

  it('is the length of the other sequence when one is empty', () => {
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('abc', '')).toBe(3);
  });

  it('is a metric: zero only for equal strings, symmetric, triangle inequality', () => {
    const s = fc.string({ maxLength: 12 });
    fc.assert(fc.property(s, s, s, (a, b, c) =>
      (levenshtein(a, b) === 0) === (a === b) &&
      levenshtein(a, b) === levenshtein(b, a) &&
      levenshtein(a, c) <= levenshtein(a, b) + levenshtein(b, c)));
  });

  it('is at most the longer length and at least the difference in lengths', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
      const d = levenshtein(a, b);
      return d <= Math.max(a.length, b.length) && d >= Math.abs(a.length - b.length);
    }));
  });
});

describe('exactMatch', () => {
  it('is true only for identical sequences', () => {
    expect(exactMatch('1024', '1024')).toBe(true);
    expect(exactMatch('1024', '1034')).toBe(false);
    expect(exactMatch('10', '100')).toBe(false);
    expect(exactMatch([1, 2], [1, 2])).toBe(true);
  });

  it('agrees with a zero edit distance', () => {
    fc.assert(fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) =>
      exactMatch(a, b) === (levenshtein(a, b) === 0)));
  });
});
