import { describe, expect, it } from 'vitest';
import { trainAdder } from '@/sim/adder';
import { widthSweep } from '@/sim/width-sweep';

describe('trainAdder', () => {
  it('is deterministic for a seed', () => {
    const a = trainAdder({ width: 8, steps: 40, testSize: 100, seed: 3 });
    const b = trainAdder({ width: 8, steps: 40, testSize: 100, seed: 3 });
    expect(a).toEqual(b);
    expect(trainAdder({ width: 8, steps: 40, testSize: 100, seed: 4 }).final).not.toEqual(a.final);
  });

  it('records the held-out accuracies from step 0 to the last step, every evalEvery steps', () => {
    const points: number[] = [];
    const result = trainAdder({ width: 4, digits: 2, steps: 50, evalEvery: 20, testSize: 50 }, (p) => points.push(p.step));
    expect(result.history.map((p) => p.step)).toEqual([0, 20, 40, 50]);
    expect(points).toEqual([0, 20, 40, 50]);
    expect(result.final).toBe(result.history[3]);
    expect(result.final.digitAccuracy).toHaveLength(3);
  });

  it('counts its parameters: (20·digits + 1)·width + (width + 1)·10·(digits + 1)', () => {
    expect(trainAdder({ width: 5, digits: 3, steps: 0 }).parameters).toBe(61 * 5 + 6 * 40);
  });

  it('never scores exact match above its worst digit, at any point of training', () => {
    for (const width of [2, 16, 48]) {
      for (const p of trainAdder({ width, steps: 300, testSize: 200, seed: width }).history) {
        expect(p.exactMatch).toBeLessThanOrEqual(Math.min(...p.digitAccuracy));
        expect(p.meanDigitAccuracy).toBeGreaterThanOrEqual(0);
        expect(Number.isFinite(p.loss)).toBe(true);
      }
    }
  });

  it('learns: the held-out loss falls and the digit accuracy rises over training', () => {
    const { history } = trainAdder({ width: 32, steps: 600, testSize: 200 });
    expect(history.at(-1)!.loss).toBeLessThan(0.8 * history[0]!.loss);
    expect(history.at(-1)!.meanDigitAccuracy).toBeGreaterThan(history[0]!.meanDigitAccuracy + 0.2);
  });

  it('a wider network adds better after the same number of steps', () => {
    const narrow = trainAdder({ width: 4, steps: 1000, testSize: 300 }).final;
    const wide = trainAdder({ width: 48, steps: 1000, testSize: 300 }).final;
    expect(wide.loss).toBeLessThan(narrow.loss);
    expect(wide.meanDigitAccuracy).toBeGreaterThan(narrow.meanDigitAccuracy + 0.2);
    expect(wide.exactMatch).toBeGreaterThan(narrow.exactMatch + 0.1);
  });

  it('keeps training problems available when the problem space is small (one digit: 50 of 100 held out)', () => {
    const { final } = trainAdder({ width: 16, digits: 1, steps: 300 });
    expect(final.digitAccuracy).toHaveLength(2);
    expect(Number.isFinite(final.loss)).toBe(true);
    expect(() => trainAdder({ digits: 1, testSize: 51 })).toThrow('invalid testSize: 51 (expected an integer with 1 ≤ testSize ≤ 50)');
  });

  it('rejects a width of zero and too many digits', () => {
    expect(() => trainAdder({ width: 0 })).toThrow('invalid width: 0');
    expect(() => trainAdder({ digits: 7 })).toThrow('invalid digits: 7');
  });
});

describe('widthSweep', () => {
  it('trains one network per width, in order, reporting each as it finishes', () => {
    const seen: number[] = [];
    const results = widthSweep([2, 6], { steps: 30, testSize: 50 }, ({ width, index, result }) => {
      seen.push(width);
      expect(result.width).toBe(width);
      expect(index).toBe(seen.length - 1);
    });
    expect(seen).toEqual([2, 6]);
    expect(results.map((r) => r.width)).toEqual([2, 6]);
  });

  it('gives each width the same held-out set and seed as trainAdder alone', () => {
    const [result] = widthSweep([5], { steps: 20, testSize: 40, seed: 9 });
    expect(result).toEqual(trainAdder({ width: 5, steps: 20, testSize: 40, seed: 9 }));
  });
});

describe('widthSweep progress within a width', () => {
  it('reports each point of a width’s training, as a fraction of its steps, before the width itself', () => {
    const events: string[] = [];
    widthSweep([2, 3], { steps: 20, evalEvery: 5, testSize: 40 }, ({ index }) => events.push(`width ${index}`), ({ index, fraction }) => events.push(`${index}: ${fraction}`));
    expect(events).toEqual([
      '0: 0', '0: 0.25', '0: 0.5', '0: 0.75', '0: 1', 'width 0',
      '1: 0', '1: 0.25', '1: 0.5', '1: 0.75', '1: 1', 'width 1',
    ]);
  });

  it('gives the same results whether or not anyone listens', () => {
    const options = { steps: 40, testSize: 60, seed: 3 };
    const listened = widthSweep([2, 4], options, () => {}, () => {});
    expect(listened).toEqual(widthSweep([2, 4], options));
  });
});
