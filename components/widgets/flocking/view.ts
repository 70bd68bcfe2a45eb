import type { Flock } from '../../../src/sim';
import { fitCanvas } from '../kit/canvas';
import { charts } from '../kit/chart';
import { every } from '../kit/every';
import { formatFixed } from '../kit/format';
import { watchPalette } from '../kit/palette';
import type { LiveView } from '../kit/widget-spec';
import { eachBird } from './birds';
import { orderChart, type OrderPoint } from './chart';
import { startFlock } from './flock';

/** Steps of history the running chart keeps. */
const kept = 600;
/** Steps averaged for the measured order parameter. */
const meanOver = 100;
/** Steps per frame: 0.06 box units of flight per frame, a calm pace to watch. */
const stepsPerFrame = 2;
/** Time the steps of one frame may take. */
const frameBudget = 8;

/**
 * The browser view of the flocking widget: birds on a canvas redrawn every frame, the running
 * chart of v_a and a line of text redrawn four times a second.
 */
export class FlockView implements LiveView<{ noise: number; birds: number }> {
  #flock: Flock;
  #steps = 0;
  #history: OrderPoint[] = [];
  /** Steps since the last change of a setting, for the measured mean. */
  #since = 0;
  readonly #canvas: HTMLCanvasElement;
  readonly #context: CanvasRenderingContext2D;
  readonly #chart: HTMLElement;
  readonly #readout: HTMLElement;
  #colors = { '--bg': 'white', '--chart-1': 'blue' };
  readonly #due = every(250);

  constructor(figure: HTMLElement, noise: number, birds: number) {
    const document = figure.ownerDocument;
    this.#flock = startFlock(birds, noise);
    this.#record();
    this.#canvas = document.createElement('canvas');
    this.#canvas.className = 'widget-canvas';
    this.#canvas.setAttribute('role', 'img');
    this.#context = this.#canvas.getContext('2d')!;
    this.#chart = document.createElement('div');
    this.#readout = document.createElement('p');
    this.#readout.className = 'widget-readout';
    const layout = document.createElement('div');
    layout.append(charts(document, this.#canvas, this.#chart), this.#readout);
    figure.querySelector('.widget-view')!.replaceChildren(layout);
    fitCanvas(this.#canvas, () => this.#paint());
    watchPalette(figure, ['--bg', '--chart-1'], (colors) => {
      this.#colors = colors;
      this.#paint();
    });
    this.#redraw();
  }

  update({ noise, birds }: { noise: number; birds: number }): void {
    if (birds !== this.#flock.n) {
      this.#flock = startFlock(birds, noise);
      this.#steps = 0;
      this.#history = [];
      this.#record();
    } else if (noise !== this.#flock.noise) {
      this.#flock.setNoise(noise);
    } else {
      return;
    }
    this.#since = 0;
    this.#paint();
    this.#redraw();
  }

  frame(now: number): void {
    const start = performance.now();
    for (let i = 0; i < stepsPerFrame && performance.now() - start < frameBudget; i++) {
      this.#flock.step(1);
      this.#steps++;
      this.#since++;
      this.#record();
    }
    this.#paint();
    if (this.#due(now)) this.#redraw();
  }

  measured(): string {
    const mean = this.#mean();
    if (mean === undefined) return '';
    return (
      `Paused after ${this.#steps.toLocaleString('en-US')} steps: order v_a ≈ ${formatFixed(mean)}, the mean of the last ${Math.min(this.#since, meanOver)} steps ` +
      `(1 is one aligned flock; about ${formatFixed(1 / Math.sqrt(this.#flock.n))} is no order).`
    );
  }

  #record(): void {
    this.#history.push({ step: this.#steps, order: this.#flock.polarization() });
    if (this.#history.length > kept) this.#history.splice(0, this.#history.length - kept);
  }

  /** Mean v_a over the steps since the last change, at most {@link meanOver}; undefined before the first step. */
  #mean(): number | undefined {
    const count = Math.min(this.#since, meanOver, this.#history.length);
    if (count === 0) return undefined;
    let sum = 0;
    for (let i = this.#history.length - count; i < this.#history.length; i++) sum += this.#history[i]!.order;
    return sum / count;
  }

  #paint(): void {
    const { width, height } = this.#canvas;
    const context = this.#context;
    const ratio = width / this.#canvas.getBoundingClientRect().width || 1;
    context.fillStyle = this.#colors['--bg'];
    context.fillRect(0, 0, width, height);
    context.strokeStyle = this.#colors['--chart-1'];
    context.lineWidth = 1.5 * ratio;
    context.lineCap = 'round';
    context.fillStyle = this.#colors['--chart-1'];
    const head = 3 * ratio;
    context.beginPath();
    eachBird(
      this.#flock,
      width,
      (x0, y0, x1, y1) => {
        context.moveTo(x0, y0);
        context.lineTo(x1, y1);
        context.fillRect(x1 - head / 2, y1 - head / 2, head, head);
      },
      7 * ratio,
    );
    context.stroke();
  }

  #redraw(): void {
    const { n, noise } = this.#flock;
    const now = this.#history[this.#history.length - 1]!.order;
    const mean = this.#mean();
    this.#chart.replaceChildren(orderChart(this.#chart.ownerDocument, this.#history, n));
    this.#canvas.setAttribute('aria-label', `${n} birds flying at noise ${formatFixed(noise)}, each drawn as a short stroke ending in a dot where it flies to`);
    this.#readout.textContent =
      `Step ${this.#steps.toLocaleString('en-US')}: order v_a = ${formatFixed(now)}` +
      (mean === undefined ? '.' : `; mean of the last ${Math.min(this.#since, meanOver)} steps since the last change ${formatFixed(mean)}.`);
  }
}
