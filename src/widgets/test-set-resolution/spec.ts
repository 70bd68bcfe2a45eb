import * as Plot from '@observablehq/plot';
import { expectedExactMatch, resolutionFloor, rng, sampleAccuracy, wilsonInterval } from '@/sim';
import { chartOptions, parametersAxis, range } from '../kit/chart';
import { perTokenProbability } from '../kit/family';
import { formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

/** Exact match over 20 tokens for the shared model family: small but not zero for small models. */
const truth = (parameters: number) => expectedExactMatch(perTokenProbability(parameters), 20);
const models = range(7, 12, 11).map((exponent) => 10 ** exponent);
const curve = range(7, 12, 126).map((exponent) => ({ parameters: 10 ** exponent, value: truth(10 ** exponent) }));

function scores(items: number, seed: number) {
  const source = rng(seed);
  return models.map((parameters) => {
    const { correct, accuracy } = sampleAccuracy(truth(parameters), items, source);
    return { parameters, accuracy, ...wilsonInterval(correct, items) };
  });
}

/** A finite test set samples each model's true accuracy: with few items, small models read exactly zero. */
export const spec = defineWidget({
  name: 'test-set-resolution',
  title: 'Test-set resolution',
  lesson: 'mirage-or-real',
  caption: 'With 20 items, the smaller models score exactly 0 and the curve looks like a sudden jump. Raise the items to 2,000: the same models show small, non-zero scores that rise smoothly. Change the seed to draw a different test set.',
  params: {
    items: { kind: 'number', label: 'Test items', min: 5, max: 5000, step: 5, default: 20 },
    seed: { kind: 'number', label: 'Seed (which test set)', min: 1, max: 100, step: 1, default: 1 },
  },
  describe({ items, seed }) {
    const sampled = scores(items, seed);
    const zeros = sampled.filter((score) => score.accuracy === 0).length;
    return `With ${items} items (seed ${seed}), ${zeros} of ${models.length} models score exactly 0; the smallest non-zero score this test can show is ${formatFixed(resolutionFloor(items), 4)}.`;
  },
  plots({ items, seed }) {
    const sampled = scores(items, seed);
    return [{
      label: `Measured exact match of ${models.length} models on ${items} items with 95% Wilson intervals, the true curve dashed, and the resolution floor`,
      options: {
        ...chartOptions(680, 300),
        x: parametersAxis([1e7, 1e12]),
        y: { domain: [0, 1], grid: true, label: '↑ Exact match (20 tokens)' },
        marks: [
          Plot.line(curve, { x: 'parameters', y: 'value', stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
          Plot.ruleY([resolutionFloor(items)], { stroke: 'var(--chart-3)', strokeOpacity: 0.8 }),
          Plot.ruleX(sampled, { x: 'parameters', y1: 'lower', y2: 'upper', stroke: 'var(--chart-1)', strokeWidth: 2 }),
          Plot.dot(sampled.filter((d) => d.accuracy > 0), { x: 'parameters', y: 'accuracy', r: 4, fill: 'var(--chart-1)' }),
          Plot.dot(sampled.filter((d) => d.accuracy === 0), { x: 'parameters', y: 'accuracy', r: 5, symbol: 'times', stroke: 'var(--mark)', strokeWidth: 2 }),
        ],
      },
    }];
  },
});
