import { powerOfTen } from '@/common/number';
import * as Plot from '@observablehq/plot';
import { logisticInLogScale } from '@/sim';
import { chartOptions, range } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

const start = 20;
const end = 26;
const exponents = range(start, end, 241);
const powerLabel = (x: number) => powerOfTen(Number(x.toFixed(1)));

function capability(exponent: number, midpoint: number, width: number) {
  return logisticInLogScale(10 ** exponent, { midpoint: 10 ** midpoint, width, floor: 0, ceiling: 1 });
}

/** Evaluations every `factor`-fold increase of compute, from 10^20 FLOPs up. */
function evaluations(factor: number, midpoint: number, width: number) {
  const step = Math.log10(factor);
  const points = [];
  for (let exponent = start; exponent <= end + 1e-9; exponent += step) points.push({ exponent, value: capability(exponent, midpoint, width) });
  return points;
}

/** The largest change between two consecutive evaluations: what could appear unseen between them. */
function largestJump(points: { exponent: number; value: number }[]) {
  let best = { from: points[0]!, to: points[0]!, size: 0 };
  for (let i = 1; i < points.length; i++) {
    const size = points[i]!.value - points[i - 1]!.value;
    if (size > best.size) best = { from: points[i - 1]!, to: points[i]!, size };
  }
  return best;
}

/** A capability with a sharp, unknown threshold, checked every k-fold increase in training compute. */
export const spec = defineWidget({
  name: 'evaluation-cadence',
  title: 'Evaluation cadence',
  lesson: 'safety',
  caption: 'Evaluate every 10× in compute and note the largest jump that happens between two evaluations. Then evaluate every 2×: the blind spot shrinks. Make the capability sharper and see how often you must look to keep it small.',
  params: {
    factor: { kind: 'number', label: 'Evaluate every', min: 2, max: 100, step: 1, default: 10, unit: '× more compute' },
    width: { kind: 'number', label: 'Sharpness: decades to go from 10% to 90%', min: 0.1, max: 3, step: 0.1, default: 0.5, unit: 'decades' },
    midpoint: { kind: 'number', label: 'Where the threshold lies', min: 21, max: 25, step: 0.1, default: 23.3, unit: 'log₁₀ FLOPs', format: powerOfTen },
  },
  describe({ factor, width, midpoint }) {
    const jump = largestJump(evaluations(factor, midpoint, width));
    return `Evaluating every ${factor}× in compute, a capability rising over ${formatFixed(width, 1)} decades near ${powerLabel(midpoint)} FLOPs: the largest change between two evaluations is ${formatFixed(jump.size)}, from ${formatFixed(jump.from.value)} at ${powerLabel(jump.from.exponent)} to ${formatFixed(jump.to.value)} at ${powerLabel(jump.to.exponent)}.`;
  },
  plots({ factor, width, midpoint }) {
    const points = evaluations(factor, midpoint, width);
    const jump = largestJump(points);
    const curve = exponents.map((exponent) => ({ exponent, value: capability(exponent, midpoint, width) }));
    return [{
      label: `A capability curve against training compute, evaluated every ${factor}-fold increase; the interval with the largest unseen change is shaded`,
      options: {
        ...chartOptions(680, 300),
        x: { domain: [start, end], label: 'log₁₀ training compute (FLOPs) →' },
        y: { domain: [0, 1], grid: true, label: '↑ Capability score' },
        marks: [
          Plot.rect([jump], { x1: (d: typeof jump) => d.from.exponent, x2: (d: typeof jump) => d.to.exponent, y1: 0, y2: 1, fill: 'var(--mark)', fillOpacity: 0.12 }),
          Plot.line(curve, { x: 'exponent', y: 'value', stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
          Plot.ruleX(points, { x: 'exponent', stroke: 'var(--border)' }),
          Plot.dot(points, { x: 'exponent', y: 'value', r: 4, fill: 'var(--chart-1)' }),
          Plot.arrow([jump], {
            x1: (d: typeof jump) => d.to.exponent, y1: (d: typeof jump) => d.from.value, x2: (d: typeof jump) => d.to.exponent, y2: (d: typeof jump) => d.to.value,
            stroke: 'var(--mark)', strokeWidth: 2,
          }),
        ],
      },
    }];
  },
});
