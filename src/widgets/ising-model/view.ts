import type { Ising } from '@/sim';
import { charts } from '../kit/chart';
import { chartOverlay } from '../kit/chart-overlay';
import { every } from '../kit/every';
import { formatFixed } from '../kit/format';
import { LatticeCanvas } from '../kit/lattice-canvas';
import { resolveColor, watchPalette } from '../kit/palette';
import { packColor } from '../kit/pixels';
import type { LiveView } from '../kit/widget-spec';
import { legend, magnetizationChart, type Measurement } from './chart';
import { burnIn, hotLattice, startLattice } from './lattice';

/** Sweeps averaged for the measured |m|: long enough to smooth the noise, short enough to follow a change. */
const meanOver = 200;
/** Sweeps at one temperature before its measurement joins the trail of earlier points. */
const trailAfter = 100;
/** Time the sweeps of one frame may take, so a 256² lattice never starves input or drawing. */
const frameBudget = 8;
/** Time the burn-in of a new lattice may take per frame: a change of size draws at once and settles over a few frames. */
const burnBudget = 4;

/** Sweeps per frame: about 260,000 spin updates (four sweeps of 256², a few ms), at most 16 sweeps of a small lattice. */
function sweepsPerFrame(size: number): number {
  return Math.max(1, Math.min(16, Math.round(2 ** 18 / (size * size))));
}

/**
 * The browser view of the Ising widget: the lattice on a canvas, redrawn every frame, beside the
 * |m|(T) chart, whose measured point and the line of text below move ten times a second (the
 * chart itself is rendered again only when a setting changes). It measures |m| as the running
 * mean of the last {@link meanOver} sweeps at the current temperature.
 */
export class IsingView implements LiveView<{ temperature: number; size: string }> {
  #model: Ising;
  #temperature: number;
  readonly #lattice: LatticeCanvas;
  /** Packed colours indexed by spin + 1: down, unused, up. */
  readonly #colors = new Uint32Array(3);
  readonly #chart: HTMLElement;
  /** The measured point, moved on the rendered chart. */
  #marker: SVGPathElement | undefined;
  #place: ((m: number) => string) | undefined;
  readonly #readout: HTMLElement;
  readonly #samples = new Float64Array(meanOver);
  #count = 0;
  #sweeps = 0;
  #trail: Measurement[] = [];
  readonly #due = every(100);
  /** Burn-in sweeps a new lattice still needs before the running model measures it. */
  #burnLeft = 0;
  /** The animation frame that runs the next part of the burn-in, or 0. */
  #burning = 0;

