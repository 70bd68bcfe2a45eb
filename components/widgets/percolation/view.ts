import { charts } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { LatticeCanvas } from '../kit/lattice-canvas';
import { resolveColor, watchPalette } from '../kit/palette';
import { packColor } from '../kit/pixels';
import type { LiveView } from '../kit/widget-spec';
import { legend, spanningChart } from './chart';
import type { SpanningCurves } from './curves';
import { sampleLattice } from './lattice';

type State = { p: number; size: string; seed: number };

/** The browser view of the percolation widget: the lattice on a canvas, the chart and its key redrawn on each change. */
export class PercolationView implements LiveView<State> {
  readonly #lattice: LatticeCanvas;
  /** Packed colours for closed, open and spanning sites. */
  readonly #colors = new Uint32Array(3);
  readonly #chart: HTMLElement;
  readonly #legend: HTMLElement;
  readonly #data: SpanningCurves;
  #state: State;

  constructor(figure: HTMLElement, state: State, data: SpanningCurves) {
    const document = figure.ownerDocument;
    this.#data = data;
    this.#state = state;
    const canvas = document.createElement('canvas');
    canvas.className = 'widget-canvas';
    canvas.setAttribute('role', 'img');
    this.#lattice = new LatticeCanvas(canvas);
    this.#chart = document.createElement('div');
    this.#legend = document.createElement('div');
    const layout = document.createElement('div');
    layout.append(charts(document, canvas, this.#chart), this.#legend);
    figure.querySelector('.widget-view')!.replaceChildren(layout);
    watchPalette(figure, ['--bg', '--chart-1', '--chart-2'], (colors) => {
      this.#colors.set([colors['--bg'], colors['--chart-1'], colors['--chart-2']].map((css) => packColor(resolveColor(css))));
      this.update(this.#state);
    });
  }

  update(state: State): void {
    this.#state = state;
    const { p, seed } = state;
    const size = Number(state.size);
    const sample = sampleLattice(p, size, seed);
    this.#lattice.draw(sample.cells, size, 0, this.#colors);
    this.#lattice.canvas.setAttribute(
      'aria-label',
      `A ${size} × ${size} lattice at p = ${formatFixed(p, 3)}: open sites coloured, ${sample.spans ? 'the spanning cluster in the second colour' : 'no spanning cluster'}`,
    );
    const document = this.#chart.ownerDocument;
    this.#chart.replaceChildren(spanningChart(document, this.#data, p, size));
    this.#legend.replaceChildren(legend(document, this.#data, size));
  }
}
