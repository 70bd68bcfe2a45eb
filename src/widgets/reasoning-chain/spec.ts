import * as Plot from '@observablehq/plot';
import { atLeastK, chainSuccess } from '@/sim';
import { chartOptions, cursor, keyRowHeight, range, yLabelAboveFrame } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

const ps = range(0.5, 1);
const references = [1, 5, 20, 50];
/** Room above the frame for the key to the grey curves, then the y-axis label. */
const marginTop = 30 + keyRowHeight;
const reference = references.flatMap((m) => ps.map((x) => ({ p: x, value: chainSuccess(x, m), series: `n = ${m}` })));

/** P(all n steps right) = p^n against p, steepening with n, and the "at least k of n" tail beside it. */
export const spec = defineWidget({
  name: 'reasoning-chain',
  title: 'Reasoning chain',
  lesson: 'why-abilities-emerge',
  caption: 'Drag p from 0.8 to 0.95 with n = 10: the chance of a fully correct chain jumps from about 0.1 to 0.6. Switch to “at least k of n” to see how forgiving the tail is.',
  params: {
    p: { kind: 'number', label: 'Per-step success p', min: 0.5, max: 1, step: 0.01, default: 0.9 },
    n: { kind: 'number', label: 'Steps n', min: 1, max: 50, step: 1, default: 10 },
    mode: {
      kind: 'choice', label: 'A chain counts as right when', default: 'all',
      options: [
        { value: 'all', label: 'all n steps are right' },
        { value: 'atLeast', label: 'at least k of n steps are right' },
      ],
    },
    k: { kind: 'number', label: 'k (for “at least k of n”)', min: 1, max: 50, step: 1, default: 8 },
  },
  describe({ p, n, mode, k }) {
    const kk = Math.min(k, n);
    const all = `all ${n} right: ${formatFixed(chainSuccess(p, n))}`;
    const tail = `at least ${kk} of ${n} right: ${formatFixed(atLeastK(p, n, kk))}${k > n ? ` (k capped at n = ${n})` : ''}`;
    return `With p = ${formatFixed(p)} per step, ${mode === 'all' ? `${all}; ${tail}` : `${tail}; ${all}`}.`;
  },
  plots({ p, n, mode, k }) {
    const kk = Math.min(k, n);
    const all = (x: number) => chainSuccess(x, n);
    const tail = (x: number) => atLeastK(x, n, kk);
    const [main, other] = mode === 'all' ? [all, tail] : [tail, all];
    return [{
      label: `Probability that a chain of ${n} steps is right against per-step success; solid: ${mode === 'all' ? 'all steps right' : `at least ${kk} right`}, dashed: ${mode === 'all' ? `at least ${kk} right` : 'all steps right'}`,
      options: {
        ...chartOptions(680, 300),
        marginTop,
        x: { domain: [0.5, 1], label: 'Per-step success p →' },
        y: { domain: [0, 1], grid: true, label: null },
        marks: [
          // The grey curves are keyed above the frame, where the moving cursor never covers their names.
          Plot.text([`Thin grey curves, left to right: all steps right for n = ${references.join(', ')}`], {
            frameAnchor: 'top-left', textAnchor: 'start', lineAnchor: 'top', dx: -chartOptions().marginLeft, dy: 2 - marginTop, fill: 'var(--fg-muted)',
          }),
          yLabelAboveFrame('↑ P(chain right)'),
          Plot.line(reference, { x: 'p', y: 'value', z: 'series', stroke: 'var(--border)', strokeWidth: 1 }),
          Plot.line(ps, { x: (x: number) => x, y: other, stroke: 'var(--chart-2)', strokeDasharray: '5,4', strokeWidth: 1.5 }),
          Plot.line(ps, { x: (x: number) => x, y: main, stroke: 'var(--chart-1)', strokeWidth: 2.5 }),
          ...cursor(p, main(p), 'var(--chart-1)'),
        ],
      },
    }];
  },
});
