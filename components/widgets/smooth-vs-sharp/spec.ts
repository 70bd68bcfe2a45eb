import * as Plot from '@observablehq/plot';
import { logisticInLogScale, tokenLoss } from '../../../src/sim';
import { formatCount, formatFixed } from '../kit/format';
import { fixPlotAria } from '../kit/plot-aria';
import { defineWidget } from '../kit/spec';

const bounds = { min: 7, max: 12 };

/**
 * An illustrative four-choice task: chance is 0.25, the rise is centred on
 * 30 billion parameters. The loss curve is Kaplan et al. (2020)'s L(N).
 */
const task = { floor: 0.25, ceiling: 0.95, midpoint: 3e10, slope: 3 };

const grid = Array.from({ length: 101 }, (_, i) => 10 ** (bounds.min + (i * (bounds.max - bounds.min)) / 100));
const lossCurve = grid.map((parameters) => ({ parameters, value: tokenLoss(parameters) }));
const taskCurve = grid.map((parameters) => ({ parameters, value: logisticInLogScale(parameters, task) }));

/** The two readings at model size 10^scale. */
function readings({ scale }: { scale: number }) {
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
      kind: 'number', label: 'Model size', min: bounds.min, max: bounds.max, step: 0.05, default: 9,
      unit: 'log₁₀ parameters', format: (x) => `10^${x}`,
    },
  },
  describe(state) {
    const { parameters, loss, accuracy } = readings(state);
    return `At ${formatCount(parameters)} parameters: loss ${formatFixed(loss)} nats per token, task accuracy ${formatFixed(accuracy)} (chance is ${formatFixed(task.floor)}).`;
  },
  draw,
});

function draw(state: { scale: number }, document: Document): Element {
  const { parameters, loss, accuracy } = readings(state);
  const common = {
    document,
    width: 340,
    height: 240,
    marginLeft: 48,
    style: { background: 'transparent', fontSize: '12px' },
    x: { type: 'log', domain: [10 ** bounds.min, 10 ** bounds.max], label: 'Parameters →' },
  } as const;
  const lossChart = Plot.plot({
    ...common,
    y: { domain: [0, 3.5], grid: true, label: '↑ Loss (nats per token)' },
    marks: [
      Plot.line(lossCurve, { x: 'parameters', y: 'value', stroke: 'var(--chart-1)', strokeWidth: 2 }),
      Plot.ruleX([parameters], { stroke: 'var(--fg-muted)', strokeDasharray: '3,3' }),
      Plot.dot([{ parameters, value: loss }], { x: 'parameters', y: 'value', r: 5, fill: 'var(--chart-1)' }),
    ],
  });
  const taskChart = Plot.plot({
    ...common,
    y: { domain: [0, 1], grid: true, label: '↑ Task accuracy' },
    marks: [
      Plot.ruleY([task.floor], { stroke: 'var(--fg-muted)', strokeDasharray: '2,4' }),
      Plot.text([{ parameters: 10 ** bounds.min, value: task.floor }], {
        x: 'parameters', y: 'value', text: () => 'chance', dy: -8, textAnchor: 'start', fill: 'var(--fg-muted)',
      }),
      Plot.line(taskCurve, { x: 'parameters', y: 'value', stroke: 'var(--chart-2)', strokeWidth: 2 }),
      Plot.ruleX([parameters], { stroke: 'var(--fg-muted)', strokeDasharray: '3,3' }),
      Plot.dot([{ parameters, value: accuracy }], { x: 'parameters', y: 'value', r: 5, fill: 'var(--chart-2)' }),
    ],
  });
  const charts = document.createElement('div');
  charts.className = 'charts';
  for (const [chart, label] of [
    [lossChart, 'Loss against parameters, a smooth power law'],
    [taskChart, 'Task accuracy against parameters, flat near chance and then a steep rise'],
  ] as const) {
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-label', label);
    fixPlotAria(chart);
    charts.append(chart);
  }
  return charts;
}
