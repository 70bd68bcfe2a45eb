import * as Plot from '@observablehq/plot';
import { extrapolate, fitLine, fitLogistic, logisticInLogScale, randomNormal, rng } from '@/sim';
import { chartOptions, parametersAxis, range } from '../kit/chart';
import { formatCount, formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

/** An illustrative four-choice task (chance 0.25) that rises late, near 4·10¹⁰ parameters. */
const task = { floor: 0.25, ceiling: 0.9, midpoint: 4e10, width: (2 * Math.log(9)) / 3 }; // 3 logits per decade
const exponents = range(8, 12, 9);
const measured = (() => {
  const source = rng(7);
  return exponents.map((exponent) => ({
    exponent,
    parameters: 10 ** exponent,
    score: Math.min(1, Math.max(0, logisticInLogScale(10 ** exponent, task) + randomNormal(source, 0, 0.012))),
  }));
})();
const largest = measured[measured.length - 1]!;

function forecast(fitted: number, kind: string) {
  const known = measured.slice(0, fitted);
  const xs = known.map((point) => point.exponent);
  const ys = known.map((point) => point.score);
  const fit = kind === 'linear' ? fitLine(xs, ys) : fitLogistic(xs, ys, { floor: 0, ceiling: 1 });
  const clamp = (y: number) => Math.min(1, Math.max(0, y));
  return {
    line: range(8, 12).map((exponent) => ({ parameters: 10 ** exponent, score: clamp(extrapolate(fit, exponent)) })),
    atLargest: clamp(extrapolate(fit, largest.exponent)),
  };
}

/** Fit the smallest models, forecast the large ones, then reveal how far off the forecast was. */
export const spec = defineWidget({
  name: 'extrapolation-trap',
  title: 'The extrapolation trap',
  lesson: 'what-is-emergence',
  caption: 'Fit a line to the four smallest models and read off its forecast for a trillion parameters. Then tick “Reveal” to see the measured scores. Fitting more models helps only once the rise has begun.',
  params: {
    fitted: { kind: 'number', label: 'Small models to fit', min: 2, max: 7, step: 1, default: 4 },
    fit: {
      kind: 'choice', label: 'Fitted curve', default: 'linear',
      options: [
        { value: 'linear', label: 'straight line in log size' },
        { value: 'logistic', label: 'logistic in log size' },
      ],
    },
    reveal: { kind: 'toggle', label: 'Reveal the large models', default: false },
  },
  describe({ fitted, fit, reveal }) {
    const { atLargest } = forecast(fitted, fit);
    const what = `Fitting the ${fitted} smallest models with a ${fit === 'linear' ? 'straight line' : 'logistic curve'} forecasts ${formatFixed(atLargest)} at ${formatCount(largest.parameters)} parameters`;
    return reveal
      ? `${what}; the measured score is ${formatFixed(largest.score)}, a miss of ${formatFixed(Math.abs(largest.score - atLargest))}.`
      : `${what}; the measured score is hidden until you reveal it.`;
  },
  plots({ fitted, fit, reveal }) {
    const { line: forecastLine } = forecast(fitted, fit);
    const known = measured.slice(0, fitted);
    const hidden = measured.slice(fitted);
    return [{
      label: `Measured accuracy of the ${fitted} smallest models, the fitted forecast for larger ones${reveal ? ', and the revealed scores of the larger models' : ''}`,
      options: {
        ...chartOptions(680, 300),
        x: parametersAxis([1e8, 1e12]),
        y: { domain: [0, 1], grid: true, label: '↑ Task accuracy' },
        marks: [
          Plot.ruleY([task.floor], { stroke: 'var(--fg-muted)', strokeDasharray: '2,4' }),
          Plot.line(forecastLine, { x: 'parameters', y: 'score', stroke: 'var(--chart-1)', strokeWidth: 2, strokeDasharray: '6,4' }),
          Plot.dot(known, { x: 'parameters', y: 'score', r: 5, fill: 'var(--chart-1)' }),
          reveal
            ? Plot.dot(hidden, { x: 'parameters', y: 'score', r: 5, fill: 'var(--chart-2)' })
            : Plot.text(hidden, { x: 'parameters', y: () => 0.05, text: () => '?', fontSize: 16, fill: 'var(--fg-muted)' }),
        ],
      },
    }];
  },
});
