import * as Plot from '@observablehq/plot';
import { chartOptions } from '../kit/chart';
import { dot, line, text } from '../kit/layer-marks';
import type { Panel } from '../kit/panel-chart';
import { formatFixed } from '../kit/format';
import type { WidthResult } from './results';

/** Chance of guessing one output digit. */
const chance = 0.1;

/**
 * Per-digit accuracy and exact match against width on a log₂ axis, for the trained widths;
 * `note` is written across an empty chart (nothing trained yet, or a run under way). The frame
 * changes with the setting; results arriving during a run are drawn in the layer.
 */
export function accuracyPanel(digits: number, maxWidth: number, results: readonly WidthResult[], note: string): Panel {
  const widths = results.map((result) => result.width);
  const perDigit = results.map((result) => result.meanDigitAccuracy);
  const exact = results.map((result) => result.exactMatch);
  const last = results[results.length - 1];
  return {
    key: `${digits} ${maxWidth}`,
    frame: (document) => ({
      ...chartOptions(document, 680, 280),
      marginRight: 90,
      x: { type: 'log', base: 2, domain: [1, maxWidth], label: 'Hidden units (width) →', ticks: widthTicks(maxWidth), tickFormat: (x: number) => String(x) },
      y: { domain: [0, 1], grid: true, label: `↑ Held-out accuracy, ${digits}-digit sums` },
      marks: [
        Plot.ruleY([chance], { stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
        Plot.text([chance], { x: () => 1, y: (y: number) => y, text: () => 'chance per digit', dy: -7, textAnchor: 'start', fill: 'var(--fg-muted)' }),
      ],
    }),
    label: results.length === 0
      ? `Accuracy against width for ${digits}-digit sums: no network trained yet`
      : `Accuracy against width for ${digits}-digit sums, widths ${widths.join(', ')}: ` +
          results.map((result) => `width ${result.width} per digit ${formatFixed(result.meanDigitAccuracy)}, exact ${formatFixed(result.exactMatch)}`).join('; '),
    layer: [
      line(widths, perDigit, { stroke: 'var(--chart-1)', strokeWidth: 2 }),
      ...results.map((result) => dot(result.width, result.meanDigitAccuracy, { r: 4, fill: 'var(--chart-1)' })),
      line(widths, exact, { stroke: 'var(--chart-2)', strokeWidth: 2, strokeDasharray: '6,3' }),
      ...results.map((result) => dot(result.width, result.exactMatch, { r: 4.5, symbol: 'square', fill: 'var(--chart-2)' })),
      ...(last
        ? [
          text(last.width, last.meanDigitAccuracy, 'per digit', { dx: 8, textAnchor: 'start', fill: 'var(--fg)' }),
          text(last.width, last.exactMatch, 'exact match', { dx: 8, textAnchor: 'start', fill: 'var(--fg)' }),
        ]
        : []),
      ...(note ? [text(Math.sqrt(maxWidth), 0.5, note, { fill: 'var(--fg-muted)', fontSize: 14 })] : []),
    ],
  };
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
