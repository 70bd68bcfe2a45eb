import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import * as sim from '../../src/sim/index';

/** Any double, NaN and ±Infinity included, to probe the edges of every scalar function. */
const anything = fc.oneof(
  fc.double(),
  fc.constantFrom(0, 1, -1, 0.5, 2, 1e-300, 1e300, NaN, Infinity, -Infinity),
  fc.integer({ min: -5, max: 60 }),
);

const scalarFunctions: Record<string, (a: number, b: number, c: number) => unknown> = {
  tokenLoss: (a) => sim.tokenLoss(a),
  tokenProbability: (a) => sim.tokenProbability(a),
  logisticInLogScale: (a, b) => sim.logisticInLogScale(a, { slope: b }),
  chainSuccess: (a, b) => sim.chainSuccess(a, b),
  atLeastK: (a, b, c) => sim.atLeastK(a, b, c),
  majorityVote: (a, b) => sim.majorityVote(a, b),
  expectedExactMatch: (a, b) => sim.expectedExactMatch(a, b),
  expectedEditDistance: (a, b) => sim.expectedEditDistance(a, b),
  logLikelihood: (a, b) => sim.logLikelihood(a, b),
  multipleChoiceGrade: (a, b, c) => sim.multipleChoiceGrade(a, { length: b, itemNoise: c }),
  brierScore: (a, b, c) => sim.brierScore(a, { choices: c, length: b }),
  wilsonInterval: (a, b, c) => Object.values(sim.wilsonInterval(a, b, c)),
  resolutionFloor: (a) => sim.resolutionFloor(a),
  chanceOfZeroScore: (a, b) => sim.chanceOfZeroScore(a, b),
  compositionalCapability: (a, b, c) => Object.values(sim.compositionalCapability(a, { coefficient: b, base: c })),
  trainingFlops: (a, b) => sim.trainingFlops(a, b),
  kaplanLossFromParameters: (a) => sim.kaplanLossFromParameters(a),
  kaplanLossFromTokens: (a) => sim.kaplanLossFromTokens(a),
  kaplanOptimal: (a) => Object.values(sim.kaplanOptimal(a)),
  chinchillaLoss: (a, b) => sim.chinchillaLoss(a, b),
  chinchillaOptimal: (a) => Object.values(sim.chinchillaOptimal(a)),
  onsagerMagnetization: (a) => sim.onsagerMagnetization(a),
  fitLine: (a, b, c) => Object.values(sim.fitLine([a, b, c], [c, a, b])),
  fitLogistic: (a, b, c) => Object.values(sim.fitLogistic([0, 1, 2], [a, b, c])),
};

describe('every exported scalar function', () => {
  for (const [name, fn] of Object.entries(scalarFunctions)) {
    it(`${name} either throws a RangeError or returns no NaN`, () => {
      fc.assert(fc.property(anything, anything, anything, (a, b, c) => {
        let out: unknown;
        try {
          out = fn(a, b, c);
        } catch (error) {
          return error instanceof RangeError;
        }
        const values = (Array.isArray(out) ? out : [out]).filter((v) => typeof v === 'number');
        return values.every((v) => !Number.isNaN(v));
      }), { numRuns: 300 });
    });
  }

  it('draws every random number from the seeded generator, none from the global one', () => {
    const global = vi.spyOn(Math, 'random');
    try {
      const r = sim.rng(1);
      sim.sampleAccuracy(0.5, 10, r);
      sim.spanningProbability(0.6, 8, 3, r);
      sim.createIsing({ size: 8 }).sweep(2);
      sim.createIsing({ size: 8 }).wolff(2);
      sim.createFlock({ n: 20 }).step(2);
      sim.trainAdder({ width: 2, steps: 2, testSize: 5 });
      expect(global).not.toHaveBeenCalled();
    } finally {
      global.mockRestore();
    }
  });
});
