import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extrapolate, fitLine, fitLogistic } from '@/sim/fit';
import { logistic } from '@/sim/special';

describe('fitLine', () => {
  it('recovers the slope and intercept of collinear points with R² = 1', () => {
    const fit = fitLine([1, 2, 3, 4], [3, 5, 7, 9]);
    expect(fit.slope).toBeCloseTo(2, 12);
    expect(fit.intercept).toBeCloseTo(1, 12);
    expect(fit.r2).toBeCloseTo(1, 12);
  });

  it('matches the textbook least-squares answer on noisy points', () => {
    const fit = fitLine([0, 1, 2, 3], [1, 2, 2, 4]);
    expect(fit.slope).toBeCloseTo(0.9, 12);
    expect(fit.intercept).toBeCloseTo(0.9, 12);
    expect(fit.r2).toBeCloseTo(20.25 / 23.75, 12);
  });

  it('passes through the mean point and keeps R² in [0, 1]', () => {
    const pts = fc.array(fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: 1e3, noNaN: true })), { minLength: 2, maxLength: 30 })
      .filter((p) => Math.max(...p.map(([x]) => x)) - Math.min(...p.map(([x]) => x)) > 1e-3);
    fc.assert(fc.property(pts, (p) => {
      const xs = p.map(([x]) => x);
      const ys = p.map(([, y]) => y);
      const fit = fitLine(xs, ys);
      const mx = xs.reduce((a, b) => a + b) / xs.length;
      const my = ys.reduce((a, b) => a + b) / ys.length;
      return Math.abs(extrapolate(fit, mx) - my) < 1e-6 * (1 + Math.abs(my)) && fit.r2 >= 0 && fit.r2 <= 1;
    }));
  });

  it('refuses fewer than two points, unequal lengths and a single x value', () => {
    expect(() => fitLine([1], [1])).toThrow(RangeError);
    expect(() => fitLine([1, 2], [1])).toThrow('invalid ys.length: 1 (expected the length of xs, 2)');
    expect(() => fitLine([2, 2, 2], [1, 2, 3])).toThrow('invalid xs: all equal to 2');
  });
});

describe('fitLogistic', () => {
  it('recovers the midpoint and slope of exact logistic data', () => {
    const xs = [8, 8.5, 9, 9.5, 10, 10.5, 11, 11.5, 12];
    const ys = xs.map((x) => 0.25 + 0.75 * logistic(3 * (x - 10.2)));
    const fit = fitLogistic(xs, ys, { floor: 0.25 });
    expect(fit.midpoint).toBeCloseTo(10.2, 4);
    expect(fit.slope).toBeCloseTo(3, 3);
    expect(fit.rss).toBeLessThan(1e-12);
  });

  it('fits a falling curve with a negative slope', () => {
    const xs = [0, 1, 2, 3, 4, 5];
    const ys = xs.map((x) => logistic(-2 * (x - 2.5)));
    expect(fitLogistic(xs, ys).slope).toBeCloseTo(-2, 3);
  });

  it('keeps midpoint and slope finite and bounded even for flat points near the floor', () => {
    const fit = fitLogistic([8, 9, 10], [0, 0.001, 0]);
    expect(Number.isFinite(fit.midpoint) && Number.isFinite(fit.slope)).toBe(true);
    expect(Math.abs(fit.slope)).toBeLessThanOrEqual(50);
  });

  it('never returns NaN on random points', () => {
    const pts = fc.array(fc.tuple(fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 2, maxLength: 12 })
      .filter((p) => Math.max(...p.map(([x]) => x)) - Math.min(...p.map(([x]) => x)) > 1e-3);
    fc.assert(fc.property(pts, (p) => {
      const fit = fitLogistic(p.map(([x]) => x), p.map(([, y]) => y));
      return [fit.midpoint, fit.slope, fit.rss].every(Number.isFinite);
    }), { numRuns: 60 });
  });

  it('stays finite when the x values are almost equal', () => {
    const fit = fitLogistic([0, 5e-324, 1e-300], [0, 1, 0.5]);
    expect([fit.midpoint, fit.slope, fit.rss].every(Number.isFinite)).toBe(true);
  });

  it('rejects a ceiling not above the floor', () => {
    expect(() => fitLogistic([1, 2], [0, 1], { floor: 1, ceiling: 1 })).toThrow('invalid ceiling: 1');
  });
});

describe('extrapolate', () => {
  it('evaluates a line fit beyond the fitted range', () => {
    const fit = fitLine([1, 2], [1, 2]);
    expect(extrapolate(fit, 10)).toBeCloseTo(10, 12);
    expect(extrapolate(fit, [3, 4])).toEqual([3, 4]);
  });

  it('evaluates a logistic fit at its midpoint as halfway', () => {
    expect(extrapolate({ kind: 'logistic', midpoint: 2, slope: 5, floor: 0.2, ceiling: 1, rss: 0 }, 2)).toBeCloseTo(0.6, 12);
  });

  it('rejects a non-finite x', () => {
    expect(() => extrapolate(fitLine([1, 2], [1, 2]), NaN)).toThrow(RangeError);
  });
});
