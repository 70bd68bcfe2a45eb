import { charts, renderChart } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { LatticeCanvas } from '../kit/lattice-canvas';
import { resolveColor, watchPalette } from '../kit/palette';
import { packColor } from '../kit/pixels';
import type { LiveView } from '../kit/widget-spec';
import { legend, spanningChart } from './chart';
import type { SpanningCurves } from './curves';
import { sampleLattice } from './lattice';

type State = { p: number; size: string; seed: number };

/** The browser view of the percolation widget: the lattice on a canvas beside the chart, which Plot renders again for each change; the key to the curves follows the size. */
export class PercolationView implements LiveView<State> {
  readonly #lattice: LatticeCanvas;
  /** Packed colours for closed, open and spanning sites. */
  readonly #colors = new Uint32Array(3);
  /** The chart, rendered again for each change. */
  #chart: Element;
  readonly #legend: HTMLElement;
  /** The lattice side the key was drawn for. */
  #legendSize = 0;
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
    this.#chart = renderChart(spanningChart(data, state.p, Number(state.size)), document);
    this.#legend = document.createElement('div');
    const layout = document.createElement('div');
    layout.append(charts(document, canvas, this.#chart), this.#legend);
    figure.querySelector('.widget-view')!.replaceChildren(layout);
    watchPalette(figure, ['--bg', '--chart-1', '--chart-2'], (colors) => {
      this.#colors.set([colors['--bg'], colors['--chart-1'], colors['--chart-2']].map((css) => packColor(resolveColor(css))));
      this.#paint();
    });
    this.#legend.replaceChildren(legend(document, data, Number(state.size)));
    this.#legendSize = Number(state.size);
  }

  update(state: State): void {
    this.#state = state;
    this.#paint();
    const size = Number(state.size);
    const chart = renderChart(spanningChart(this.#data, state.p, size), this.#chart.ownerDocument);
    this.#chart.replaceWith(chart);
    this.#chart = chart;
    if (size !== this.#legendSize) this.#legend.replaceChildren(legend(this.#legend.ownerDocument, this.#data, size));
    this.#legendSize = size;
  }

  /** Draws the lattice of the current state on the canvas, with its label. */
  #paint(): void {
    const { p, seed } = this.#state;
    const size = Number(this.#state.size);
    const sample = sampleLattice(p, size, seed);
    this.#lattice.draw(sample.cells, size, 0, this.#colors);
    this.#lattice.canvas.setAttribute(
      'aria-label',
      `A ${size} × ${size} lattice at p = ${formatFixed(p, 3)}: open sites coloured, ${sample.spans ? 'the spanning cluster in the second colour' : 'no spanning cluster'}`,
    );
  }
}
