import { charts, renderChart } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { latticeSvg } from '../kit/lattice-svg';
import { defineWidget } from '../kit/widget-spec';
import { legend, spanningChart } from './chart';
import { spanningCurves, type SpanningCurves } from './curves';
import { describeLattice } from './describe';
import { sampleLattice } from './lattice';
import { PercolationView } from './view';

/**
 * Without prepared curves (the page always has them; some unit tests call `describe` and `draw`
 * without) the chart shows p and p_c but no curves: computing them takes seconds, which belongs to the build.
 */
const noCurves: SpanningCurves = { ps: [], curves: [] };

/** Site percolation: one random lattice with its spanning cluster, beside spanning probability against p for several sizes. */
export const spec = defineWidget({
  name: 'percolation',
  title: 'Percolation',
  lesson: 'phase-transitions',
  caption:
    'Raise p slowly from 0.5: on this lattice nothing connects, then one more open site links a path from top to bottom. ' +
    'On the chart, the larger the lattice, the closer its curve comes to a step at the threshold, p ≈ 0.593.',
  params: {
    p: { kind: 'number', label: 'Open-site probability p', min: 0, max: 1, step: 0.005, default: 0.59 },
    size: {
      kind: 'choice', label: 'Lattice', default: '64',
      options: (['16', '32', '64', '128'] as const).map((value) => ({ value, label: `${value} × ${value}` })),
    },
    seed: { kind: 'number', label: 'Random lattice (seed)', min: 1, max: 1000, step: 1, default: 1 },
  },
  prepare: (): SpanningCurves => spanningCurves(),
  describe({ p, size, seed }, data) {
    return describeLattice(p, seed, sampleLattice(p, Number(size), seed), data ?? noCurves);
  },
  draw({ p, size, seed }, document, data) {
    const side = Number(size);
    const curves = data ?? noCurves;
    const sample = sampleLattice(p, side, seed);
    const figure = document.createElement('div');
    figure.append(
      charts(
        document,
        latticeSvg(
          document, sample.cells, side, 'var(--bg)',
          [{ value: 1, fill: 'var(--chart-1)' }, { value: 2, fill: 'var(--chart-2)' }],
          `A ${side} × ${side} lattice at p = ${formatFixed(p, 3)}: open sites coloured, ${sample.spans ? 'the spanning cluster in the second colour' : 'no spanning cluster'}`,
        ),
        renderChart(spanningChart(curves, p, side), document),
      ),
      legend(document, curves, side),
    );
    return figure;
  },
  live(figure, state, { data }) {
    return new PercolationView(figure, state, data ?? noCurves);
  },
});
