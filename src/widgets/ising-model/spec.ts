import { charts } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { latticeSvg } from '../kit/lattice-svg';
import { defineWidget } from '../kit/widget-spec';
import { legend, magnetizationChart } from './chart';
import { describeSetting } from './describe';
import { burnIn, startLattice } from './lattice';
import { IsingView } from './view';

/** The build-time snapshot is at most 64 × 64, which keeps its SVG to a few kilobytes. */
const snapshotSize = 64;

/** A live 2-D Ising lattice (Metropolis dynamics) beside |m| against T with Onsager and Yang's exact result. */
export const spec = defineWidget({
  name: 'ising-model',
  title: 'Ising model',
  lesson: 'phase-transitions',
  caption:
    'Start at T = 2.27, the critical point: clusters of every size. Cool to 1.8 and watch domains merge until one colour wins; heat to 3 and the order melts. ' +
    'On a larger lattice the measured |m| hugs the exact curve more closely: the transition sharpens with size.',
  animated: true,
  params: {
    temperature: { kind: 'number', label: 'Temperature T', min: 0.5, max: 5, step: 0.01, default: 2.27, unit: 'J/k_B' },
    size: {
      kind: 'choice', label: 'Lattice', default: '64',
      options: (['32', '64', '128', '256'] as const).map((value) => ({ value, label: `${value} × ${value}` })),
    },
  },
  describe({ temperature, size }) {
    return describeSetting(temperature, Number(size));
  },
  draw({ temperature, size }, document) {
    const side = Math.min(Number(size), snapshotSize);
    const model = startLattice(side, temperature);
    const m = Math.abs(model.magnetization());
    const figure = document.createElement('div');
    figure.append(
      charts(
        document,
        latticeSvg(
          document, model.spins, side, 'var(--bg)', [{ value: 1, fill: 'var(--chart-1)' }],
          `A ${side} × ${side} Ising lattice at T = ${formatFixed(temperature)} after ${burnIn(side)} sweeps: spin-up sites coloured, spin-down sites blank; |m| = ${formatFixed(m)}`,
        ),
        magnetizationChart(document, { temperature, measured: { temperature, m } }),
      ),
      legend(document),
    );
    return figure;
  },
  live(figure, { temperature, size }) {
    return new IsingView(figure, temperature, Number(size));
  },
});
