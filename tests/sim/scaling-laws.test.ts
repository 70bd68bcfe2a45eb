import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PF_DAY, chinchillaLoss, chinchillaOptimal, chinchillaPublished, chinchillaReplication, kaplan,
  kaplanLoss, kaplanLossData, kaplanOptimal, knownModels, trainingFlops,
} from '@/sim/scaling-laws';

/** Minimises L(N, C/(6N)) over log N by golden-section search, independent of the closed form. */
function numericOptimum(compute: number, fit = chinchillaPublished): number {
  const loss = (logN: number) => chinchillaLoss(Math.exp(logN), compute / 6 / Math.exp(logN), fit);
  let lo = Math.log(1e3);
  let hi = Math.log(compute / 6 / 1e3);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 200; i++) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (loss(a) < loss(b)) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}

describe('trainingFlops', () => {
  it('is 6·N·D', () => {
    expect(trainingFlops(70e9, 1.4e12)).toBeCloseTo(5.88e23, -20);
  });

  it('names N and D when it rejects them', () => {
    expect(() => trainingFlops(0, 1)).toThrow('invalid N: 0 (expected N > 0)');
    expect(() => trainingFlops(1, -1)).toThrow('invalid D: -1 (expected D > 0)');
  });
});

describe('Kaplan et al. 2020', () => {
  it('L(N) is 1 at N_c and (N_c/N)^0.076 elsewhere; L(D) is 1 at D_c', () => {
    expect(kaplanLoss(kaplan.nc)).toBe(1);
    expect(kaplanLoss(1e9)).toBeCloseTo(Math.pow(8.8e4, 0.076), 12);
    expect(kaplanLossData(5.4e13)).toBe(1);
    expect(kaplanLossData(5.4e11)).toBeCloseTo(Math.pow(100, 0.095), 12);
  });

  it('the compute-efficient model grows as C^0.73, its data as C^0.27', () => {
    const a = kaplanOptimal(1e21);
    const b = kaplanOptimal(1e22);
    expect(b.params / a.params).toBeCloseTo(Math.pow(10, 0.73), 10);
    expect(b.tokens / a.tokens).toBeCloseTo(Math.pow(10, 0.27), 10);
  });

  it('is 1.3e9 parameters at C_min = 1 PF-day, that is 2 PF-days spent at the critical batch size', () => {
    expect(kaplanOptimal(2 * PF_DAY).params).toBeCloseTo(1.3e9, -3);
  });

  it('gives the 4.68 billion parameters at 1e21 FLOPs that Hoffmann et al. (2022, App. D.4) derive from it', () => {
    expect(kaplanOptimal(1e21).params / 1e9).toBeCloseTo(4.68, 2);
  });

  it('spends C = 6ND exactly', () => {
    const { params, tokens } = kaplanOptimal(3.14e23);
    expect(trainingFlops(params, tokens)).toBeCloseTo(3.14e23, -12);
  });

  it('gives far fewer tokens per parameter than Chinchilla, falling with compute', () => {
    expect(kaplanOptimal(1e21).tokensPerParameter).toBeCloseTo(7.6, 1);
    expect(kaplanOptimal(1e25).tokensPerParameter).toBeCloseTo(0.11, 2);
  });

  it('rejects a budget below one parameter times one token', () => {
    expect(() => kaplanOptimal(1)).toThrow('invalid C: 1 (expected C ≥ 6)');
  });
});

describe('chinchillaOptimal', () => {
  it('matches a numeric minimisation of the loss under C = 6ND', () => {
    for (const compute of [1e19, 1e21, 1e23, 1e25]) {
      for (const fit of [chinchillaPublished, chinchillaReplication]) {
        expect(chinchillaOptimal(compute, fit).params / numericOptimum(compute, fit)).toBeCloseTo(1, 5);
      }
    }
  });

  it('with the published fit gives ≈ 50 tokens per parameter at 1e21 FLOPs and ≈ 120 at 1e25, not 20', () => {
    expect(chinchillaOptimal(1e21).tokensPerParameter).toBeCloseTo(50.1, 0);
    expect(chinchillaOptimal(1e25).tokensPerParameter).toBeCloseTo(122.1, 0);
    let previous = 0;
    for (const compute of [1e21, 1e22, 1e23, 1e24, 1e25]) {
      const { tokensPerParameter } = chinchillaOptimal(compute);
      expect(tokensPerParameter).toBeGreaterThan(Math.max(45, previous));
      previous = tokensPerParameter;
    }
  });

  it('with the replication fit of Besiroglu et al. 2024 gives ≈ 17–22 tokens per parameter', () => {
    for (const compute of [1e21, 1e22, 1e23, 1e24, 1e25]) {
      const { tokensPerParameter } = chinchillaOptimal(compute, chinchillaReplication);
      expect(tokensPerParameter).toBeGreaterThan(17);
      expect(tokensPerParameter).toBeLessThan(22);
    }
  });

  it('spends the whole budget and reports the loss at the optimum', () => {
    fc.assert(fc.property(fc.double({ min: 1e15, max: 1e30, noNaN: true }), (compute) => {
      const o = chinchillaOptimal(compute);
      return Math.abs(trainingFlops(o.params, o.tokens) / compute - 1) < 1e-9 &&
        Math.abs(o.loss - chinchillaLoss(o.params, o.tokens)) < 1e-12 && o.loss > chinchillaPublished.e;
    }));
  });

  it('rates Chinchilla below Gopher at similar compute', () => {
    const [, gopher, chinchilla] = knownModels;
    expect(chinchillaLoss(chinchilla!.parameters, chinchilla!.tokens)).toBeLessThan(chinchillaLoss(gopher!.parameters, gopher!.tokens));
  });

  it('rejects a budget below 6 FLOPs and a malformed fit', () => {
    expect(() => chinchillaOptimal(0)).toThrow('invalid C: 0 (expected C ≥ 6)');
    expect(() => chinchillaOptimal(1e21, { ...chinchillaPublished, alpha: 0 })).toThrow('invalid fit.alpha: 0 (expected fit.alpha > 0)');
  });

  it('uses the published constants of both fits', () => {
    expect(chinchillaPublished).toEqual({ e: 1.69, a: 406.4, b: 410.7, alpha: 0.34, beta: 0.28 });
    expect(chinchillaReplication).toEqual({ e: 1.8172, a: 482.01, b: 2085.43, alpha: 0.3478, beta: 0.3658 });
  });
});
