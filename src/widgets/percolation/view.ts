import { charts } from '../kit/chart';
import { formatFixed } from '../kit/format';
import { LatticeCanvas } from '../kit/lattice-canvas';
import { builtCharts, PanelChart } from '../kit/panel-chart';
import { resolveColor, watchPalette } from '../kit/palette';
import { packColor } from '../kit/pixels';
import type { LiveView } from '../kit/widget-spec';
import { legend, spanningPanel } from './chart';
import type { SpanningCurves } from './curves';
import { sampleLattice } from './lattice';

type State = { p: number; size: string; seed: number };

/** The browser view of the percolation widget: the lattice on a canvas, the chart's p moved in place, the chart's frame and its key redrawn when the size changes. */
export class PercolationView implements LiveView<State> {
  readonly #lattice: LatticeCanvas;
  /** Packed colours for closed, open and spanning sites. */
  readonly #colors = new Uint32Array(3);
  readonly #chart: PanelChart;
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
    const built = builtCharts(figure.querySelector('.widget-view')!)[0];
    this.#chart = new PanelChart(spanningPanel(data, state.p, Number(state.size)), document, built);
    this.#legend = document.createElement('div');
    const layout = document.createElement('div');
    layout.append(charts(document, canvas, this.#chart.element), this.#legend);
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
    this.#chart.update(spanningPanel(this.#data, p, size));
    if (size !== this.#legendSize) this.#legend.replaceChildren(legend(this.#legend.ownerDocument, this.#data, size));
    this.#legendSize = size;
  }
}
