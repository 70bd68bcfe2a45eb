import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atLeastK, chainSuccess, majorityVote } from '../../src/sim/chain';

const prob = fc.double({ min: 0, max: 1, noNaN: true });

describe('chainSuccess', () => {
  it('chainSuccess(p, n) is p^n', () => {
    expect(chainSuccess(0.9, 10)).toBeCloseTo(0.3486784401, 12);
    expect(chainSuccess(0.5, 3)).toBe(0.125);
  });

  it('is 1 for an empty chain, even at p = 0', () => {
    expect(chainSuccess(0, 0)).toBe(1);
  });

  it('never grows with the chain length', () => {
    fc.assert(fc.property(prob, fc.nat(200), (p, n) => chainSuccess(p, n + 1) <= chainSuccess(p, n)));
  });

  it('rejects p outside [0, 1] and fractional lengths', () => {
    expect(() => chainSuccess(1.5, 2)).toThrow('invalid p: 1.5 (expected 0 ≤ p ≤ 1)');
    expect(() => chainSuccess(0.5, 2.5)).toThrow('invalid n: 2.5');
  });
});

describe('atLeastK', () => {
  it('atLeastK(p, n, 0) is 1', () => {
    fc.assert(fc.property(prob, fc.nat(100), (p, n) => atLeastK(p, n, 0) === 1));
  });

  it('atLeastK(p, n, n) is p^n', () => {
    fc.assert(fc.property(prob, fc.nat(100), (p, n) => Math.abs(atLeastK(p, n, n) - Math.pow(p, n)) < 1e-15));
  });

  it('matches the binomial sum for small n', () => {
    // P(X ≥ 2), X ~ Binomial(4, 0.3) = 1 − 0.7^4 − 4·0.3·0.7^3
    expect(atLeastK(0.3, 4, 2)).toBeCloseTo(1 - 0.2401 - 0.4116, 12);
  });

  it('falls as k rises and stays in [0, 1]', () => {
    fc.assert(fc.property(prob, fc.integer({ min: 1, max: 300 }), fc.nat(), (p, n, seed) => {
      const k = seed % n;
      const a = atLeastK(p, n, k);
      const b = atLeastK(p, n, k + 1);
      return a >= b - 1e-12 && a >= 0 && a <= 1 && b >= 0;
    }));
  });

  it('rejects k above n', () => {
    expect(() => atLeastK(0.5, 3, 4)).toThrow('invalid k: 4 (expected an integer with 0 ≤ k ≤ 3)');
  });
});

describe('majorityVote', () => {
  it('is p for a single sample', () => {
    fc.assert(fc.property(prob, (p) => Math.abs(majorityVote(p, 1) - p) < 1e-15));
  });

  it('is ½ at p = ½ for any number of samples', () => {
    for (const k of [1, 2, 3, 10, 51]) expect(majorityVote(0.5, k)).toBeCloseTo(0.5, 12);
  });

  it('counts a tie as a coin flip: two samples give p', () => {
    expect(majorityVote(0.7, 2)).toBeCloseTo(0.7, 12);
  });

  it('three votes at p = 0.7 give 0.784', () => {
    expect(majorityVote(0.7, 3)).toBeCloseTo(0.784, 12);
  });

  it('sharpens towards 1 above ½ and towards 0 below', () => {
    expect(majorityVote(0.6, 101)).toBeGreaterThan(majorityVote(0.6, 11));
    expect(majorityVote(0.4, 101)).toBeLessThan(majorityVote(0.4, 11));
  });

  it('rejects zero samples', () => {
    expect(() => majorityVote(0.5, 0)).toThrow(RangeError);
  });
});
