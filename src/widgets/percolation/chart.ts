import * as Plot from '@observablehq/plot';
import { percolationThreshold } from '@/sim';
import { chartOptions, type Chart } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { spanningAt, type SpanningCurves } from './curves';

/** The p range the chart shows: where the curves rise. Outside it, an arrow at the edge points to p. */
const shown = [0.3, 0.9] as const;

/** Curves of smaller lattices are fainter, so the sharpening reads as a progression without relying on hue. */
const opacity = (rank: number, count: number) => 0.3 + (0.7 * rank) / Math.max(1, count - 1);

/**
 * Spanning probability against p for every lattice side, the reader's side in the second colour,
 * p_c marked, and the reader's p.
 */
export function spanningChart(data: SpanningCurves, p: number, size: number): Chart {
  const { ps, curves } = data;
  const here = spanningAt(data, size, p);
  const below = p < shown[0];
  const rows = curves.flatMap(({ size: side, values }, rank) =>
    ps.map((x, i) => ({ p: x, value: values[i]!, side, opacity: opacity(rank, curves.length) })),
  );
  const inside = !below && p <= shown[1];
  return {
    label:
      `Probability that an open cluster spans the lattice against p, for lattice sides ${curves.map((curve) => curve.size).join(', ') || 'none computed'}: ` +
      `each rises from 0 to 1 around the threshold p ≈ ${percolationThreshold.toFixed(3)}, more steeply the larger the lattice` +
      (here === undefined ? '' : `; at p = ${formatFixed(p, 3)} the ${size} × ${size} curve reads ${formatFixed(here)}`),
    options: {
      ...chartOptions(),
      x: { domain: shown, label: 'Open-site probability p →' },
      y: { domain: [0, 1], grid: true, label: '↑ P(an open cluster spans)' },
      marks: [
        Plot.ruleX([percolationThreshold], { stroke: 'var(--fg-muted)', strokeDasharray: '4,3' }),
        Plot.text([percolationThreshold], { x: (x: number) => x, y: 0.06, text: () => `p_c ≈ ${percolationThreshold.toFixed(3)}`, dx: 5, textAnchor: 'start', fill: 'var(--fg-muted)' }),
        Plot.line(rows.filter((row) => row.side !== size), { x: 'p', y: 'value', z: 'side', stroke: 'var(--chart-1)', strokeOpacity: 'opacity', strokeWidth: 1.5, clip: true }),
        Plot.line(rows.filter((row) => row.side === size), { x: 'p', y: 'value', stroke: 'var(--chart-2)', strokeWidth: 3, clip: true }),
        ...(inside
          ? [
            Plot.ruleX([p], { stroke: 'var(--fg)', strokeOpacity: 0.5 }),
            Plot.dot(here === undefined ? [] : [[p, here]], { r: 5, fill: 'var(--chart-2)', stroke: 'var(--bg)' }),
          ]
          // Outside the range shown, an arrow at the edge points to p.
          : [Plot.text([below ? `← p = ${formatFixed(p, 3)}` : `p = ${formatFixed(p, 3)} →`], {
            x: () => (below ? shown[0] : shown[1]), y: () => 0.5, text: (label: string) => label,
            textAnchor: below ? 'start' : 'end', dx: below ? 4 : -4, fill: 'var(--fg)',
          })]),
      ],
    },
  };
}

/** A key to the curves, as text. */
export function legend(document: Document, data: SpanningCurves, size: number): Element {
  const p = document.createElement('p');
  p.className = 'widget-legend';
  const swatches = data.curves
    .map(({ size: side }, rank) =>
      side === size
        ? `<span class="swatch line" style="--swatch: var(--chart-2)"></span>${side} (yours)`
        : `<span class="swatch line" style="--swatch: var(--chart-1); opacity: ${opacity(rank, data.curves.length).toFixed(2)}"></span>${side}`,
    )
    .join(' ');
  const sides = swatches ? `Lattice side: ${swatches}. ` : '';
  p.innerHTML = `${sides}Lattice colours: open sites blue, the spanning cluster orange, closed sites blank.`;
  return p;
}
