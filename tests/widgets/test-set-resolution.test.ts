import { describe, expect, it } from 'vitest';
import { spec } from '@/widgets/test-set-resolution/spec';
import { models, others, scores, spread } from '@/widgets/test-set-resolution/draws';
import { rng, sampleAccuracy, wilsonInterval } from '@/sim';
import { truth } from '@/widgets/test-set-resolution/draws';

type State = Parameters<NonNullable<typeof spec.describe>>[0];
type Mark = { data?: { parameters: number; accuracy: number }[]; fillOpacity?: number };

/** The largest difference between two draws' scores of one model, as the reading states it. */
const stated = (text: string) => Number(/varies by up to ([\d.]+)/.exec(text)![1]);

describe('test-set resolution', () => {
  it('draws each test set from its seed exactly as the sim’s sampler does, model after model', () => {
    // The first size of a seed is sampled; the next ones are read from that seed's table of every size.
    for (const [items, seed] of [[20, 7], [5, 7], [7, 7], [1000, 42], [4995, 42], [5000, 42], [1, 42], [20, 110], [2000, 110]] as const) {
      const source = rng(seed);
      const expected = models.map((parameters) => sampleAccuracy(truth(parameters), items, source));
      const drawn = scores(items, seed);
      expect(drawn.map((score) => score.accuracy), `${items} items, seed ${seed}`).toEqual(expected.map((score) => score.accuracy));
      drawn.forEach((score, m) => expect(score).toMatchObject(wilsonInterval(expected[m]!.correct, items)));
    }
  });

  it('shows the scores of ten other seeds as faint dots behind the chosen draw', () => {
    const marks = spec.plots!({ items: 20, seed: 3 } as State, undefined)[0]!.options.marks as Mark[];
    const faint = marks.find((mark) => mark?.fillOpacity !== undefined && mark.fillOpacity < 1 && mark.data?.length === models.length * others);
    expect(faint).toBeDefined();
    const accuracies = new Set(faint!.data!.map((point) => point.accuracy));
    for (let seed = 4; seed <= 13; seed++) for (const score of scores(20, seed)) expect(accuracies.has(score.accuracy)).toBe(true);
  });

  it('states the spread across seeds, which narrows with more items', () => {
    const few = spec.describe!({ items: 20, seed: 1 } as State);
    const many = spec.describe!({ items: 2000, seed: 1 } as State);
    expect(few).toContain('seeds 2–11');
    expect(stated(few)).toBeGreaterThan(0.1);
    expect(stated(many)).toBeLessThan(stated(few) / 4);
    expect(stated(many)).toBeCloseTo(spread(2000, 1).widest.max - spread(2000, 1).widest.min, 2);
    // With few items the smallest models read 0 in most draws: the verdict holds across seeds.
    expect(few).toMatch(/The \d+ smallest models all score 0 in \d+ of the 11 draws/);
  });

  it('counts the draws in which the smallest models all score zero', () => {
    const { smallest, allZero, draws } = spread(20, 1);
    expect(draws).toBe(others + 1);
    expect(smallest).toBeGreaterThan(0);
    const expected = Array.from({ length: draws }, (_, i) => scores(20, 1 + i)).filter((draw) => draw.slice(0, smallest).every((score) => score.accuracy === 0)).length;
    expect(allZero).toBe(expected);
  });
});
