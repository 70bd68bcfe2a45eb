import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InductionModel, PHASE_CHANGE_ACCURACY, phaseChangeStep, repeatSequence, type InductionPoint } from '@/sim/induction-heads';
import { rng } from '@/sim/rng';
import { checkGradients } from './gradient-check';

const finitePoint = (point: InductionPoint) =>
  [point.loss, point.repeatLoss, point.firstLoss, point.repeatAccuracy, point.icl, ...point.heads.flatMap((h) => [h.previousToken, h.prefixMatching, h.copying])].every(Number.isFinite);

describe('repeatSequence', () => {
  it('repeats a run of distinct tokens with a period between the bounds', () => {
    const source = rng(4);
    for (let n = 0; n < 50; n++) {
      const { tokens, period } = repeatSequence(source, 20, 30, 5, 9);
      expect(period).toBeGreaterThanOrEqual(5);
      expect(period).toBeLessThanOrEqual(9);
      expect(new Set(tokens.subarray(0, period)).size).toBe(period);
      for (let t = period; t < 30; t++) expect(tokens[t]).toBe(tokens[t - period]);
      expect(Math.max(...tokens)).toBeLessThan(20);
    }
  });
});

describe('InductionModel backward pass', () => {
  const shapes = [
    { vocab: 6, context: 8, dModel: 4, heads: 2, layers: 2, minRepeat: 2, maxRepeat: 4 },
    { vocab: 5, context: 9, dModel: 6, heads: 3, layers: 2, minRepeat: 3, maxRepeat: 4 },
    { vocab: 7, context: 8, dModel: 3, heads: 1, layers: 1, minRepeat: 2, maxRepeat: 4 },
    { vocab: 4, context: 10, dModel: 4, heads: 1, layers: 2, minRepeat: 2, maxRepeat: 3 },
  ];
  for (const shape of shapes) {
    it(`matches central finite differences for every entry of every tensor (${JSON.stringify(shape)})`, () => {
      const model = new InductionModel({ ...shape, batchSize: 3, seed: 7 });
      model.step(3); // away from the symmetric start, with Adam's state in use
      const batch = model.nextBatch();
      const checks = checkGradients(model.tensors, () => model.lossAndGradients(batch));
      expect(checks.map((c) => c.tensor)).toEqual(['embedding', 'positions', 'query', 'key', 'value', 'output', 'unembedding']);
      for (const check of checks) expect(check.worst, check.tensor).toBeLessThan(1e-4);
    });
  }

  it('the check can fail: a perturbed gradient is caught', () => {
    const model = new InductionModel({ vocab: 5, context: 8, dModel: 4, heads: 2, minRepeat: 2, maxRepeat: 4, batchSize: 2 });
    const batch = model.nextBatch();
    const key = model.tensors.find((t) => t.name === 'key')!;
    const checks = checkGradients(model.tensors, () => {
      const loss = model.lossAndGradients(batch);
      key.grad[0] += 0.01;
      return loss;
    });
    expect(checks.find((c) => c.tensor === 'key')!.worst).toBeGreaterThan(1e-3);
  });
});

