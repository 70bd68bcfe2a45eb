import * as Plot from '@observablehq/plot';
import { chart, chartOptions } from '../kit/chart';
import { formatFixed } from '../kit/format';
import type { WidthResult } from './results';

/** Chance of guessing one output digit. */
const chance = 0.1;

/**
 * Per-digit accuracy and exact match against width on a log₂ axis, for the trained widths;
 * `note` is written across an empty chart (nothing trained yet, or a run under way).
 */
export function accuracyChart(document: Document, digits: number, maxWidth: number, results: readonly WidthResult[], note: string): Element {
  const series = results.flatMap((result) => [
    { width: result.width, value: result.meanDigitAccuracy, metric: 'per digit' },
    { width: result.width, value: result.exactMatch, metric: 'exact match' },
  ]);
  const perDigit = series.filter((point) => point.metric === 'per digit');
  const exact = series.filter((point) => point.metric === 'exact match');
  const ends = results.length > 0 ? [perDigit[perDigit.length - 1]!, exact[exact.length - 1]!] : [];
  return chart(
    {
      ...chartOptions(document, 680, 280),
      marginRight: 90,
      x: { type: 'log', base: 2, domain: [1, maxWidth], label: 'Hidden units (width) →', ticks: widthTicks(maxWidth), tickFormat: (x: number) => String(x) },
      y: { domain: [0, 1], grid: true, label: `↑ Held-out accuracy, ${digits}-digit sums` },
      marks: [
        Plot.ruleY([chance], { stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
        Plot.text([chance], { x: () => 1, y: (y: number) => y, text: () => 'chance per digit', dy: -7, textAnchor: 'start', fill: 'var(--fg-muted)' }),
        Plot.line(perDigit, { x: 'width', y: 'value', stroke: 'var(--chart-1)', strokeWidth: 2 }),
        Plot.dot(perDigit, { x: 'width', y: 'value', r: 4, fill: 'var(--chart-1)' }),
        Plot.line(exact, { x: 'width', y: 'value', stroke: 'var(--chart-2)', strokeWidth: 2, strokeDasharray: '6,3' }),
        Plot.dot(exact, { x: 'width', y: 'value', r: 4.5, symbol: 'square', fill: 'var(--chart-2)' }),
        Plot.text(ends, { x: 'width', y: 'value', text: 'metric', dx: 8, textAnchor: 'start', fill: 'var(--fg)' }),
        Plot.text(note ? [note] : [], { frameAnchor: 'middle', text: (text: string) => text, fill: 'var(--fg-muted)', fontSize: 14 }),
      ],
    },
    results.length === 0
      ? `Accuracy against width for ${digits}-digit sums: no network trained yet`
      : `Accuracy against width for ${digits}-digit sums, widths ${results.map((result) => result.width).join(', ')}: ` +
          results.map((result) => `width ${result.width} per digit ${formatFixed(result.meanDigitAccuracy)}, exact ${formatFixed(result.exactMatch)}`).join('; '),
  );
}

function widthTicks(maxWidth: number): number[] {
  const ticks = [];
  for (let width = 1; width <= maxWidth; width *= 2) ticks.push(width);
  return ticks;
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
