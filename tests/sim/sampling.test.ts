import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rng } from '@/sim/rng';
import { chanceOfZeroScore, differenceInterval, resolutionFloor, sampleAccuracy, wilsonInterval } from '@/sim/sampling';

describe('sampleAccuracy', () => {
  it('is deterministic for a seed', () => {
    expect(sampleAccuracy(0.3, 50, rng(5))).toEqual(sampleAccuracy(0.3, 50, rng(5)));
  });

  it('averages to the true accuracy over many items', () => {
    const { accuracy, items } = sampleAccuracy(0.37, 20_000, rng(1));
    expect(items).toBe(20_000);
    expect(Math.abs(accuracy - 0.37)).toBeLessThan(4 * Math.sqrt((0.37 * 0.63) / 20_000));
  });

  it('reads a 1% model as exactly zero on 10 items most of the time', () => {
    const r = rng(9);
    let zeros = 0;
    for (let i = 0; i < 2000; i++) if (sampleAccuracy(0.01, 10, r).correct === 0) zeros++;
    expect(zeros / 2000).toBeCloseTo(chanceOfZeroScore(0.01, 10), 1);
  });

  it('rejects an empty test set, naming nItems', () => {
    expect(() => sampleAccuracy(0.5, 0, rng(1))).toThrow('invalid nItems: 0 (expected an integer ≥ 1)');
  });

  it('is exact at p = 0 and p = 1', () => {
    expect(sampleAccuracy(0, 30, rng(2)).accuracy).toBe(0);
    expect(sampleAccuracy(1, 30, rng(2)).accuracy).toBe(1);
  });
});

describe('wilsonInterval', () => {
  it('matches the published 95% interval for 0 of 20 and 10 of 20', () => {
    const zero = wilsonInterval(0, 20);
    expect(zero.lower).toBe(0);
    expect(zero.upper).toBeCloseTo(0.1611, 4);
    const half = wilsonInterval(10, 20);
    expect(half.lower).toBeCloseTo(0.2993, 4);
    expect(half.upper).toBeCloseTo(0.7007, 4);
  });

  it('takes z as its third argument: 1.96 by default, wider for larger z', () => {
    expect(wilsonInterval(10, 20, 1.96)).toEqual(wilsonInterval(10, 20));
    const narrow = wilsonInterval(10, 20, 1.645);
    const wide = wilsonInterval(10, 20, 2.576);
    expect(wide.upper - wide.lower).toBeGreaterThan(narrow.upper - narrow.lower);
    // 99% Wilson interval for 10/20: centre 0.5, half-width z·√(1/80 + z²/1600)/(1 + z²/20).
    const z = 2.576;
    const half = (z * Math.sqrt(0.25 / 20 + (z * z) / 1600)) / (1 + (z * z) / 20);
    expect(wide.lower).toBeCloseTo(0.5 - half, 14);
    expect(wide.upper).toBeCloseTo(0.5 + half, 14);
  });

  it('stays inside [0, 1] and contains the point estimate, for any n, successes and z', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), fc.double({ min: 0, max: 100, noNaN: true }), (n, s, z) => {
      const k = s % (n + 1);
      const { lower, upper } = wilsonInterval(k, n, z);
      return lower >= 0 && upper <= 1 && lower <= k / n && upper >= k / n;
    }));
  });

  it('rejects a z outside [0, 100] and a fractional n', () => {
    expect(() => wilsonInterval(1, 10, -1)).toThrow('invalid z: -1 (expected 0 ≤ z ≤ 100)');
    expect(() => wilsonInterval(1, 10, NaN)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 10.5)).toThrow('invalid n: 10.5 (expected an integer ≥ 1)');
  });

  it('narrows as the test set grows', () => {
    const w = (n: number) => { const i = wilsonInterval(n / 2, n); return i.upper - i.lower; };
    expect(w(1000)).toBeLessThan(w(100));
  });

  it('covers the true proportion about 95% of the time', () => {
    const r = rng(4);
    let covered = 0;
    for (let i = 0; i < 2000; i++) {
      const { correct } = sampleAccuracy(0.2, 40, r);
      const { lower, upper } = wilsonInterval(correct, 40);
      if (lower <= 0.2 && 0.2 <= upper) covered++;
    }
    expect(covered / 2000).toBeGreaterThan(0.92);
    expect(covered / 2000).toBeLessThan(0.98);
  });

  it('rejects more successes than trials', () => {
    expect(() => wilsonInterval(5, 4)).toThrow('invalid successes: 5');
  });
});

describe('resolutionFloor and chanceOfZeroScore', () => {
  it('resolutionFloor(n) is 1/n', () => {
    expect(resolutionFloor(200)).toBe(0.005);
  });

  it('chanceOfZeroScore(p, n) is (1 − p)^n', () => {
    expect(chanceOfZeroScore(0.1, 10)).toBeCloseTo(Math.pow(0.9, 10), 14);
  });
});

describe('differenceInterval', () => {
  it('matches Newcombe’s (1998) published hybrid score intervals', () => {
    const a = differenceInterval(48, 80, 56, 70);
    expect(a.lower).toBeCloseTo(0.0524, 4);
    expect(a.upper).toBeCloseTo(0.3339, 4);
    const b = differenceInterval(3, 10, 9, 10);
    expect(b.lower).toBeCloseTo(0.1705, 4);
    expect(b.upper).toBeCloseTo(0.809, 3);
  });

  it('holds the observed difference, and widens as the test sets shrink', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 400 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n1, n2, f1, f2) => {
        const s1 = Math.round(f1 * n1);
        const s2 = Math.round(f2 * n2);
        const { lower, upper } = differenceInterval(s1, n1, s2, n2);
        const d = s2 / n2 - s1 / n1;
        expect(lower).toBeLessThanOrEqual(d + 1e-12);
        expect(upper).toBeGreaterThanOrEqual(d - 1e-12);
        expect(lower).toBeGreaterThanOrEqual(-1 - 1e-12);
        expect(upper).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
    const small = differenceInterval(5, 10, 8, 10);
    const large = differenceInterval(50, 100, 80, 100);
    expect(small.upper - small.lower).toBeGreaterThan(large.upper - large.lower);
  });

  it('tells a jump from sampling noise: 4.9% → 4.1% of 1,319 items is noise, 4.9% → 15% is not', () => {
    const noise = differenceInterval(65, 1319, 54, 1319);
    expect(noise.lower).toBeLessThan(0);
    expect(noise.upper).toBeGreaterThan(0);
    expect(differenceInterval(65, 1319, 198, 1319).lower).toBeGreaterThan(0);
  });
});
