import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { randomInt, randomNormal, rng } from '@/sim/rng';

describe('rng', () => {
  it('repeats its stream for the same seed', () => {
    const a = rng(42);
    const b = rng(42);
    for (let i = 0; i < 100; i++) expect(a()).toBe(b());
  });

  it('gives unrelated streams for nearby seeds, fractional seeds included', () => {
    const firsts = [0, 1, 2, 1.5, -1, 1e9].map((s) => rng(s)());
    expect(new Set(firsts).size).toBe(firsts.length);
  });

  it('stays in [0, 1) for any finite seed', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (seed) => {
      const r = rng(seed);
      for (let i = 0; i < 20; i++) {
        const x = r();
        if (!(x >= 0 && x < 1)) return false;
      }
      return true;
    }));
  });

  it('rejects a seed that is not finite', () => {
    expect(() => rng(NaN)).toThrow(RangeError);
    expect(() => rng(Infinity)).toThrow(RangeError);
  });

  it('is uniform: mean ½ and variance 1/12 within sampling error', () => {
    const r = rng(7);
    const n = 100_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const x = r();
      sum += x;
      sq += x * x;
    }
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(4 * Math.sqrt(1 / 12 / n));
    expect(Math.abs(sq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  it('randomInt covers 0 … n − 1 evenly', () => {
    const r = rng(3);
    const counts = new Array(6).fill(0);
    for (let i = 0; i < 60_000; i++) counts[randomInt(r, 6)]++;
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
    expect(() => randomInt(r, 0)).toThrow(RangeError);
  });

  it('randomNormal has the requested mean and standard deviation', () => {
    const r = rng(11);
    const n = 50_000;
    let sum = 0;
    let sq = 0;
    for (let i = 0; i < n; i++) {
      const x = randomNormal(r, 2, 3);
      sum += x;
      sq += x * x;
    }
    const mean = sum / n;
    expect(mean).toBeCloseTo(2, 1);
    expect(Math.sqrt(sq / n - mean * mean)).toBeCloseTo(3, 1);
  });
});
