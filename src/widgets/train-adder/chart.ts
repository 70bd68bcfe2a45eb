import * as Plot from '@observablehq/plot';
import { chartOptions, type Chart } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { byWidth, formatRange, lineRuns, range, seeds, widthsUpTo, type WidthResult } from './results';

/** Chance of guessing one output digit. */
const chance = 0.1;

/** Opacity of the seeds other than the line's. */
const faint = 0.35;

/** A width's lowest and highest value of one series over its seeds, for the rule between them. */
interface Span {
  width: number;
  low: number;
  high: number;
}

function spans(results: readonly WidthResult[], key: 'meanDigitAccuracy' | 'exactMatch'): Span[] {
  return byWidth(results)
    .filter((group) => group.runs.length > 1)
    .map((group) => {
      const [low, high] = range(group.runs, key);
      return { width: group.width, low, high };
    });
}

/** The accessible text of one width: the line's seed, then the range over the seeds when there are several. */
function widthText(runs: readonly WidthResult[]): string {
  const [line] = runs;
  if (runs.length === 1) return `width ${line!.width} per digit ${formatFixed(line!.meanDigitAccuracy)}, exact ${formatFixed(line!.exactMatch)}`;
  return (
    `width ${line!.width} per digit ${formatFixed(line!.meanDigitAccuracy)} (${formatRange(range(runs, 'meanDigitAccuracy'))} over ${runs.length} seeds), ` +
    `exact ${formatFixed(line!.exactMatch)} (${formatRange(range(runs, 'exactMatch'))})`
  );
}

/**
 * Per-digit accuracy and exact match against width on a log₂ axis, for the trained networks: the
 * lowest seed at each width (seed 1) as a line with solid marks, the other seeds as faint marks,
 * and a thin rule from the lowest to the highest seed at each width; `note` is written across an
 * empty chart (nothing trained yet, or a run under way).
 */
export function accuracyChart(digits: number, maxWidth: number, results: readonly WidthResult[], note: string): Chart {
  const groups = byWidth(results);
  const line = lineRuns(results);
  const others = results.filter((result) => !line.includes(result));
  const last = line.slice(-1);
  return {
    label: results.length === 0
      ? `Accuracy against width for ${digits}-digit sums: no network trained yet`
      : `Accuracy against width for ${digits}-digit sums, widths ${groups.map((group) => group.width).join(', ')}, ` +
          `line and solid marks seed ${line[0]!.seed}, faint marks the other seeds: ` +
          groups.map((group) => widthText(group.runs)).join('; '),
    options: {
      ...chartOptions(680, 280),
      marginRight: 90,
      x: { type: 'log', base: 2, domain: [1, maxWidth], label: 'Hidden units (width) →', ticks: widthsUpTo(maxWidth), tickFormat: (x: number) => String(x) },
      y: { domain: [0, 1], grid: true, label: `↑ Held-out accuracy, ${digits}-digit sums` },
      marks: [
        Plot.ruleY([chance], { stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
        Plot.text([chance], { x: () => 1, y: (y: number) => y, text: () => 'chance per digit', dy: -7, textAnchor: 'start', fill: 'var(--fg-muted)' }),
        Plot.ruleX(spans(results, 'meanDigitAccuracy'), { x: 'width', y1: 'low', y2: 'high', stroke: 'var(--chart-1)', strokeWidth: 1.5, strokeOpacity: 0.6 }),
        Plot.ruleX(spans(results, 'exactMatch'), { x: 'width', y1: 'low', y2: 'high', stroke: 'var(--chart-2)', strokeWidth: 1.5, strokeOpacity: 0.6 }),
        Plot.dot(others, { x: 'width', y: 'meanDigitAccuracy', r: 3.5, fill: 'var(--chart-1)', fillOpacity: faint }),
        Plot.dot(others, { x: 'width', y: 'exactMatch', r: 4, symbol: 'square', fill: 'var(--chart-2)', fillOpacity: faint }),
        Plot.line(line, { x: 'width', y: 'meanDigitAccuracy', stroke: 'var(--chart-1)', strokeWidth: 2 }),
        Plot.dot(line, { x: 'width', y: 'meanDigitAccuracy', r: 4, fill: 'var(--chart-1)' }),
        Plot.line(line, { x: 'width', y: 'exactMatch', stroke: 'var(--chart-2)', strokeWidth: 2, strokeDasharray: '6,3' }),
        Plot.dot(line, { x: 'width', y: 'exactMatch', r: 4.5, symbol: 'square', fill: 'var(--chart-2)' }),
        Plot.text(last, { x: 'width', y: 'meanDigitAccuracy', text: () => 'per digit', dx: 8, textAnchor: 'start', fill: 'var(--fg)' }),
        Plot.text(last, { x: 'width', y: 'exactMatch', text: () => 'exact match', dx: 8, textAnchor: 'start', fill: 'var(--fg)' }),
        Plot.text(note ? [note] : [], { x: () => Math.sqrt(maxWidth), y: () => 0.5, text: (text: string) => text, fill: 'var(--fg-muted)', fontSize: 14 }),
      ],
    },
  };
}

/** A key to the two series and to the seeds, as text. */
export function legend(document: Document): Element {
  const p = document.createElement('p');
  p.className = 'widget-legend';
  const [first, ...rest] = seeds;
  p.innerHTML =
    '<span class="swatch line" style="--swatch: var(--chart-1)"></span> per-digit accuracy (circles) ' +
    '<span class="swatch dashed" style="--swatch: var(--chart-2)"></span> exact match: every digit of the sum right (squares). ' +
    `Each width is trained with ${seeds.length} seeds: solid marks and lines seed ${first}, faint marks seeds ${rest.join(' and ')}, ` +
    'a thin bar from the lowest to the highest seed.';
  return p;
}
