import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GrokkingModel, grokStep, keyFrequencies, memorisedStep, type GrokkingPoint } from '@/sim/grokking';
import { checkGradients } from './gradient-check';

const finitePoint = (p: GrokkingPoint) =>
  [p.trainLoss, p.trainAccuracy, p.testLoss, p.testAccuracy, p.weightNorm, p.keyFrequencies, ...p.spectrum].every(Number.isFinite);

describe('GrokkingModel backward pass', () => {
  const shapes = [
    { modulus: 5, embedding: 3, hidden: 4, trainFraction: 0.6 },
    { modulus: 7, embedding: 4, hidden: 6, trainFraction: 0.4 },
    { modulus: 11, embedding: 2, hidden: 3, trainFraction: 0.3 },
    { modulus: 13, embedding: 5, hidden: 8, trainFraction: 0.8 },
  ];
  for (const shape of shapes) {
    it(`matches central finite differences for every entry of every tensor (${JSON.stringify(shape)})`, () => {
      const model = new GrokkingModel({ ...shape, seed: 5 });
      model.step(3);
      const checks = checkGradients(model.tensors, () => model.lossAndGradients());
      expect(checks.map((c) => c.tensor)).toEqual(['embedding', 'hidden', 'hidden bias', 'read-out', 'read-out bias']);
      for (const check of checks) expect(check.worst, check.tensor).toBeLessThan(1e-4);
    });
  }
});

describe('GrokkingModel', () => {
  it('splits the p² pairs into disjoint train and test sets of the asked-for sizes', () => {
    const model = new GrokkingModel({ modulus: 11, trainFraction: 0.3, seed: 2 });
    expect(model.train.length).toBe(Math.round(0.3 * 121));
    expect(model.train.length + model.test.length).toBe(121);
    expect(new Set([...model.train, ...model.test]).size).toBe(121);
    expect(new GrokkingModel({ modulus: 11, trainFraction: 0.3, seed: 3 }).train).not.toEqual(model.train);
  });

  it('is deterministic for a seed, and another seed differs', () => {
    const a = new GrokkingModel({ modulus: 11, seed: 9 });
    const b = new GrokkingModel({ modulus: 11, seed: 9 });
    a.step(12);
    b.step(6);
    b.step(6);
    expect(a.evaluate()).toEqual(b.evaluate());
    const c = new GrokkingModel({ modulus: 11, seed: 10 });
    c.step(12);
    expect(c.evaluate()).not.toEqual(a.evaluate());
  });

  it('gives a spectrum of shares over the (p − 1)/2 frequencies, and counts the key ones', () => {
    const point = new GrokkingModel({ modulus: 13 }).evaluate();
    expect(point.spectrum).toHaveLength(6);
    expect(point.spectrum.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(keyFrequencies([0.5, 0.3, 0.1, 0.1])).toBe(2);
    expect(keyFrequencies([0.25, 0.25, 0.25, 0.25])).toBe(4);
  });

  it('rejects settings it cannot train, naming the setting', () => {
    expect(() => new GrokkingModel({ modulus: 12 })).toThrow(/modulus/);
    expect(() => new GrokkingModel({ trainFraction: 1 })).toThrow(/trainFraction/);
    expect(() => new GrokkingModel({ weightDecay: -1 })).toThrow(/weightDecay/);
    expect(() => new GrokkingModel({ learningRate: 0.5, weightDecay: 2 })).toThrow(/learningRate/);
  });

  it('never produces NaN or infinity, for any setting the controls reach and any seed', () => {
    fc.assert(
      fc.property(
        fc.record({
          trainFraction: fc.double({ min: 0.05, max: 0.95, noNaN: true }),
          weightDecay: fc.double({ min: 0, max: 5, noNaN: true }),
          learningRate: fc.double({ min: 1e-4, max: 0.1, noNaN: true }),
          seed: fc.integer({ min: -1000, max: 1000 }),
          modulus: fc.constantFrom(5, 7, 11, 13),
        }),
        (options) => {
          const model = new GrokkingModel({ ...options, embedding: 4, hidden: 6 });
          return Number.isFinite(model.step(20)) && finitePoint(model.evaluate());
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('grokking (default setting)', () => {
  // One run, measured every 25 steps (as the widget measures from step 100 on), to 500 steps past the jump.
  const model = new GrokkingModel();
  const history = [model.evaluate()];
  const run = () => {
    if (history.length > 1) return;
    while (model.steps < 3000) {
      model.step(25);
      history.push(model.evaluate());
      const grokked = grokStep(history);
      if (grokked !== undefined && model.steps >= grokked + 500) break;
    }
  };

  it('memorises early, stays near chance on the test set, then generalises as the embedding turns sparse in frequency', () => {
    run();
    const memorised = memorisedStep(history)!;
    const grokked = grokStep(history)!;
    expect(memorised).toBeLessThanOrEqual(200);
    expect(grokked).toBeDefined();
    expect(grokked).toBeGreaterThan(3 * memorised);
    // Long after memorising, the test set is still near chance (1/47).
    expect(history.find((p) => p.step === 400)!.testAccuracy).toBeLessThan(0.05);
    expect(history.find((p) => p.step === grokked)!.keyFrequencies).toBeLessThan(history[0]!.keyFrequencies / 2);
  }, 180_000);

  it('the weight norm grows through memorisation into the climb of test accuracy, peaks during the climb, and falls as test accuracy passes 90 % and after', () => {
    run();
    const memorised = memorisedStep(history)!;
    const grokked = grokStep(history)!;
    const peak = history.reduce((best, p) => (p.weightNorm > best.weightNorm ? p : best));
    const at = (step: number) => history.find((p) => p.step === step)!;
    // Still growing after the training set is memorised: no clean-up before the climb begins.
    expect(peak.step).toBeGreaterThan(memorised);
    expect(peak.weightNorm).toBeGreaterThan(at(memorised).weightNorm);
    // The peak comes while test accuracy is partway up: well above chance, not yet at 90 %.
    expect(peak.testAccuracy).toBeGreaterThan(0.1);
    expect(peak.testAccuracy).toBeLessThan(0.9);
    expect(peak.step).toBeLessThan(grokked);
    // From the peak on the norm falls, through the rest of the climb and after it.
    const after = history.filter((p) => p.step >= peak.step + 100);
    for (let i = 1; i < after.length; i++) expect(after[i]!.weightNorm).toBeLessThan(after[i - 1]!.weightNorm);
    expect(at(grokked).weightNorm).toBeLessThan(peak.weightNorm);
    // The fall is a few per cent of the norm, not a collapse.
    expect(history.at(-1)!.weightNorm).toBeGreaterThan(0.85 * peak.weightNorm);
  }, 180_000);
});
