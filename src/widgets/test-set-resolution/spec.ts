import * as Plot from '@observablehq/plot';
import { resolutionFloor } from '@/sim';
import { chartOptions, parametersAxis } from '../kit/chart';
import { formatCount, formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';
import { curve, maxItems, models, others, scores, spread } from './draws';

/** The other draws' scores, each draw nudged sideways a little so that its dots do not hide each other. */
function otherDots(items: number, seed: number) {
  return Array.from({ length: others }, (_, i) => scores(items, seed + 1 + i).map(({ parameters, accuracy }) => ({
    parameters: parameters * 10 ** ((i - (others - 1) / 2) * 0.014),
    accuracy,
  }))).flat();
}

/** A finite test set samples each model's true accuracy: with few items, small models read exactly zero. */
export const spec = defineWidget({
  name: 'test-set-resolution',
  title: 'Test-set resolution',
  lesson: 'mirage-or-real',
  caption: 'With 20 items, the smaller models score exactly 0 and the curve looks like a sudden jump. Raise the items to 2,000: the same models show small, non-zero scores that rise smoothly. Change the seed to draw a different test set.',
  params: {
    items: { kind: 'number', label: 'Test items', min: 5, max: maxItems, step: 5, default: 20 },
    seed: { kind: 'number', label: 'Seed (which test set)', min: 1, max: 100, step: 1, default: 1 },
  },
  describe({ items, seed }) {
    const sampled = scores(items, seed);
    const zeros = sampled.filter((score) => score.accuracy === 0).length;
    const { draws, widest, smallest, allZero } = spread(items, seed);
    const zeroRuns = smallest === 0
      ? ''
      : ` The ${smallest === 1 ? 'smallest model scores' : `${smallest} smallest models all score`} 0 in ${allZero} of the ${draws} draws.`;
    return `With ${items} items (seed ${seed}), ${zeros} of ${models.length} models score exactly 0; the smallest non-zero score this test can show is ${formatFixed(resolutionFloor(items), 4)}. `
      + `Over this test set and ${others} others (seeds ${seed + 1}–${seed + others}), one model's score varies by up to ${formatFixed(Number(widest.max.toFixed(3)) - Number(widest.min.toFixed(3)), 3)} `
      + `(${formatFixed(widest.min, 3)} to ${formatFixed(widest.max, 3)} at ${formatCount(widest.parameters)} parameters).${zeroRuns}`;
  },
  plots({ items, seed }) {
    const sampled = scores(items, seed);
    return [{
      label: `Measured exact match of ${models.length} models on ${items} items with 95% Wilson intervals, faint dots for ${others} other test sets (seeds ${seed + 1}–${seed + others}), the true curve dashed, and the resolution floor`,
      options: {
        ...chartOptions(680, 300),
        // A little room beyond the end models, for the other draws' dots set beside them.
        x: parametersAxis([10 ** 6.9, 10 ** 12.1]),
        y: { domain: [0, 1], grid: true, label: '↑ Exact match (20 tokens)' },
        marks: [
          Plot.line(curve, { x: 'parameters', y: 'value', stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
          Plot.ruleY([resolutionFloor(items)], { stroke: 'var(--chart-3)', strokeOpacity: 0.8 }),
          Plot.dot(otherDots(items, seed), { x: 'parameters', y: 'accuracy', r: 2.5, fill: 'var(--chart-1)', fillOpacity: 0.25 }),
          Plot.ruleX(sampled, { x: 'parameters', y1: 'lower', y2: 'upper', stroke: 'var(--chart-1)', strokeWidth: 2 }),
          Plot.dot(sampled.filter((d) => d.accuracy > 0), { x: 'parameters', y: 'accuracy', r: 4, fill: 'var(--chart-1)' }),
          Plot.dot(sampled.filter((d) => d.accuracy === 0), { x: 'parameters', y: 'accuracy', r: 5, symbol: 'times', stroke: 'var(--mark)', strokeWidth: 2 }),
        ],
      },
    }];
  },
});
