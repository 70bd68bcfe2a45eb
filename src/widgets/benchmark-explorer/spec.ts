import * as Plot from '@observablehq/plot';
import curves from '../../../content/data/benchmark-curves.json';
import type { CurveRow } from '@/data/benchmark-curves';
import { chartOptions, parametersAxis, type Chart } from '../kit/chart';
import { formatCount } from '../kit/format';
import { defineWidget } from '../kit/widget-spec';

const rows = curves as CurveRow[];

interface View {
  label: string;
  axis: string;
  /** Score a random guess gets, where the task's format fixes it (Zellers et al. 2019; Hendrycks et al. 2021). */
  chance?: number;
  /** Decimals worth showing for this metric. */
  digits: number;
}

/** Task and metric pairs on offer; the key is `task:metric` as in the data. */
const views: Record<string, View> = {
  'ipa_transliterate:exact_match': { label: 'IPA transliteration, exact match', axis: '↑ Exact match', digits: 3 },
  'ipa_transliterate:bleu': { label: 'IPA transliteration, BLEU', axis: '↑ BLEU (0–100)', digits: 2 },
  'word_unscrambling:exact_match': { label: 'Word unscrambling, exact match', axis: '↑ Exact match', digits: 3 },
  'parsinlu_qa:acc': { label: 'Persian QA (ParsiNLU), accuracy', axis: '↑ Accuracy', digits: 3 },
  'arithmetic_2da:acc': { label: 'Two-digit addition, accuracy', axis: '↑ Accuracy', digits: 3 },
  'arithmetic_3da:acc': { label: 'Three-digit addition, accuracy', axis: '↑ Accuracy', digits: 3 },
  'arithmetic_3ds:acc': { label: 'Three-digit subtraction, accuracy', axis: '↑ Accuracy', digits: 3 },
  'arithmetic_2dm:acc': { label: 'Two-digit multiplication, accuracy', axis: '↑ Accuracy', digits: 3 },
  'HellaSwag:score': { label: 'HellaSwag, accuracy', axis: '↑ Accuracy', chance: 0.25, digits: 3 },
  'MMLU:score': { label: 'MMLU, accuracy', axis: '↑ Accuracy', chance: 0.25, digits: 3 },
};

const families = [...new Set(rows.map((row) => row.family))].sort();

/** The chart beside the chosen one: the same task under its other metric, else a smooth benchmark. */
function companion(key: string): string {
  const [task] = key.split(':');
  const sibling = Object.keys(views).find((other) => other !== key && other.startsWith(`${task}:`));
  return sibling ?? (task === 'HellaSwag' ? 'MMLU:score' : 'HellaSwag:score');
}

function curve(key: string, family: string) {
  const [task, metric] = key.split(':');
  return rows
    .filter((row) => row.task === task && row.metric === metric && row.family === family)
    .map((row) => ({ ...row, parameters: row.params * 1e9 }));
}

function summary(key: string, family: string): string {
  const points = curve(key, family);
  const view = views[key]!;
  if (points.length === 0) return `${view.label}: no published scores for ${family}`;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return `${view.label}: ${first.score.toFixed(view.digits)} at ${formatCount(first.parameters)} to ${last.score.toFixed(view.digits)} at ${formatCount(last.parameters)} parameters`;
}

/** Model sizes the charts show. */
const shown = [5e7, 2e11] as [number, number];

function chart(key: string, family: string): Chart {
  const view = views[key]!;
  const [task, metric] = key.split(':');
  const all = curve(key, family);
  // BLEU has no fixed top: scale it to this family so a small real rise is visible, hiding the others above it.
  const top = metric === 'bleu' ? Math.max(0.01, ...all.map((point) => point.score)) * 1.15 : 1;
  const points = all.filter((point) => point.parameters >= shown[0] && point.parameters <= shown[1]);
  const context = rows
    .filter((row) => row.task === task && row.metric === metric && row.family !== family)
    .map((row) => ({ parameters: row.params * 1e9, score: row.score }))
    .filter((row) => row.parameters >= shown[0] && row.parameters <= shown[1] && row.score >= 0 && row.score <= top);
  return {
    label: `${view.label} of ${family} models against parameters, other families in grey${view.chance === undefined ? '' : `, chance ${view.chance}`}`,
    options: {
      ...chartOptions(),
      x: parametersAxis(shown),
      y: { grid: true, label: view.axis, domain: [0, top] },
      marks: [
        view.chance === undefined ? null : Plot.ruleY([view.chance], { stroke: 'var(--fg-muted)', strokeDasharray: '2,4' }),
        Plot.dot(context, { x: 'parameters', y: 'score', r: 2, fill: 'var(--fg-muted)', fillOpacity: 0.35 }),
        Plot.line(points, { x: 'parameters', y: 'score', stroke: 'var(--chart-1)', strokeWidth: 2 }),
        Plot.dot(points, { x: 'parameters', y: 'score', r: 4, fill: 'var(--chart-1)' }),
      ],
    },
  };
}

/** Real published scores: pick a task and metric and a model family; the same task under another metric beside it. */
export const spec = defineWidget({
  name: 'benchmark-explorer',
  title: 'Benchmark explorer',
  lesson: 'famous-examples',
  caption: 'Pythia on IPA transliteration scores exactly 0 at every size under exact match, while BLEU on the same outputs climbs. Switch to two-digit addition with GPT-Neo/J to see a real jump between 2.7 and 6 billion parameters.',
  source: 'Scores: Ruan, Maddison & Hashimoto (2024), Observational Scaling Laws, ObsScaling repository at commit 4d6e1e4, Apache-2.0. Two examples in the prompt; one family per curve, other families in grey.',
  params: {
    task: {
      kind: 'choice', label: 'Task and metric', default: 'ipa_transliterate:exact_match',
      options: Object.entries(views).map(([value, { label }]) => ({ value, label })),
    },
    family: {
      kind: 'choice', label: 'Model family', default: 'Pythia',
      options: families.map((family) => ({ value: family, label: family === 'StarCoder' ? 'StarCoder (code)' : family })),
    },
  },
  describe({ task, family }) {
    return `${family}. ${summary(task, family)}. Beside it, ${summary(companion(task), family)}.`;
  },
  plots({ task, family }) {
    return [chart(task, family), chart(companion(task), family)];
  },
});
