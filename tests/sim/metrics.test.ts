import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PROBABILITY_FLOOR, brierScore, expectedEditDistance, expectedExactMatch, logLikelihood, multipleChoiceGrade,
} from '@/sim/metrics';

const prob = fc.double({ min: 0, max: 1, noNaN: true });
const options = fc.record({
  choices: fc.integer({ min: 2, max: 10 }),
  length: fc.integer({ min: 1, max: 50 }),
  itemNoise: fc.double({ min: 0, max: 5, noNaN: true }),
});

describe('expectedExactMatch', () => {
  it('is p^L', () => {
    expect(expectedExactMatch(0.9, 5)).toBeCloseTo(0.59049, 12);
  });
});

describe('expectedEditDistance', () => {
  it('is L·(1 − p): 0 for a perfect model, L for a hopeless one', () => {
    expect(expectedEditDistance(1, 7)).toBe(0);
    expect(expectedEditDistance(0, 7)).toBe(7);
    expect(expectedEditDistance(0.75, 4)).toBe(1);
  });

  it('is linear in p', () => {
    fc.assert(fc.property(prob, prob, fc.integer({ min: 1, max: 100 }), (a, b, L) => {
      const mid = expectedEditDistance((a + b) / 2, L);
      return Math.abs(mid - (expectedEditDistance(a, L) + expectedEditDistance(b, L)) / 2) < 1e-9;
    }));
  });
});

describe('logLikelihood', () => {
  it('is L·ln p', () => {
    expect(logLikelihood(0.5, 3)).toBeCloseTo(3 * Math.log(0.5), 14);
    expect(logLikelihood(1, 3)).toBe(0);
  });

  it('is finite at p = 0, clamped to the documented floor', () => {
    expect(logLikelihood(0, 2)).toBeCloseTo(2 * Math.log(PROBABILITY_FLOOR), 12);
  });

  it('is never positive and never NaN', () => {
    fc.assert(fc.property(prob, fc.nat(1000), (p, L) => {
      const ll = logLikelihood(p, L);
      return Number.isFinite(ll) && ll <= 0;
    }));
  });
});

describe('multipleChoiceGrade', () => {
  it('is chance, 1/K, for a model indifferent between options (p = 1/K)', () => {
    expect(multipleChoiceGrade(0.25, { choices: 4, length: 3 })).toBeCloseTo(0.25, 12);
    expect(multipleChoiceGrade(0.5, { choices: 2, itemNoise: 0 })).toBe(0.5);
  });

  it('is 1 for a perfect model and 0 for one that never gives the right token', () => {
    expect(multipleChoiceGrade(1)).toBe(1);
    expect(multipleChoiceGrade(0)).toBe(0);
  });

  it('equals the option probability when item noise is 1 and options are one token long', () => {
    fc.assert(fc.property(prob, (p) => Math.abs(multipleChoiceGrade(p, { itemNoise: 1 }) - p) < 1e-12));
  });

  it('is a step at p = 1/K without item noise', () => {
    expect(multipleChoiceGrade(0.24, { itemNoise: 0 })).toBe(0);
    expect(multipleChoiceGrade(0.26, { itemNoise: 0 })).toBe(1);
  });

  it('jumps more sharply for longer answers', () => {
    const rise = (length: number) => multipleChoiceGrade(0.3, { length }) - multipleChoiceGrade(0.2, { length });
    expect(rise(5)).toBeGreaterThan(rise(1));
  });

  it('stays in [0, 1], rises with p and never returns NaN', () => {
    fc.assert(fc.property(prob, prob, options, (a, b, o) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const g1 = multipleChoiceGrade(lo, o);
      const g2 = multipleChoiceGrade(hi, o);
      return g1 >= 0 && g2 <= 1 && g1 <= g2 + 1e-12;
    }));
  });

  it('rejects fewer than two choices', () => {
    expect(() => multipleChoiceGrade(0.5, { choices: 1 })).toThrow('invalid choices: 1');
  });
});

describe('brierScore', () => {
  it('is 0 for a sure right model, (K − 1)/K for an indifferent one, K/(K − 1) for a sure wrong one', () => {
    expect(brierScore(1)).toBe(0);
    expect(brierScore(0.25, { choices: 4 })).toBeCloseTo(0.75, 12);
    expect(brierScore(0, { choices: 4 })).toBeCloseTo(4 / 3, 12);
  });

  it('is (1 − p)²·K/(K − 1) for one-token options', () => {
    expect(brierScore(0.6, { choices: 5 })).toBeCloseTo(0.16 * 1.25, 12);
  });

  it('falls as p rises and never returns NaN', () => {
    fc.assert(fc.property(prob, prob, options, (a, b, o) => {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      const s1 = brierScore(lo, o);
      const s2 = brierScore(hi, o);
      return Number.isFinite(s1) && s2 <= s1 + 1e-12 && s2 >= 0;
    }));
  });
});
