import { powerOfTen } from '@/common/number';
import * as Plot from '@observablehq/plot';
import { logisticInLogScale, tokenLoss } from '@/sim';
import { chartOptions, cursor, parametersAxis, range } from '../kit/chart';
import { formatCount, formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

/**
 * An illustrative four-choice task: chance is 0.25, the rise is centred on
 * 30 billion parameters. The loss curve is Kaplan et al. (2020)'s L(N).
 * Lesson 1 computes its forecasting examples from the same task.
 */
export const task = { floor: 0.25, ceiling: 0.95, midpoint: 3e10, width: (2 * Math.log(9)) / 3 }; // 3 logits per decade
const sizes = range(7, 12).map((exponent) => 10 ** exponent);
const lossCurve = sizes.map((parameters) => ({ parameters, value: tokenLoss(parameters) }));
const taskCurve = sizes.map((parameters) => ({ parameters, value: logisticInLogScale(parameters, task) }));

function readings(scale: number) {
  const parameters = 10 ** scale;
  return { parameters, loss: tokenLoss(parameters), accuracy: logisticInLogScale(parameters, task) };
}

/** One slider over model size moves a point along a smooth loss curve and a sharp task curve. */
export const spec = defineWidget({
  name: 'smooth-vs-sharp',
  title: 'Smooth versus sharp',
  lesson: 'what-is-emergence',
  caption: 'Move the model size through 10⁹–10¹¹ parameters: the loss barely changes while the task accuracy leaves chance and climbs.',
  params: {
    scale: {
      kind: 'number', label: 'Model size', min: 7, max: 12, step: 0.05, default: 9,
      unit: 'log₁₀ parameters', format: powerOfTen,
    },
  },
  describe({ scale }) {
    const { parameters, loss, accuracy } = readings(scale);
    return `At ${formatCount(parameters)} parameters: loss ${formatFixed(loss)} nats per token, task accuracy ${formatFixed(accuracy)} (chance is ${formatFixed(task.floor)}).`;
  },
  plots({ scale }) {
    const { parameters, loss, accuracy } = readings(scale);
    const x = parametersAxis([1e7, 1e12]);
    return [
      {
        label: 'Loss against parameters, a smooth power law',
        options: {
          ...chartOptions(), x,
          y: { domain: [0, 3.5], grid: true, label: '↑ Loss (nats per token)' },
          marks: [
            Plot.line(lossCurve, { x: 'parameters', y: 'value', stroke: 'var(--chart-1)', strokeWidth: 2 }),
            ...cursor(parameters, loss, 'var(--chart-1)'),
          ],
        },
      },
      {
        label: 'Task accuracy against parameters, flat near chance and then a steep rise',
        options: {
          ...chartOptions(), x,
          y: { domain: [0, 1], grid: true, label: '↑ Task accuracy' },
          marks: [
            Plot.ruleY([task.floor], { stroke: 'var(--fg-muted)', strokeDasharray: '2,4' }),
            // At the right end, where the curve has long left chance, so the cursor never sits on it.
            Plot.text([{ value: task.floor }], {
              frameAnchor: 'right', y: 'value', text: () => 'chance', dy: -8, textAnchor: 'end', fill: 'var(--fg-muted)',
            }),
            Plot.line(taskCurve, { x: 'parameters', y: 'value', stroke: 'var(--chart-2)', strokeWidth: 2 }),
            ...cursor(parameters, accuracy, 'var(--chart-2)'),
          ],
        },
      },
    ];
  },
});
