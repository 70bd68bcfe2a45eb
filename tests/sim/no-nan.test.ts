import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import * as sim from '@/sim/index';

/** Any double, NaN and ±Infinity included, to probe the edges of every scalar function. */
const anything = fc.oneof(
  fc.double(),
  fc.constantFrom(0, 1, -1, 0.5, 2, 1e-300, 1e300, NaN, Infinity, -Infinity),
  fc.integer({ min: -5, max: 60 }),
);

const scalarFunctions: Record<string, (a: number, b: number, c: number) => unknown> = {
  tokenLoss: (a) => sim.tokenLoss(a),
  tokenProbability: (a) => sim.tokenProbability(a),
  logisticInLogScale: (a, b, c) => sim.logisticInLogScale(a, { width: b, floor: c, ceiling: -c }),
  tokenLossOptions: (a, b, c) => sim.tokenLoss(a, { Nc: b, alpha: c }),
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
  kaplanLoss: (a) => sim.kaplanLoss(a),
  kaplanLossData: (a) => sim.kaplanLossData(a),
  kaplanOptimal: (a) => Object.values(sim.kaplanOptimal(a)),
  chinchillaLoss: (a, b) => sim.chinchillaLoss(a, b),
  chinchillaOptimal: (a) => Object.values(sim.chinchillaOptimal(a)),
  chinchillaOptimalReplication: (a) => Object.values(sim.chinchillaOptimal(a, sim.chinchillaReplication)),
  composite: (a, b, c) => {
    const { skills, composite } = sim.composite([{ midpoint: a, slope: b, floor: c, ceiling: 1 - c }, { midpoint: b }], c);
    return [...skills, composite];
  },
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

describe('domain edges', () => {
  const edgeP = fc.constantFrom(0, 1, Number.MIN_VALUE, 1 - Number.EPSILON / 2, 0.5);

  it('p = 0 and p = 1 give exact answers', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), (n) =>
      sim.chainSuccess(0, n) === 0 && sim.chainSuccess(1, n) === 1 &&
      sim.atLeastK(0, n, 1) === 0 && sim.atLeastK(1, n, n) === 1 &&
      sim.majorityVote(0, n) === 0 && sim.majorityVote(1, n) === 1 &&
      sim.expectedExactMatch(1, n) === 1 && sim.expectedEditDistance(0, n) === n &&
      sim.logLikelihood(1, n) === 0 && sim.brierScore(1) === 0 && sim.multipleChoiceGrade(1) === 1));
  });

  it('n = 0 is the empty task: certain success, no errors', () => {
    fc.assert(fc.property(edgeP, (p) =>
      sim.chainSuccess(p, 0) === 1 && sim.atLeastK(p, 0, 0) === 1 && sim.expectedExactMatch(p, 0) === 1 &&
      sim.expectedEditDistance(p, 0) === 0 && sim.logLikelihood(p, 0) === 0 && sim.chanceOfZeroScore(p, 0) === 1));
  });

  it('huge N gives finite losses and curves at their limits', () => {
    fc.assert(fc.property(fc.double({ min: 1e15, max: Number.MAX_VALUE, noNaN: true }), (N) => {
      const loss = sim.tokenLoss(N);
      const kaplan = sim.kaplanLoss(N);
      const curve = sim.logisticInLogScale(N, { midpoint: 1e10, width: 1, floor: 0.25, ceiling: 0.9 });
      const chinchilla = sim.chinchillaLoss(N, N);
      return loss > 0 && loss < 1 && kaplan > 0 && kaplan < 1 && Math.abs(curve - 0.9) < 1e-4 &&
        chinchilla >= sim.chinchillaPublished.e && Number.isFinite(chinchilla);
    }));
    expect(sim.tokenProbability(sim.tokenLoss(Number.MAX_VALUE))).toBeCloseTo(1, 6);
    expect(sim.chinchillaOptimal(Number.MAX_VALUE).params).toBeGreaterThan(0);
    expect(sim.kaplanOptimal(Number.MAX_VALUE).tokens).toBeGreaterThan(0);
  });

  it('the interval and the resolution of a one-item test are exact', () => {
    expect(sim.wilsonInterval(0, 1).lower).toBe(0);
    expect(sim.wilsonInterval(1, 1).upper).toBe(1);
    expect(sim.resolutionFloor(1)).toBe(1);
  });
});

describe('arguments of the wrong kind', () => {
  const junk = [null, undefined, {}, 'x', NaN, -1, [NaN], () => NaN, () => 2] as unknown[];
  const calls: Record<string, (x: any) => unknown> = {
    levenshtein: (x) => sim.levenshtein(x, 'abc'),
    exactMatch: (x) => sim.exactMatch('abc', x),
    extrapolate: (x) => sim.extrapolate(x, 1),
    sampleAccuracy: (x) => sim.sampleAccuracy(0.5, 10, x),
    randomGrid: (x) => sim.randomGrid(0.5, 4, x),
    spanningProbability: (x) => sim.spanningProbability(0.5, 4, 2, x),
    percolates: (x) => sim.percolates(x),
    composite: (x) => sim.composite(x, 10),
    fitLine: (x) => sim.fitLine(x, [1, 2]),
    widthSweep: (x) => sim.widthSweep(x),
    randomInt: (x) => sim.randomInt(x, 3),
    randomNormal: (x) => sim.randomNormal(x),
    'UnionFind.find': (x) => new sim.UnionFind(4).find(x),
    'UnionFind.union': (x) => new sim.UnionFind(4).union(0, x),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(`${name} throws a RangeError naming the argument, or returns no NaN`, () => {
      for (const x of junk) {
        let out: unknown;
        try {
          out = call(x);
        } catch (error) {
          expect(error, `${name}(${String(x)})`).toBeInstanceOf(RangeError);
          expect((error as Error).message).toMatch(/^invalid [\w.[\]()]+: /);
          continue;
        }
        expect(Number.isNaN(out), `${name}(${String(x)})`).toBe(false);
      }
    });
  }
});
