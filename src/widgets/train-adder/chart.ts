import * as Plot from '@observablehq/plot';
import { chartOptions, type Chart } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { widthsUpTo, type WidthResult } from './results';

/** Chance of guessing one output digit. */
const chance = 0.1;

/**
 * Per-digit accuracy and exact match against width on a log₂ axis, for the trained widths;
 * `note` is written across an empty chart (nothing trained yet, or a run under way).
 */
export function accuracyChart(digits: number, maxWidth: number, results: readonly WidthResult[], note: string): Chart {
  const widths = results.map((result) => result.width);
  const last = results.slice(-1);
  return {
    label: results.length === 0
      ? `Accuracy against width for ${digits}-digit sums: no network trained yet`
      : `Accuracy against width for ${digits}-digit sums, widths ${widths.join(', ')}: ` +
          results.map((result) => `width ${result.width} per digit ${formatFixed(result.meanDigitAccuracy)}, exact ${formatFixed(result.exactMatch)}`).join('; '),
    options: {
      ...chartOptions(680, 280),
      marginRight: 90,
      x: { type: 'log', base: 2, domain: [1, maxWidth], label: 'Hidden units (width) →', ticks: widthsUpTo(maxWidth), tickFormat: (x: number) => String(x) },
      y: { domain: [0, 1], grid: true, label: `↑ Held-out accuracy, ${digits}-digit sums` },
      marks: [
        Plot.ruleY([chance], { stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
        Plot.text([chance], { x: () => 1, y: (y: number) => y, text: () => 'chance per digit', dy: -7, textAnchor: 'start', fill: 'var(--fg-muted)' }),
        Plot.line(results, { x: 'width', y: 'meanDigitAccuracy', stroke: 'var(--chart-1)', strokeWidth: 2 }),
        Plot.dot(results, { x: 'width', y: 'meanDigitAccuracy', r: 4, fill: 'var(--chart-1)' }),
        Plot.line(results, { x: 'width', y: 'exactMatch', stroke: 'var(--chart-2)', strokeWidth: 2, strokeDasharray: '6,3' }),
        Plot.dot(results, { x: 'width', y: 'exactMatch', r: 4.5, symbol: 'square', fill: 'var(--chart-2)' }),
        Plot.text(last, { x: 'width', y: 'meanDigitAccuracy', text: () => 'per digit', dx: 8, textAnchor: 'start', fill: 'var(--fg)' }),
        Plot.text(last, { x: 'width', y: 'exactMatch', text: () => 'exact match', dx: 8, textAnchor: 'start', fill: 'var(--fg)' }),
        Plot.text(note ? [note] : [], { x: () => Math.sqrt(maxWidth), y: () => 0.5, text: (text: string) => text, fill: 'var(--fg-muted)', fontSize: 14 }),
      ],
    },
  };
}

/** A key to the two series, as text. */
export function legend(document: Document): Element {
  const p = document.createElement('p');
  p.className = 'widget-legend';
  p.innerHTML =
    '<span class="swatch line" style="--swatch: var(--chart-1)"></span> per-digit accuracy (circles) ' +
    '<span class="swatch dashed" style="--swatch: var(--chart-2)"></span> exact match: every digit of the sum right (squares)';
  return p;
}
