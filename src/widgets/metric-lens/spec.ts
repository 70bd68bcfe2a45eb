import * as Plot from '@observablehq/plot';
import { brierScore, expectedEditDistance, expectedExactMatch, logLikelihood, multipleChoiceGrade } from '@/sim';
import { chartOptions, cursor, parametersAxis, range } from '../kit/chart';
import { perTokenProbability } from '../kit/family';
import { formatCount, formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

/** Each metric as a function of per-token probability p and target length L, with how to read it. */
const metrics = {
  exact_match: { label: 'Exact match', axis: '↑ Exact match (p^L)', score: (p: number, L: number) => expectedExactMatch(p, L), kind: 'nonlinear' },
  edit_distance: { label: 'Token edit distance', axis: '↓ Token edit distance (L·(1−p))', score: (p: number, L: number) => expectedEditDistance(p, L), kind: 'linear' },
  log_likelihood: { label: 'Log-likelihood', axis: '↑ Log-likelihood of the target (L·ln p)', score: (p: number, L: number) => logLikelihood(p, L), kind: 'continuous' },
  multiple_choice: { label: 'Multiple-choice grade', axis: '↑ Multiple-choice grade (4 options)', score: (p: number, L: number) => multipleChoiceGrade(p, { length: L }), kind: 'discontinuous' },
  brier: { label: 'Brier score', axis: '↓ Brier score (4 options)', score: (p: number, L: number) => brierScore(p, { length: L }), kind: 'continuous' },
} as const;
type Metric = keyof typeof metrics;

const sizes = range(7, 12, 126).map((exponent) => 10 ** exponent);
const x = parametersAxis([1e7, 1e12]);
const perToken = sizes.map(perTokenProbability);
const perTokenCurve = sizes.map((parameters, i) => ({ parameters, value: perToken[i]! }));

/** One smooth model family seen through five metrics: emergence appears and disappears with the ruler. */
export const spec = defineWidget({
  name: 'metric-lens',
  title: 'Metric lens',
  lesson: 'mirage-or-real',
  caption: 'Keep the models fixed and change only the metric. Exact match and multiple-choice grade show a jump; edit distance, log-likelihood and Brier score show the same models improving smoothly. Then lengthen the target: exact match’s jump slides to larger models with its shape unchanged.',
  params: {
    metric: {
      kind: 'choice', label: 'Metric', default: 'exact_match',
      options: (Object.keys(metrics) as Metric[]).map((value) => ({ value, label: metrics[value].label })),
    },
    length: { kind: 'number', label: 'Target length L', min: 1, max: 50, step: 1, default: 10, unit: 'tokens' },
    scale: { kind: 'number', label: 'Model size', min: 7, max: 12, step: 0.05, default: 9, unit: 'log₁₀ parameters', format: (v) => `10^${v}` },
  },
  describe({ metric, length, scale }) {
    const m = metrics[metric];
    const p = perTokenProbability(10 ** scale);
    return `At ${formatCount(10 ** scale)} parameters the per-token probability is ${formatFixed(p, 3)}; ${m.label.toLowerCase()} over ${length} tokens is ${formatFixed(m.score(p, length))} (a ${m.kind} metric).`;
  },
  plots({ metric, length, scale }) {
    const m = metrics[metric];
    const scored = perToken.map((p, i) => ({ parameters: sizes[i]!, value: m.score(p, length) }));
    const p = perTokenProbability(10 ** scale);
    // Edit distance and log-likelihood grow with the target length, so their axis follows it.
    const values = scored.map((point) => point.value);
    const domain = metric === 'edit_distance' ? [0, length] : metric === 'log_likelihood' ? [Math.min(...values), Math.max(...values)] : [0, metric === 'brier' ? 1.4 : 1];
    return [
      {
        label: 'Per-token probability of the correct token against parameters: a smooth rise',
        options: {
          ...chartOptions(), x,
          y: { domain: [0, 1], grid: true, label: '↑ Per-token probability p' },
          marks: [
            Plot.line(perTokenCurve, { x: 'parameters', y: 'value', stroke: 'var(--chart-1)', strokeWidth: 2 }),
            ...cursor(10 ** scale, p, 'var(--chart-1)'),
          ],
        },
      },
      {
        label: `${m.label} over ${length} tokens against parameters, for the same models`,
        options: {
          ...chartOptions(), x,
          y: { grid: true, label: m.axis, domain },
          marks: [
            Plot.line(scored, { x: 'parameters', y: 'value', stroke: 'var(--chart-2)', strokeWidth: 2 }),
            ...cursor(10 ** scale, m.score(p, length), 'var(--chart-2)'),
          ],
        },
      },
    ];
  },
});
