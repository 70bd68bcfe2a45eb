import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logisticInLogScale, tokenLoss, tokenProbability } from '../../src/sim/curves';

describe('tokenLoss', () => {
  it('is (N_c/N)^α_N with Kaplan et al. 2020 constants', () => {
    expect(tokenLoss(8.8e13)).toBe(1);
    expect(tokenLoss(1e9)).toBeCloseTo(Math.pow(8.8e13 / 1e9, 0.076), 12);
  });

  it('adds an irreducible floor', () => {
    expect(tokenLoss(1e30, { irreducible: 1.69 })).toBeCloseTo(1.69 + Math.pow(8.8e-17, 0.076), 12);
  });

  it('falls as the model grows', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 1e15, noNaN: true }), fc.double({ min: 1.01, max: 100, noNaN: true }), (n, k) =>
      tokenLoss(n * k) < tokenLoss(n)));
  });

  it('rejects a non-positive parameter count', () => {
    expect(() => tokenLoss(0)).toThrow('invalid parameters: 0 (expected parameters > 0)');
  });
});

describe('tokenProbability', () => {
  it('is e^−loss, 1 at zero loss', () => {
    expect(tokenProbability(0)).toBe(1);
    expect(tokenProbability(Math.LN2)).toBeCloseTo(0.5, 15);
  });

  it('stays in (0, 1] for every non-negative loss', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 700, noNaN: true }), (loss) => {
      const p = tokenProbability(loss);
      return p > 0 && p <= 1;
    }));
  });
});

describe('logisticInLogScale', () => {
  it('is halfway between floor and ceiling at the midpoint', () => {
    expect(logisticInLogScale(1e10)).toBe(0.5);
    expect(logisticInLogScale(3e11, { midpoint: 3e11, floor: 0.25, ceiling: 1 })).toBeCloseTo(0.625, 12);
  });

  it('rises by slope logits per decade', () => {
    const y = logisticInLogScale(1e11, { midpoint: 1e10, slope: 2 });
    expect(Math.log(y / (1 - y))).toBeCloseTo(2, 10);
  });

  it('stays between floor and ceiling and never returns NaN', () => {
    fc.assert(fc.property(
      fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
      fc.double({ min: -1e3, max: 1e3, noNaN: true }),
      (x, slope) => {
        const y = logisticInLogScale(x, { slope, floor: 0.25, ceiling: 1 });
        return y >= 0.25 && y <= 1;
      }));
  });
});