  constructor(figure: HTMLElement, temperature: number, size: number) {
    const document = figure.ownerDocument;
    this.#temperature = temperature;
    this.#model = startLattice(size, temperature);
    const canvas = document.createElement('canvas');
    canvas.className = 'widget-canvas';
    canvas.setAttribute('role', 'img');
    this.#lattice = new LatticeCanvas(canvas);
    this.#chart = document.createElement('div');
    this.#readout = document.createElement('p');
    this.#readout.className = 'widget-readout';
    const layout = document.createElement('div');
    layout.append(charts(document, canvas, this.#chart), this.#readout, legend(document));
    figure.querySelector('.widget-view')!.replaceChildren(layout);
    watchPalette(figure, ['--bg', '--chart-1'], (colors) => {
      this.#colors[0] = packColor(resolveColor(colors['--bg']));
      this.#colors[2] = packColor(resolveColor(colors['--chart-1']));
      this.#paint();
    });
    this.#redraw();
  }

  update({ temperature, size }: { temperature: number; size: string }): void {
    const side = Number(size);
    if (side !== this.#model.size) {
      // A new lattice starts hot and is burnt in over the next frames, a few ms at a time, so the
      // change itself stays within a frame; the same sweeps as startLattice's give the same lattice.
      this.#model = hotLattice(side, temperature);
      this.#burnLeft = burnIn(side);
      this.#burning ||= requestAnimationFrame(this.#burn);
      this.#trail = [];
    } else if (temperature !== this.#temperature) {
      const left = this.#measurement();
      if (left && this.#sweeps >= trailAfter) this.#trail = [...this.#trail.filter((point) => point.temperature !== left.temperature), left];
      this.#model.setTemperature(temperature);
    } else {
      return;
    }
    this.#temperature = temperature;
    this.#count = this.#sweeps = 0;
    this.#paint();
    this.#redraw();
  }

  frame(now: number): void {
    if (this.#burnLeft > 0) return;
    const start = performance.now();
    const model = this.#model;
    for (let i = sweepsPerFrame(model.size); i > 0 && performance.now() - start < frameBudget; i--) {
      model.sweep(1);
      this.#samples[this.#sweeps % meanOver] = Math.abs(model.magnetization());
      this.#sweeps++;
      this.#count = Math.min(meanOver, this.#count + 1);
    }
    this.#paint();
    if (this.#due(now)) this.#show();
  }

  measured(): string {
    const point = this.#measurement();
    if (!point) return '';
    return `Paused after ${this.#sweeps.toLocaleString('en-US')} sweeps at this temperature: measured |m| ≈ ${formatFixed(point.m)}, the mean of the last ${this.#count}.`;
  }

  /** The running mean of |m| at the current temperature, once there is a sweep to average. */
  #measurement(): Measurement | undefined {
    if (this.#count === 0) return undefined;
    let sum = 0;
    for (let i = 0; i < this.#count; i++) sum += this.#samples[i]!;
    return { temperature: this.#temperature, m: sum / this.#count };
  }

  /** Runs burn-in sweeps for at most {@link burnBudget} ms, shows the lattice, and asks for another frame while some remain. */
  readonly #burn = (): void => {
    this.#burning = 0;
    const start = performance.now();
    while (this.#burnLeft > 0 && performance.now() - start < burnBudget) {
      this.#model.sweep(1);
      this.#burnLeft--;
    }
    this.#paint();
    if (this.#burnLeft > 0) this.#burning = requestAnimationFrame(this.#burn);
    else this.#show();
  };

  #paint(): void {
    const model = this.#model;
    this.#lattice.draw(model.spins, model.size, -1, this.#colors);
  }

  /** Renders the chart for the current temperature and trail, then shows the measurement on it. */
  #redraw(): void {
    const document = this.#chart.ownerDocument;
    const size = this.#model.size;
    const chart = magnetizationChart(document, { temperature: this.#temperature, trail: this.#trail });
    const overlay = chartOverlay(chart);
    this.#marker = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    this.#marker.setAttribute('d', 'M0,-7L7,0L0,7L-7,0Z');
    this.#marker.setAttribute('fill', 'var(--chart-2)');
    this.#marker.setAttribute('stroke', 'var(--bg)');
    overlay.layer.append(this.#marker);
    const x = overlay.x(this.#temperature);
    this.#place = (m) => `translate(${x.toFixed(1)},${overlay.y(m).toFixed(1)})`;
    this.#chart.replaceChildren(chart);
    this.#lattice.canvas.setAttribute(
      'aria-label',
      `Live ${size} × ${size} Ising lattice at T = ${formatFixed(this.#temperature)}: spin-up sites coloured, spin-down sites blank`,
    );
    this.#show();
  }

  /** Moves the measured point and updates the line of text: cheap enough for every few frames. */
  #show(): void {
    const measured = this.#measurement();
    this.#marker?.setAttribute('visibility', measured ? 'visible' : 'hidden');
    if (measured) this.#marker?.setAttribute('transform', this.#place!(measured.m));
    this.#readout.textContent = this.#burnLeft > 0
      ? `Settling the new ${this.#model.size} × ${this.#model.size} lattice: ${burnIn(this.#model.size)} sweeps of burn-in before it measures.`
      : measured
      ? `Measured |m| ≈ ${formatFixed(measured.m)}: the mean of the last ${this.#count} of ${this.#sweeps.toLocaleString('en-US')} sweeps at this temperature.`
      : 'No sweeps at this temperature yet: the lattice runs while the figure plays.';
  }
}
