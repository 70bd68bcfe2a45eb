import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exactMatchRise, logisticInLogScale, riseWidth, tokenLoss, tokenProbability } from '@/sim/curves';

describe('tokenLoss', () => {
  it('is (N_c/N)^α with Kaplan et al. 2020 constants by default', () => {
    expect(tokenLoss(8.8e13)).toBe(1);
    expect(tokenLoss(1e9)).toBeCloseTo(Math.pow(8.8e13 / 1e9, 0.076), 12);
  });

  it('takes its own N_c and α', () => {
    expect(tokenLoss(4e6, { Nc: 4e6, alpha: 0.37 })).toBe(1);
    expect(tokenLoss(4e8, { Nc: 4e6, alpha: 0.5 })).toBeCloseTo(0.1, 14);
  });

  it('adds an irreducible floor', () => {
    expect(tokenLoss(1e30, { irreducible: 1.69 })).toBeCloseTo(1.69 + Math.pow(8.8e-17, 0.076), 12);
  });

  it('falls as the model grows', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 1e15, noNaN: true }), fc.double({ min: 1.01, max: 100, noNaN: true }), (n, k) =>
      tokenLoss(n * k) < tokenLoss(n)));
  });

  it('rejects a non-positive N and bad options, naming them', () => {
    expect(() => tokenLoss(0)).toThrow('invalid N: 0 (expected N > 0)');
    expect(() => tokenLoss(1e9, { Nc: -1 })).toThrow('invalid Nc: -1 (expected Nc > 0)');
    expect(() => tokenLoss(1e9, { alpha: NaN })).toThrow('invalid alpha: NaN (expected alpha > 0)');
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

  it('climbs from 10% to 90% of the way up over `width` decades, centred on the midpoint', () => {
    for (const width of [0.25, 1, 2, 3.7]) {
      const at = (decades: number) => logisticInLogScale(1e10 * 10 ** decades, { midpoint: 1e10, width, floor: 0.25, ceiling: 0.95 });
      expect(at(-width / 2)).toBeCloseTo(0.25 + 0.1 * 0.7, 12);
      expect(at(width / 2)).toBeCloseTo(0.25 + 0.9 * 0.7, 12);
    }
  });

  it('with width 2·ln 9 / k rises k logits per decade', () => {
    const y = logisticInLogScale(1e11, { midpoint: 1e10, width: (2 * Math.log(9)) / 2 });
    expect(Math.log(y / (1 - y))).toBeCloseTo(2, 10);
  });

  it('falls when the ceiling is below the floor', () => {
    expect(logisticInLogScale(1e12, { floor: 1, ceiling: 0 })).toBeLessThan(0.01);
  });

  it('stays between floor and ceiling and never returns NaN', () => {
    fc.assert(fc.property(
      fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
      fc.double({ min: 1e-300, max: 1e3, noNaN: true }),
      (x, width) => {
        const y = logisticInLogScale(x, { width, floor: 0.25, ceiling: 1 });
        return y >= 0.25 && y <= 1;
      }));
    expect(logisticInLogScale(1e10, { width: Number.MIN_VALUE })).toBe(0.5);
  });

  it('rejects a width that is not positive', () => {
    expect(() => logisticInLogScale(1e9, { width: 0 })).toThrow('invalid width: 0 (expected width > 0)');
    expect(() => logisticInLogScale(1e9, { width: -1 })).toThrow(RangeError);
  });
});

describe('exactMatchRise', () => {
  const family = { Nc: 4e6, alpha: 0.37 };
  const exact = (N: number, L: number) => Math.pow(tokenProbability(tokenLoss(N, family)), L);

  it('puts exact match at 0.5 at its midpoint and at 0.1 and 0.9 a width apart', () => {
    for (const L of [1, 5, 30]) {
      const { midpoint, width } = exactMatchRise(L, family);
      expect(exact(midpoint, L)).toBeCloseTo(0.5, 10);
      const low = midpoint * Math.pow(10, -width * 0.5);
      expect(exact(low, L)).toBeLessThan(0.5);
      // The 10% and 90% points, found by bisection on the real curve, are `width` decades apart.
      const at = (q: number) => {
        let lo = Math.log10(midpoint) - 10;
        let hi = Math.log10(midpoint) + 10;
        for (let i = 0; i < 200; i++) {
          const mid = (lo + hi) / 2;
          if (exact(10 ** mid, L) < q) lo = mid;
          else hi = mid;
        }
        return lo;
      };
      expect(at(0.9) - at(0.1)).toBeCloseTo(width, 8);
    }
  });

  it('moves the rise to larger models as L grows, by log10(L)/α decades, and keeps its width', () => {
    const one = exactMatchRise(1, family);
    const ten = exactMatchRise(10, family);
    expect(Math.log10(ten.midpoint / one.midpoint)).toBeCloseTo(1 / family.alpha, 10);
    expect(ten.width).toBe(one.width);
    expect(exactMatchRise(10, { ...family, alpha: 0.74 }).width).toBeCloseTo(one.width / 2, 12);
  });
});

describe('riseWidth', () => {
  it('measures the 10–90% rise of a logistic in log scale as its declared width', () => {
    for (const width of [0.5, 1, 3]) {
      expect(riseWidth((decades) => logisticInLogScale(10 ** decades, { midpoint: 1e10, width }))).toBeCloseTo(width, 9);
    }
  });

  it('agrees with exactMatchRise’s closed form', () => {
    const family = { Nc: 4e6, alpha: 0.37 };
    const exact = (decades: number) => Math.pow(tokenProbability(tokenLoss(10 ** decades, family)), 10);
    expect(riseWidth(exact, { from: 3, to: 20 })).toBeCloseTo(exactMatchRise(10, family).width, 9);
  });
});
