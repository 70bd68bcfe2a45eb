import { grokStep, type GrokkingPoint } from '@/sim';
import { charts, renderChart } from '../kit/chart';
import { Staggered } from '../kit/staggered';
import { TrainingToolbar } from '../kit/training-toolbar';
import type { LiveView } from '../kit/widget-spec';
import { accuracyChart, normChart, spectrumChart } from './charts';
import { STEPS, newModel, summarise, type GrokkingRequest } from './run';

type State = { trainFraction: number; weightDecay: number; seed: number };

const requestOf = ({ trainFraction, weightDecay, seed }: State): GrokkingRequest => ({ trainFraction, weightDecay, seed });
const key = ({ trainFraction, weightDecay, seed }: GrokkingRequest) => `${trainFraction}:${weightDecay}:${seed}`;

/** Untrained measurements by split and seed: weight decay does not touch the untrained network. */
const untrainedPoints = new Map<string, GrokkingPoint>();

/** The untrained network of a setting, measured (once per split and seed on a page). */
export function untrainedPoint(request: GrokkingRequest): GrokkingPoint {
  const id = `${request.trainFraction}:${request.seed}`;
  const known = untrainedPoints.get(id);
  if (known) return known;
  const point = newModel(request).evaluate();
  untrainedPoints.set(id, point);
  return point;
}

/** Finished runs on this page by setting. */
const finished = new Map<string, GrokkingPoint[]>();

/**
 * The browser view of the grokking widget. Train starts a Web Worker that trains the network and
 * reports a measurement at each measured step; the accuracy, weight-norm and spectrum charts follow.
 * The same button pauses and resumes; Reset training shows the untrained network again.
 */
export class GrokkingView implements LiveView<State> {
  readonly #announce: (text: string) => void;
  readonly #toolbar: TrainingToolbar;
  readonly #chartsBox: HTMLElement;
  #request: GrokkingRequest;
  #history: GrokkingPoint[];
  /** One slot per chart, redrawn one per frame while training (see Staggered). */
  readonly #slots: HTMLElement[];
  readonly #parts: Staggered;

  constructor(figure: HTMLElement, state: State, prepared: GrokkingPoint | undefined, announce: (text: string) => void) {
    const document = figure.ownerDocument;
    this.#announce = announce;
    this.#request = requestOf(state);
    this.#history = finished.get(key(this.#request)) ?? [prepared ?? untrainedPoint(this.#request)];
    this.#toolbar = new TrainingToolbar(figure, () => this.#train(), () => this.#reset());
    this.#chartsBox = document.createElement('div');
    this.#slots = [0, 1, 2].map(() => document.createElement('div'));
    this.#chartsBox.append(charts(document, ...this.#slots));
    this.#parts = new Staggered([
      () => this.#slots[0]!.replaceChildren(renderChart(accuracyChart(this.#history, this.#request.trainFraction), document)),
      () => this.#slots[1]!.replaceChildren(renderChart(normChart(this.#history, this.#request.weightDecay), document)),
      () => this.#slots[2]!.replaceChildren(renderChart(spectrumChart(this.#history), document)),
    ]);
    const legend = document.createElement('p');
    legend.className = 'widget-legend';
    legend.innerHTML =
      '<span class="swatch line" style="--swatch: var(--chart-1)"></span> training accuracy ' +
      '<span class="swatch dashed" style="--swatch: var(--chart-2)"></span> test accuracy (pairs never trained on); dashed line: chance. ' +
      'Spectrum: bars now, grey ticks before training.';
    figure.querySelector('.widget-view')!.replaceChildren(this.#toolbar.element, this.#chartsBox, legend);
    this.#draw();
  }

  update(state: State): void {
    const request = requestOf(state);
    if (key(request) === key(this.#request)) return;
    this.#request = request;
    const known = finished.get(key(request));
    this.#toolbar.stop(known ? `Trained ${STEPS.toLocaleString('en')} steps on this page.` : '');
    this.#history = known ?? [untrainedPoint(request)];
    this.#draw();
  }

  describe(): string {
    return summarise(this.#request, this.#history);
  }

  #train(): void {
    const request = this.#request;
    finished.delete(key(request));
    const history = [this.#history[0]!];
    this.#history = history;
    let jumpAnnounced = false;
    this.#toolbar.train<GrokkingRequest, GrokkingPoint>({
      create: () => new Worker(new URL('./grokking.worker.ts', import.meta.url), { type: 'module' }),
      request,
      steps: STEPS,
      stepOf: (point) => point.step,
      onProgress: (point, done) => {
        history.push(point);
        if (!jumpAnnounced && grokStep(history) !== undefined) {
          jumpAnnounced = true;
          this.#announce(this.describe());
        }
        if (done) {
          finished.set(key(request), history);
          this.#announce(this.describe());
        }
        this.#scheduleDraw();
      },
    });
    this.#announce(`Training for ${STEPS.toLocaleString('en')} steps…`);
    // Charts one per frame from the first: drawn at once, they can hold the page for a frame too long.
    this.#scheduleDraw();
  }

  #reset(): void {
    finished.delete(key(this.#request));
    this.#history = [this.#history[0]!];
    this.#draw();
    this.#announce(this.describe());
  }

  #scheduleDraw(): void {
    this.#parts.all();
  }

  #draw(): void {
    this.#parts.now();
  }
}
