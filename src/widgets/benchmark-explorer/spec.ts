import * as Plot from '@observablehq/plot';
import curves from '../../../content/data/benchmark-curves.json';
import type { CurveRow } from '@/data/benchmark-curves';
import { scoreInterval } from '@/data/task-items';
import { chartOptions, keyRowHeight, parametersAxis, yLabelAboveFrame, type Chart } from '../kit/chart';
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

/** A published score with its 95 % Wilson interval over the task's items, where the score is a share of items. */
interface Point extends CurveRow {
  parameters: number;
  lower?: number;
  upper?: number;
  items?: number;
}

/** Item counts in words a reader can say: 1003 → "1,003". */
const itemCount = new Intl.NumberFormat('en-US');

function withInterval(row: CurveRow): Point {
  return { ...row, parameters: row.params * 1e9, ...scoreInterval(row) };
}

/** The chart beside the chosen one: the same task under its other metric, else a smooth benchmark. */
function companion(key: string): string {
  const [task] = key.split(':');
  const sibling = Object.keys(views).find((other) => other !== key && other.startsWith(`${task}:`));
  return sibling ?? (task === 'HellaSwag' ? 'MMLU:score' : 'HellaSwag:score');
}

/** The companion chart's heading: the same task under another metric, or a smooth benchmark. */
function companionHeading(key: string): string {
  return companion(key).split(':')[0] === key.split(':')[0] ? 'Same outputs, other metric' : 'A smooth benchmark, for comparison';
}

/** Every published score with its interval, by `task:metric`, computed once. */
const byKey = new Map<string, Point[]>();
for (const row of rows) {
  const key = `${row.task}:${row.metric}`;
  byKey.set(key, [...(byKey.get(key) ?? []), withInterval(row)]);
}

function curve(key: string, family: string): Point[] {
  return (byKey.get(key) ?? []).filter((point) => point.family === family);
}

/** How many items a task's intervals are computed over, or undefined when its scores carry none (BLEU). */
function itemsFor(key: string): number | undefined {
  const [task, metric] = key.split(':');
  return scoreInterval({ task: task!, metric: metric!, score: 0 })?.items;
}

/** What the chart says about its intervals, under its heading. */
function intervalNote(key: string): string {
  const items = itemsFor(key);
  return items === undefined ? 'No interval: BLEU is not a share of items' : `Bars: 95 % interval over ${itemCount.format(items)} items`;
}

function reading(point: Point, digits: number, withItems: boolean): string {
  const score = point.score.toFixed(digits);
  if (point.lower === undefined || point.upper === undefined) return `${score} at ${formatCount(point.parameters)}`;
  const over = withItems && point.items !== undefined ? ` over ${itemCount.format(point.items)} items` : '';
  return `${score} (95 % interval ${point.lower.toFixed(digits)}–${point.upper.toFixed(digits)}${over}) at ${formatCount(point.parameters)}`;
}

function summary(key: string, family: string): string {
  const points = curve(key, family);
  const view = views[key]!;
  if (points.length === 0) return `${view.label}: no published scores for ${family}`;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const none = itemsFor(key) === undefined ? ', with no interval, as BLEU is not a share of items' : '';
  return `${view.label}: ${reading(first, view.digits, true)} to ${reading(last, view.digits, false)} parameters${none}`;
}

/** Model sizes the charts show. */
const shown = [5e7, 2e11] as [number, number];

/** Room above the frame for the heading, the task and the interval note, then the y-axis label. */
const marginTop = 80;

/** The chart's heading in the top margin, aligned with the chart's left edge: a bold title, then lines under it. */
function heading(title: string, lines: string[]) {
  const text = (content: string, line: number, bold: boolean) => Plot.text([content], {
    frameAnchor: 'top-left',
    textAnchor: 'start',
    lineAnchor: 'top',
    lineHeight: 1.3,
    dx: -chartOptions().marginLeft,
    dy: 2 + keyRowHeight * line - marginTop,
    fontSize: bold ? 13 : 12,
    fontWeight: bold ? 'bold' : 'normal',
    fill: bold ? 'currentColor' : 'var(--fg-muted)',
  });
  return [text(title, 0, true), text(lines.join('\n'), 1, false)];
}

function chart(key: string, family: string, title: string): Chart {
  const view = views[key]!;
  const metric = key.split(':')[1];
  const all = curve(key, family);
  // BLEU has no fixed top: scale it to this family so a small real rise is visible, hiding the others above it.
  const top = metric === 'bleu' ? Math.max(0.01, ...all.map((point) => point.score)) * 1.15 : 1;
  const points = all.filter((point) => point.parameters >= shown[0] && point.parameters <= shown[1]);
  const context = (byKey.get(key) ?? [])
    .filter((row) => row.family !== family && row.parameters >= shown[0] && row.parameters <= shown[1] && row.score >= 0 && row.score <= top);
  const items = itemsFor(key);
  const intervals = items === undefined ? 'no interval, as BLEU is not a share of items' : `95 % intervals over ${itemCount.format(items)} items`;
  return {
    label: `${title}: ${view.label} of ${family} models against parameters, ${intervals}, other families in grey${view.chance === undefined ? '' : `, chance ${view.chance}`}`,
    options: {
      ...chartOptions(340, 280),
      marginTop,
      x: parametersAxis(shown),
      y: { grid: true, label: null, domain: [0, top] },
      marks: [
        ...heading(title, [view.label, intervalNote(key)]),
        yLabelAboveFrame(view.axis),
        view.chance === undefined ? null : Plot.ruleY([view.chance], { stroke: 'var(--fg-muted)', strokeDasharray: '2,4' }),
        items === undefined ? null : Plot.ruleX(context, { x: 'parameters', y1: 'lower', y2: 'upper', stroke: 'var(--fg-muted)', strokeOpacity: 0.35 }),
        Plot.dot(context, { x: 'parameters', y: 'score', r: 2, fill: 'var(--fg-muted)', fillOpacity: 0.35 }),
        Plot.line(points, { x: 'parameters', y: 'score', stroke: 'var(--chart-1)', strokeWidth: 2 }),
        items === undefined ? null : Plot.ruleX(points, { x: 'parameters', y1: 'lower', y2: 'upper', stroke: 'var(--chart-1)', strokeWidth: 1.5 }),
        Plot.dot(points, { x: 'parameters', y: 'score', r: 3.5, fill: 'var(--chart-1)' }),
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
    const assumption = [task, companion(task)].some((key) => itemsFor(key) !== undefined && curve(key, family).length > 0)
      ? ' The intervals assume the whole evaluation set was scored: the source does not state how many items it scored per task.'
      : '';
    return `${family}. ${summary(task, family)}. Beside it, ${summary(companion(task), family)}.${assumption}`;
  },
  plots({ task, family }) {
    return [chart(task, family, 'Chosen task and metric'), chart(companion(task), family, companionHeading(task))];
  },
});
