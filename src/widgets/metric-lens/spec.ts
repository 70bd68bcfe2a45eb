import { powerOfTen } from '@/common/number';
import * as Plot from '@observablehq/plot';
import { brierScore, expectedEditDistance, expectedExactMatch, logLikelihood, multipleChoiceGrade } from '@/sim';
import { chartOptions, cursor, parametersAxis, range } from '../kit/chart';
import { optionProbability, perTokenProbability } from '../kit/family';
import { formatCount, formatFixed } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

/** Options of a multiple-choice question, and their length in tokens, as in lesson 6's table. */
const question = { choices: 4, length: 1 } as const;

/**
 * Each metric as a function of the probability it reads and the target length L, with how to read
 * it. The token metrics read the per-token probability of an answer of L tokens; the two
 * multiple-choice metrics read the correct option's probability of a four-option question, where
 * the length does not apply.
 */
const metrics = {
  exact_match: { label: 'Exact match', axis: '↑ Exact match (pᴸ)', score: (p: number, L: number) => expectedExactMatch(p, L), kind: 'nonlinear', tokens: true },
  edit_distance: { label: 'Token edit distance', axis: '↓ Token edit distance (L·(1−p))', score: (p: number, L: number) => expectedEditDistance(p, L), kind: 'linear', tokens: true },
  log_likelihood: { label: 'Log-likelihood', axis: '↑ Log-likelihood of the target (L·ln p)', score: (p: number, L: number) => logLikelihood(p, L), kind: 'continuous', tokens: true },
  multiple_choice: { label: 'Multiple-choice grade', axis: '↑ Multiple-choice grade (4 options)', score: (p: number) => multipleChoiceGrade(p, question), kind: 'discontinuous', tokens: false },
  brier: { label: 'Brier score', axis: '↓ Brier score (4 options)', score: (p: number) => brierScore(p, question), kind: 'continuous', tokens: false },
} as const;
type Metric = keyof typeof metrics;

const sizes = range(7, 12, 126).map((exponent) => 10 ** exponent);
const x = parametersAxis([1e7, 1e12]);
/** What each kind of metric reads, for every model size and for one. */
const readings = {
  token: { probability: perTokenProbability, label: 'Per-token probability p', name: 'per-token probability' },
  option: { probability: optionProbability, label: 'Correct-option probability p', name: 'probability of the correct option' },
} as const;
const curves = {
  token: sizes.map((parameters) => ({ parameters, value: perTokenProbability(parameters) })),
  option: sizes.map((parameters) => ({ parameters, value: optionProbability(parameters) })),
};
const readingOf = (metric: Metric) => (metrics[metric].tokens ? 'token' : 'option');

/** One smooth model family seen through five metrics: emergence appears and disappears with the ruler. */
export const spec = defineWidget({
  name: 'metric-lens',
  title: 'Metric lens',
  lesson: 'mirage-or-real',
  caption: 'Keep the models fixed and change only the metric. Exact match jumps where edit distance and log-likelihood improve steadily; on a four-option question the multiple-choice grade leaps from below chance to near 1 as the correct option’s probability, rising smoothly, overtakes the distractors, while the Brier score falls steadily. Then lengthen the target under exact match: the jump slides to larger models with its shape unchanged.',
  params: {
    metric: {
      kind: 'choice', label: 'Metric', default: 'exact_match',
      options: (Object.keys(metrics) as Metric[]).map((value) => ({ value, label: metrics[value].label })),
    },
    length: {
      kind: 'number', label: 'Target length L', min: 1, max: 50, step: 1, default: 10, unit: 'tokens',
      shownWhen: (state) => metrics[state.metric as Metric].tokens,
    },
    scale: { kind: 'number', label: 'Model size', min: 7, max: 12, step: 0.05, default: 9, unit: 'log₁₀ parameters', format: powerOfTen },
  },
  describe({ metric, length, scale }) {
    const m = metrics[metric];
    const reading = readings[readingOf(metric)];
    const p = reading.probability(10 ** scale);
    const over = m.tokens ? ` over ${length} tokens` : ' on a four-option question';
    return `At ${formatCount(10 ** scale)} parameters the ${reading.name} is ${formatFixed(p, 3)}; ${m.label.toLowerCase()}${over} is ${formatFixed(m.score(p, length))} (a ${m.kind} metric).`;
  },
  plots({ metric, length, scale }) {
    const m = metrics[metric];
    const kind = readingOf(metric);
    const reading = readings[kind];
    const scored = curves[kind].map(({ parameters, value }) => ({ parameters, value: m.score(value, length) }));
    const p = reading.probability(10 ** scale);
    // Edit distance and log-likelihood grow with the target length, so their axis follows it.
    const values = scored.map((point) => point.value);
    const domain = metric === 'edit_distance' ? [0, length] : metric === 'log_likelihood' ? [Math.min(...values), Math.max(...values)] : [0, metric === 'brier' ? 1.4 : 1];
    // On a four-option question a guess is right a quarter of the time: the grade's chance line.
    const chance = m.tokens ? [] : [Plot.ruleY([1 / question.choices], { stroke: 'var(--fg-muted)', strokeDasharray: '2,3' })];
    return [
      {
        label: `${reading.label} against parameters: a smooth rise`,
        options: {
          ...chartOptions(), x,
          y: { domain: [0, 1], grid: true, label: `↑ ${reading.label}` },
          marks: [
            ...chance,
            Plot.line(curves[kind], { x: 'parameters', y: 'value', stroke: 'var(--chart-1)', strokeWidth: 2 }),
            ...cursor(10 ** scale, p, 'var(--chart-1)'),
          ],
        },
      },
      {
        label: `${m.label}${m.tokens ? ` over ${length} tokens` : ' on a four-option question'} against parameters, for the same models`,
        options: {
          ...chartOptions(), x,
          y: { grid: true, label: m.axis, domain },
          marks: [
            ...(metric === 'multiple_choice' ? chance : []),
            Plot.line(scored, { x: 'parameters', y: 'value', stroke: 'var(--chart-2)', strokeWidth: 2 }),
            ...cursor(10 ** scale, m.score(p, length), 'var(--chart-2)'),
          ],
        },
      },
    ];
  },
});
