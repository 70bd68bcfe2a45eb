import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atLeastK, chainSuccess, chainSuccessRise, majorityVote } from '@/sim/chain';

const prob = fc.double({ min: 0, max: 1, noNaN: true });

/** The double p as an exact fraction a/b, b a power of two. */
function exactFraction(p: number): [bigint, bigint] {
  let a = p;
  let e = 0;
  while (!Number.isInteger(a)) {
    a *= 2;
    e++;
  }
  return [BigInt(a), 2n ** BigInt(e)];
}

/** num/den correctly rounded to a double (to within an ulp), for 0 ≤ num ≤ den. */
function toNumber(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = Math.max(0, 80 + den.toString(2).length - num.toString(2).length);
  return Number((num << BigInt(shift)) / den) / 2 ** shift;
}

/** P(X ≥ k) for every k = 0 … n, X ~ Binomial(n, p), from exact integer sums of C(n, i)·a^i·(b − a)^(n − i) / b^n. */
function exactUpperTails(p: number, n: number): number[] {
  const [a, b] = exactFraction(p);
  const powA = [1n];
  const powB = [1n];
  for (let i = 1; i <= n; i++) {
    powA.push(powA[i - 1]! * a);
    powB.push(powB[i - 1]! * (b - a));
  }
  const den = b ** BigInt(n);
  const tails = new Array<number>(n + 1);
  let choose = 1n;
  const terms: bigint[] = [];
  for (let i = 0; i <= n; i++) {
    terms.push(choose * powA[i]! * powB[n - i]!);
    choose = (choose * BigInt(n - i)) / BigInt(i + 1);
  }
  let suffix = 0n;
  for (let k = n; k >= 0; k--) {
    suffix += terms[k]!;
    tails[k] = toNumber(suffix, den);
  }
  return tails;
}

/** Largest relative error of atLeastK(p, n, ·) against the exact sums, over every k whose tail is a normal double. */
function worstRelativeError(p: number, n: number): number {
  const exact = exactUpperTails(p, n);
  let worst = 0;
  for (let k = 0; k <= n; k++) {
    const want = exact[k]!;
    if (want < 1e-300) continue;
    worst = Math.max(worst, Math.abs(atLeastK(p, n, k) - want) / want);
  }
  return worst;
}

describe('chainSuccess', () => {
  it('chainSuccess(p, n) is p^n', () => {
    expect(chainSuccess(0.9, 10)).toBeCloseTo(0.3486784401, 12);
    expect(chainSuccess(0.5, 3)).toBe(0.125);
  });

  it('is 1 for an empty chain, even at p = 0', () => {
    expect(chainSuccess(0, 0)).toBe(1);
  });

  it('p^n rises with p for every n', () => {
    fc.assert(fc.property(prob, prob, fc.nat(1000), (a, b, n) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return chainSuccess(lo, n) <= chainSuccess(hi, n);
    }));
  });

  it('is 0 at p = 0 and 1 at p = 1 for n ≥ 1', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1e9 }), (n) => chainSuccess(0, n) === 0 && chainSuccess(1, n) === 1));
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

  it('matches exact integer sums to 1e-12 relative for every k, n ≤ 60', () => {
    for (const n of [1, 2, 3, 4, 7, 12, 25, 60]) {
      for (const p of [0.001, 0.1, 0.3, 0.5, 0.77, 0.999]) expect(worstRelativeError(p, n)).toBeLessThan(1e-12);
    }
  });

  it('stays accurate at n = 1,000, down to tails of 1e-300', () => {
    for (const p of [0.25, 0.5, 0.7]) expect(worstRelativeError(p, 1000)).toBeLessThan(1e-12);
  });

  it('does not drift at n = 1,000: P(X ≥ k) + P(X ≤ k − 1) = 1 and no value exceeds 1', () => {
    for (const p of [0.125, 0.375, 0.5, 0.8125]) {
      for (let k = 1; k <= 1000; k++) {
        const upper = atLeastK(p, 1000, k);
        // P(X ≤ k − 1) = P(1000 − X ≥ 1001 − k), and 1000 − X ~ Binomial(1000, 1 − p); 1 − p is exact for these p.
        const lower = atLeastK(1 - p, 1000, 1001 - k);
        expect(upper).toBeLessThanOrEqual(1);
        expect(Math.abs(upper + lower - 1)).toBeLessThan(1e-14);
      }
    }
  });

  it('keeps a tiny tail instead of rounding 1 − (sum of the rest) to noise', () => {
    // P(X ≥ 241), X ~ Binomial(1000, 1/128), is about 1e-270: far below the rounding error of 1 − P(X ≤ 240).
    const want = exactUpperTails(1 / 128, 1000)[241]!;
    expect(want).toBeLessThan(1e-250);
    expect(atLeastK(1 / 128, 1000, 241) / want).toBeCloseTo(1, 12);
  });

  it('is 0 at p = 0 and 1 at p = 1 for every k ≥ 1', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(), (n, seed) => {
      const k = 1 + (seed % n);
      return atLeastK(0, n, k) === 0 && atLeastK(1, n, k) === 1;
    }));
  });

  it('rises with p', () => {
    fc.assert(fc.property(prob, prob, fc.integer({ min: 1, max: 1000 }), fc.nat(), (a, b, n, seed) => {
      const k = seed % (n + 1);
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return atLeastK(lo, n, k) <= atLeastK(hi, n, k) * (1 + 1e-12);
    }));
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

  it('matches exact integer sums, ties counted half', () => {
    for (const k of [1, 2, 3, 4, 9, 10, 51, 100]) {
      for (const p of [0.2, 0.5, 0.55, 0.9]) {
        const tails = exactUpperTails(p, k);
        const tie = k % 2 === 0 ? (tails[k / 2]! - tails[k / 2 + 1]!) / 2 : 0;
        const want = tails[Math.floor(k / 2) + 1]! + tie;
        expect(Math.abs(majorityVote(p, k) - want)).toBeLessThan(1e-14);
      }
    }
  });

  it('is 0 at p = 0, 1 at p = 1, and stays in [0, 1]', () => {
    fc.assert(fc.property(prob, fc.integer({ min: 1, max: 2000 }), (p, k) => {
      const v = majorityVote(p, k);
      return majorityVote(0, k) === 0 && majorityVote(1, k) === 1 && v >= 0 && v <= 1;
    }));
  });

  it('rejects zero samples', () => {
    expect(() => majorityVote(0.5, 0)).toThrow(RangeError);
  });
});

describe('chainSuccessRise', () => {
  it('puts p^n at one half at its midpoint and rises from 0.1 to 0.9 across its width', () => {
    for (const n of [1, 3, 10, 30]) {
      const { midpoint, width } = chainSuccessRise(n);
      expect(chainSuccess(midpoint, n)).toBeCloseTo(0.5, 12);
      const low = Math.pow(0.1, 1 / n);
      expect(chainSuccess(low, n)).toBeCloseTo(0.1, 12);
      expect(chainSuccess(low + width, n)).toBeCloseTo(0.9, 12);
    }
  });

  it('narrows as the chain grows: against p, longer chains rise more steeply', () => {
    const widths = [1, 3, 10, 30].map((n) => chainSuccessRise(n).width);
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeLessThan(widths[i - 1]!);
    expect(widths[0]).toBeCloseTo(0.8, 12);
  });
});
