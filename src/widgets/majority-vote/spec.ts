import * as Plot from '@observablehq/plot';
import { majorityVote } from '@/sim';
import { chartOptions, range } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

const ps = range(0, 1);
const votes = Array.from({ length: 101 }, (_, i) => i + 1);

/** Majority of k samples: a smooth per-sample accuracy becomes a sharpening curve. */
export const spec = defineWidget({
  name: 'majority-vote',
  title: 'Majority voting',
  lesson: 'practice-and-frontier',
  caption: 'Set p = 0.6 and raise k from 1 to 51: the vote climbs towards certainty. Now set p = 0.45: more samples make it worse.',
  params: {
    p: { kind: 'number', label: 'Per-sample accuracy p', min: 0, max: 1, step: 0.01, default: 0.6 },
    k: { kind: 'number', label: 'Samples k', min: 1, max: 101, step: 1, default: 15 },
  },
  describe({ p, k }) {
    return `Each sample right with p = ${formatFixed(p)}: the majority of ${k} sample${k === 1 ? '' : 's'} is right with probability ${formatFixed(majorityVote(p, k))}.`;
  },
  plots({ p, k }) {
    const value = majorityVote(p, k);
    return [
      {
        label: `Majority-vote accuracy against per-sample accuracy for one sample and for ${k} samples`,
        options: {
          ...chartOptions(),
          x: { domain: [0, 1], label: 'Per-sample accuracy p →' },
          y: { domain: [0, 1], grid: true, label: '↑ Majority right' },
          marks: [
            Plot.line(ps, { x: (x: number) => x, y: (x: number) => majorityVote(x, 1), stroke: 'var(--fg-muted)', strokeWidth: 2 }),
            Plot.line(ps, { x: (x: number) => x, y: (x: number) => majorityVote(x, k), stroke: 'var(--chart-1)', strokeWidth: 2 }),
            Plot.dot([[p, value]], { r: 5, fill: 'var(--chart-1)' }),
          ],
        },
      },
      {
        label: `Majority-vote accuracy against the number of samples at p = ${formatFixed(p)}`,
        options: {
          ...chartOptions(),
          x: { type: 'log', domain: [1, 101], label: 'Samples k →' },
          y: { domain: [0, 1], grid: true, label: '↑ Majority right' },
          marks: [
            Plot.ruleY([p], { stroke: 'var(--fg-muted)', strokeDasharray: '3,3' }),
            Plot.line(votes, { x: (m: number) => m, y: (m: number) => majorityVote(p, m), stroke: 'var(--chart-2)', strokeWidth: 2, curve: 'step' }),
            Plot.dot([[k, value]], { r: 5, fill: 'var(--chart-2)' }),
          ],
        },
      },
    ];
  },
});
