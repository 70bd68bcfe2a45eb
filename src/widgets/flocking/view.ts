import type { Flock } from '@/sim';
import { fitCanvas } from '../kit/canvas';
import { charts } from '../kit/chart';
import { chartOverlay, polyline } from '../kit/chart-overlay';
import { every } from '../kit/every';
import { formatFixed } from '../kit/format';
import { resolveColor, watchPalette } from '../kit/palette';
import { packColor } from '../kit/pixels';
import type { LiveView } from '../kit/widget-spec';
import { paintBirds } from './birds';
import { stripChart, type OrderPoint } from './chart';
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
 * The browser view of the flocking widget: birds on a canvas redrawn every frame; the line of
 * the running v_a chart and the text below it follow ten times a second (the chart's frame is
 * rendered again only for a new flock).
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
  #line: SVGPathElement | undefined;
  #x: (value: number) => number = () => 0;
  #y: (value: number) => number = () => 0;
  readonly #readout: HTMLElement;
  /** Packed colours of the sky and the birds. */
  #colors = { background: 0, bird: 0xff000000 };
  #image: ImageData | undefined;
  #pixels = new Uint32Array(0);
  /** Device pixels per CSS pixel of the canvas, read on resize rather than every frame (reading it forces a layout). */
  #ratio = 1;
  readonly #due = every(100);

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
    fitCanvas(this.#canvas, () => {
      this.#image = this.#context.createImageData(this.#canvas.width, this.#canvas.height);
      this.#pixels = new Uint32Array(this.#image.data.buffer);
      this.#ratio = this.#canvas.width / (this.#canvas.getBoundingClientRect().width || this.#canvas.width);
      this.#paint();
    });
    watchPalette(figure, ['--bg', '--chart-1'], (colors) => {
      this.#colors = { background: packColor(resolveColor(colors['--bg'])), bird: packColor(resolveColor(colors['--chart-1'])) };
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
    if (this.#due(now)) this.#show();
  }

  measured(): string {
    const mean = this.#mean();
    if (mean === undefined) return '';
    return (
      `Paused after ${this.#steps.toLocaleString('en-US')} steps: order parameter ≈ ${formatFixed(mean)}, the mean of the last ${Math.min(this.#since, meanOver)} steps ` +
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

  /** Draws the birds into the reused pixel buffer and puts it on the canvas. */
  #paint(): void {
    const image = this.#image;
    if (!image) return;
    const ratio = this.#ratio;
    paintBirds(this.#pixels, image.width, this.#flock, {
      ...this.#colors,
      length: 7 * ratio,
      thickness: Math.max(1, Math.round(ratio)),
      head: Math.max(2, Math.round(3 * ratio)),
    });
    this.#context.putImageData(image, 0, 0);
  }

  /** Renders the chart's frame for this flock, then draws the history on it. */
  #redraw(): void {
    const { n, noise } = this.#flock;
    const document = this.#chart.ownerDocument;
    const chart = stripChart(document, n, kept);
    const overlay = chartOverlay(chart);
    this.#x = overlay.x;
    this.#y = overlay.y;
    this.#line = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    this.#line.setAttribute('fill', 'none');
    this.#line.setAttribute('stroke', 'var(--chart-1)');
    this.#line.setAttribute('stroke-width', '1.5');
    overlay.layer.append(this.#line);
    this.#chart.replaceChildren(chart);
    this.#canvas.setAttribute('aria-label', `${n} birds flying at noise ${formatFixed(noise)}, each drawn as a short stroke ending in a dot where it flies to`);
    this.#show();
  }

  /** Redraws the history line and the line of text: cheap enough for every few frames. */
  #show(): void {
    const history = this.#history;
    const now = history[history.length - 1]!;
    const mean = this.#mean();
    this.#line?.setAttribute('d', polyline(history.map((point) => this.#x(point.step - now.step)), history.map((point) => this.#y(point.order))));
    this.#readout.textContent =
      `Step ${this.#steps.toLocaleString('en-US')}: order parameter ${formatFixed(now.order)}` +
      (mean === undefined ? '.' : `; mean of the last ${Math.min(this.#since, meanOver)} steps since the last change ${formatFixed(mean)}.`);
  }
}
