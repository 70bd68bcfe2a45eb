import { powerOfTen } from '@/common/number';
import * as Plot from '@observablehq/plot';
import { expectedExactMatch, extrapolate, fitLine, rng, sampleAccuracy, tokenLoss, tokenProbability } from '@/sim';
import { chartOptions, parametersAxis, range } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

/** Target length: the task counts as solved when all 20 tokens are right. */
const length = 20;
/** Per-token probability at which exact match reaches one half: p^20 = 0.5. */
const crossingP = 0.5 ** (1 / length);
const items = 100;
const measuredExponents = range(7, 9, 5);
const logit = (p: number) => Math.log(p / (1 - p));

/** A hidden model family for each seed: the per-token loss law of the metric widgets, shifted by up to half a decade. */
function family(seed: number) {
  const source = rng(seed);
  const Nc = 4e6 * 10 ** (source() - 0.5);
  const p = (exponent: number) => tokenProbability(tokenLoss(10 ** exponent, { Nc, alpha: 0.37 }));
  // Exact match is p^L; it crosses 0.5 where the loss equals −ln(crossingP): N = Nc / (−ln crossingP)^(1/α).
  const truth = Math.log10(Nc / (-Math.log(crossingP)) ** (1 / 0.37));
  const measured = measuredExponents.map((exponent) => {
    const perToken = Math.min(0.999, Math.max(0.001, p(exponent) + (source() - 0.5) * 0.02));
    const exact = sampleAccuracy(expectedExactMatch(p(exponent), length), items, source).accuracy;
    return { exponent, parameters: 10 ** exponent, perToken, exact };
  });
  return { p, truth, measured };
}

/** Where a straight-line fit of the measurements says the task crosses one half, if it ever does within 10^14. */
function fittedCrossing(metric: string, measured: ReturnType<typeof family>['measured']) {
  const xs = measured.map((m) => m.exponent);
  const continuous = metric === 'continuous';
  const ys = measured.map((m) => (continuous ? logit(m.perToken) : m.exact));
  const fit = fitLine(xs, ys);
  const target = continuous ? logit(crossingP) : 0.5;
  if (fit.slope <= 0) return { fit, crossing: undefined };
  const crossing = (target - fit.intercept) / fit.slope;
  return { fit, crossing: crossing <= 14 ? crossing : undefined };
}

const score = (error: number) => Math.round(100 * Math.max(0, 1 - Math.abs(error) / 1.5));

/** Forecast the size at which a task is half solved from small models' scores, then see the truth. */
export const spec = defineWidget({
  name: 'forecast-game',
  title: 'Forecast game',
  lesson: 'scaling-laws',
  caption: 'Look at the small models’ scores and set your forecast of the size at which exact match reaches 0.5; then reveal. Play once with the exact-match scores and once with the per-token probabilities: the dashed straight-line fit shows which one lets you forecast.',
  params: {
    metric: {
      kind: 'choice', label: 'What the small models report', default: 'discontinuous',
      options: [
        { value: 'discontinuous', label: 'exact match on 100 items (discontinuous)' },
        { value: 'continuous', label: 'per-token probability (continuous)' },
      ],
    },
    forecast: { kind: 'number', label: 'Your forecast of the crossing', min: 8, max: 13, step: 0.05, default: 11, unit: 'log₁₀ parameters', format: powerOfTen },
    reveal: { kind: 'toggle', label: 'Reveal the truth', default: false },
    seed: { kind: 'number', label: 'Round', min: 1, max: 50, step: 1, default: 1 },
  },
  describe({ metric, forecast, reveal, seed }) {
    const { truth, measured } = family(seed);
    const { crossing } = fittedCrossing(metric, measured);
    const fitted = crossing === undefined ? 'a straight-line fit never reaches it' : `a straight-line fit says ${powerOfTen(crossing)}`;
    const verdict = reveal
      ? `The truth is ${powerOfTen(truth)}: you are off by ${formatFixed(Math.abs(forecast - truth), 2)} decades, score ${score(forecast - truth)} of 100 (100 minus 67 per decade of error).`
      : 'The truth is hidden until you reveal it.';
    return `Round ${seed}, ${metric} scores. Your forecast: ${powerOfTen(forecast)} parameters; ${fitted}. ${verdict}`;
  },
  plots({ metric, forecast, reveal, seed }) {
    const { p, truth, measured } = family(seed);
    const continuous = metric === 'continuous';
    const { fit } = fittedCrossing(metric, measured);
    const sweep = range(7, 13, 121);
    const fitted = sweep.map((exponent) => {
      const y = extrapolate(fit, exponent);
      return { parameters: 10 ** exponent, value: continuous ? 1 / (1 + Math.exp(-y)) : Math.min(1, Math.max(0, y)) };
    });
    const target = continuous ? crossingP : 0.5;
    const shown = (exponent: number) => exponent >= 7 && exponent <= 13;
    return [{
      label: `Scores of five small models, a straight-line fit (dashed), your forecast (green line)${reveal ? ', and the true curve with its crossing' : ''}`,
      options: {
        ...chartOptions(680, 300),
        x: parametersAxis([1e7, 1e13]),
        y: { domain: [0, 1], grid: true, label: continuous ? '↑ Per-token probability' : '↑ Exact match (20 tokens)' },
        marks: [
          Plot.ruleY([target], { stroke: 'var(--fg-muted)', strokeDasharray: '2,4' }),
          Plot.text([{ parameters: 1e7, value: target }], { x: 'parameters', y: 'value', text: () => (continuous ? `p = ${formatFixed(crossingP, 3)}: exact match 0.5` : 'exact match 0.5'), dy: -8, textAnchor: 'start', fill: 'var(--fg-muted)' }),
          Plot.line(fitted, { x: 'parameters', y: 'value', stroke: 'var(--chart-1)', strokeDasharray: '6,4' }),
          ...(reveal
            ? [
              Plot.line(sweep.map((exponent) => ({ parameters: 10 ** exponent, value: continuous ? p(exponent) : expectedExactMatch(p(exponent), length) })), { x: 'parameters', y: 'value', stroke: 'var(--chart-2)', strokeWidth: 2 }),
              Plot.ruleX(shown(truth) ? [10 ** truth] : [], { stroke: 'var(--chart-2)', strokeWidth: 2 }),
            ]
            : []),
          Plot.ruleX([10 ** forecast], { stroke: 'var(--chart-3)', strokeWidth: 3 }),
          Plot.dot(measured, { x: 'parameters', y: (m: (typeof measured)[number]) => (continuous ? m.perToken : m.exact), r: 5, fill: 'var(--chart-1)' }),
        ],
      },
    }];
  },
});