describe('InductionModel', () => {
  it('is deterministic for a seed, and another seed differs', () => {
    const options = { vocab: 8, context: 12, dModel: 8, batchSize: 4, minRepeat: 3, maxRepeat: 6, evalSequences: 4 };
    const a = new InductionModel({ ...options, seed: 3 });
    const b = new InductionModel({ ...options, seed: 3 });
    a.step(10);
    b.step(5);
    b.step(5);
    expect(a.evaluate()).toEqual(b.evaluate());
    const c = new InductionModel({ ...options, seed: 4 });
    c.step(10);
    expect(c.evaluate()).not.toEqual(a.evaluate());
  });

  it('starts near the loss of a uniform guess, ln(vocab), with no in-context learning', () => {
    const point = new InductionModel().evaluate();
    expect(point.step).toBe(0);
    expect(point.repeatLoss).toBeCloseTo(Math.log(32), 0);
    expect(Math.abs(point.icl)).toBeLessThan(0.2);
    expect(point.heads).toHaveLength(4);
    expect(phaseChangeStep([point])).toBeUndefined();
  });

  it('measures the overall loss on the measuring set, every position counted as in training', () => {
    const model = new InductionModel({ vocab: 10, context: 12, dModel: 8, minRepeat: 3, maxRepeat: 6, evalSequences: 5, seed: 2 });
    model.step(40);
    const point = model.evaluate();
    expect(point.loss).toBeCloseTo(model.lossAndGradients(model.measuring), 12);
  });

  it('gives attention rows that sum to one and never look ahead', () => {
    const model = new InductionModel({ vocab: 10, context: 12, dModel: 8, minRepeat: 3, maxRepeat: 6 });
    model.step(2);
    const pattern = model.attention(model.measuring[0]!.tokens);
    for (const layer of pattern) for (const head of layer) head.forEach((row, t) => {
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(row.slice(t + 1).every((w) => w === 0)).toBe(true);
    });
  });

  it('rejects settings it cannot train, naming the setting', () => {
    expect(() => new InductionModel({ dModel: 30, heads: 4 })).toThrow(/dModel/);
    expect(() => new InductionModel({ layers: 3 })).toThrow(/layers/);
    expect(() => new InductionModel({ maxRepeat: 20 })).toThrow(/maxRepeat/);
    expect(() => new InductionModel({ learningRate: 0 })).toThrow(/learningRate/);
  });

  it('never produces NaN or infinity, for any small setting and seed', () => {
    fc.assert(
      fc.property(
        fc.record({
          vocab: fc.integer({ min: 4, max: 12 }),
          heads: fc.integer({ min: 1, max: 3 }),
          perHead: fc.integer({ min: 2, max: 4 }),
          layers: fc.integer({ min: 1, max: 2 }),
          learningRate: fc.double({ min: 1e-4, max: 0.3, noNaN: true }),
          seed: fc.integer({ min: -1000, max: 1000 }),
        }),
        ({ vocab, heads, perHead, layers, learningRate, seed }) => {
          const model = new InductionModel({ vocab, context: 8, dModel: heads * perHead, heads, layers, learningRate, seed, minRepeat: 2, maxRepeat: 4, batchSize: 2, evalSequences: 2 });
          const loss = model.step(15);
          return Number.isFinite(loss) && finitePoint(model.evaluate());
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the induction-head phase change (default setting)', () => {
  it('two layers: a plateau, then a sudden drop with a previous-token head in layer 1 and an induction head in layer 2', () => {
    const model = new InductionModel();
    const history = [model.evaluate()];
    while (model.steps < 700 && phaseChangeStep(history) === undefined) {
      model.step(25);
      history.push(model.evaluate());
    }
    const change = phaseChangeStep(history);
    expect(change).toBeDefined();
    // A plateau first: after 100 steps the repeated part is still barely better than a guess.
    expect(history.find((p) => p.step === 100)!.repeatAccuracy).toBeLessThan(0.15);
    model.step(100);
    const after = model.evaluate();
    expect(after.repeatLoss).toBeLessThan(1);
    expect(after.icl).toBeGreaterThan(2);
    const layer1 = after.heads.filter((h) => h.layer === 1);
    const layer2 = after.heads.filter((h) => h.layer === 2);
    expect(Math.max(...layer1.map((h) => h.previousToken))).toBeGreaterThan(0.3);
    expect(Math.max(...layer2.map((h) => h.prefixMatching))).toBeGreaterThan(0.4);
    expect(Math.max(...layer1.map((h) => h.prefixMatching))).toBeLessThan(0.1);
    // The first run pays for the new circuit, above a uniform guess, yet the overall loss, mostly
    // repeated positions, shows no bump: it never rises by more than noise between measurements.
    expect(after.firstLoss).toBeGreaterThan(Math.log(32));
    for (let i = 1; i < history.length; i++) expect(history[i]!.loss).toBeLessThan(history[i - 1]!.loss + 0.1);
    expect(after.loss).toBeLessThan(history[0]!.loss - 1);
    // The induction head also copies: what it attends to, it predicts.
    const induction = layer2.reduce((best, h) => (h.prefixMatching > best.prefixMatching ? h : best));
    expect(induction.copying).toBeGreaterThan(0.8);
    expect(induction.copying).toBeGreaterThan(history[0]!.heads.find((h) => h.layer === 2 && h.head === induction.head)!.copying + 0.5);
  }, 120_000);

  it('one layer, same data and steps: no drop and no prefix matching', () => {
    const model = new InductionModel({ layers: 1 });
    model.step(500);
    const point = model.evaluate();
    expect(point.repeatAccuracy).toBeLessThan(PHASE_CHANGE_ACCURACY);
    expect(Math.max(...point.heads.map((h) => h.prefixMatching))).toBeLessThan(0.15);
  }, 120_000);
});

