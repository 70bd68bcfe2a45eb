import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  PF_DAY, chinchillaLoss, chinchillaOptimal, chinchillaPublished, chinchillaReplication, kaplan,
  kaplanLossFromParameters, kaplanLossFromTokens, kaplanOptimal, knownModels, trainingFlops,
} from '../../src/sim/scaling-laws';

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
});

describe('Kaplan et al. 2020', () => {
  it('L(N) is 1 at N_c and (N_c/N)^0.076 elsewhere', () => {
    expect(kaplanLossFromParameters(kaplan.nc)).toBe(1);
    expect(kaplanLossFromParameters(1e9)).toBeCloseTo(Math.pow(8.8e4, 0.076), 12);
    expect(kaplanLossFromTokens(5.4e13)).toBe(1);
  });

  it('the compute-efficient model grows as C^0.73, its data as C^0.27', () => {
    const a = kaplanOptimal(1e21);
    const b = kaplanOptimal(1e22);
    expect(b.parameters / a.parameters).toBeCloseTo(Math.pow(10, 0.73), 10);
    expect(b.tokens / a.tokens).toBeCloseTo(Math.pow(10, 0.27), 10);
    expect(kaplanOptimal(PF_DAY).parameters).toBeCloseTo(1.3e9, -3);
  });

  it('spends C = 6ND exactly', () => {
    const { parameters, tokens } = kaplanOptimal(3.14e23);
    expect(trainingFlops(parameters, tokens)).toBeCloseTo(3.14e23, -12);
  });

  it('gives far fewer tokens per parameter than Chinchilla', () => {
    expect(kaplanOptimal(1e21).tokensPerParameter).toBeCloseTo(2.76, 2);
    expect(kaplanOptimal(1e25).tokensPerParameter).toBeLessThan(0.05);
  });
});

describe('chinchillaOptimal', () => {
  it('matches a numeric minimisation of the loss under C = 6ND', () => {
    for (const compute of [1e19, 1e21, 1e23, 1e25]) {
      for (const fit of [chinchillaPublished, chinchillaReplication]) {
        expect(chinchillaOptimal(compute, fit).parameters / numericOptimum(compute, fit)).toBeCloseTo(1, 5);
      }
    }
  });

  it('with the published fit gives ≈ 50 tokens per parameter at 1e21 FLOPs and ≈ 120 at 1e25, not 20', () => {
    expect(chinchillaOptimal(1e21).tokensPerParameter).toBeCloseTo(50.1, 0);
    expect(chinchillaOptimal(1e25).tokensPerParameter).toBeCloseTo(122.1, 0);
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
      return Math.abs(trainingFlops(o.parameters, o.tokens) / compute - 1) < 1e-9 &&
        Math.abs(o.loss - chinchillaLoss(o.parameters, o.tokens)) < 1e-12 && o.loss > chinchillaPublished.e;
    }));
  });

  it('rates Chinchilla below Gopher at similar compute', () => {
    const [, gopher, chinchilla] = knownModels;
    expect(chinchillaLoss(chinchilla!.parameters, chinchilla!.tokens)).toBeLessThan(chinchillaLoss(gopher!.parameters, gopher!.tokens));
  });

  it('rejects a non-positive budget', () => {
    expect(() => chinchillaOptimal(0)).toThrow('invalid compute: 0 (expected compute > 0)');
  });
});
