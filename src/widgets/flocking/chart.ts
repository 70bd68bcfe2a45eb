import * as Plot from '@observablehq/plot';
import { chartOptions, renderChart } from '../kit/chart';
import { formatFixed } from '../kit/format';

/** One point of the order parameter's history. */
export interface OrderPoint {
  step: number;
  order: number;
}

/**
 * v_a against step over the history kept, with the level a disordered flock of n birds sits at
 * (|Σ e^{iθ}|/n for random headings is about 1/√n).
 */
export function orderChart(document: Document, history: readonly OrderPoint[], birds: number): Element {
  const first = history[0]?.step ?? 0;
  const last = Math.max(first + 1, history[history.length - 1]?.step ?? 1);
  const disorder = 1 / Math.sqrt(birds);
  const latest = history[history.length - 1];
  return renderChart({
    options: {
      ...chartOptions(340, 200),
      x: { domain: [first, last], label: 'Step →' },
      y: { domain: [0, 1], grid: true, label: '↑ Order v_a' },
      marks: [
        Plot.ruleY([disorder], { stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
        Plot.text([disorder], { x: () => last, y: (y: number) => y, text: () => 'no order (1/√n)', dy: -7, textAnchor: 'end', fill: 'var(--fg-muted)' }),
        Plot.line(history, { x: 'step', y: 'order', stroke: 'var(--chart-1)', strokeWidth: 1.5 }),
      ],
    },
    label: `Order parameter over steps ${first} to ${last}` + (latest ? `, now ${formatFixed(latest.order)}` : '') +
      `; 1 is one aligned flock, about ${formatFixed(disorder)} is no order`,
  }, document);
}

/**
 * The running chart's frame for the browser: v_a over the last `span` steps, now at the right
 * edge. The line itself is drawn on top (see chart-overlay), so the chart renders once per flock.
 */
export function stripChart(document: Document, birds: number, span: number): Element {
  const disorder = 1 / Math.sqrt(birds);
  return renderChart({
    options: {
      ...chartOptions(340, 200),
      x: { domain: [-span, 0], label: 'Steps before now →' },
      y: { domain: [0, 1], grid: true, label: '↑ Order v_a' },
      marks: [
        Plot.ruleY([disorder], { stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
        Plot.text([disorder], { x: () => 0, y: (y: number) => y, text: () => 'no order (1/√n)', dy: -7, textAnchor: 'end', fill: 'var(--fg-muted)' }),
      ],
    },
    label: `Order parameter over the last ${span} steps; 1 is one aligned flock, about ${formatFixed(disorder)} is no order`,
  }, document);
}
