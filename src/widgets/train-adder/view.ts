import { runWorker, type WorkerJob } from '../kit/worker';
import { renderChart } from '../kit/chart';
import type { LiveView } from '../kit/widget-spec';
import { recall, remember } from './cache';
import { accuracyChart, legend } from './chart';
import { networks, precomputedNote, seeds, summarise, widthsUpTo, type Network, type SweepProgress, type SweepRequest, type WidthResult } from './results';

type State = { digits: string; maxWidth: string };

/** A run under way: the setting it trains, the networks it trains in order, and those finished so far. */
interface Run {
  digits: number;
  maxWidth: number;
  planned: Network[];
  results: WidthResult[];
  job: WorkerJob<number>;
  /** Fraction of the network in training that is done, 0 … 1. */
  fraction: number;
}

/**
 * The browser view of the train-it-yourself widget. Train starts a Web Worker that trains one
 * network per width and seed and reports its steps as it trains and each network as it finishes;
 * the chart grows as networks arrive and a progress bar follows the steps over all of them.
 * Cancel (the same button) terminates the worker. Results are kept for the page (see cache.ts),
 * so a setting trained once, or at build time, shows at once; the build's are labelled as such.
 */
export class TrainAdderView implements LiveView<State> {
  readonly #figure: HTMLElement;
  readonly #announce: (text: string) => void;
  readonly #button: HTMLButtonElement;
  readonly #progress: HTMLElement;
  readonly #bar: HTMLElement;
  readonly #status: HTMLElement;
  /** Where the chart goes: its width is the room the chart has. */
  readonly #view: HTMLElement;
  /** The chart, rendered again by Plot whenever the setting or the results change. */
  #chart: Element;
  #state: State;
  #run: Run | undefined;
  /** The setting `prepare` trained at build time, if it shipped any results. */
  readonly #prepared: { digits: number; maxWidth: number } | undefined;

  constructor(figure: HTMLElement, state: State, prepared: readonly WidthResult[], announce: (text: string) => void) {
    const document = figure.ownerDocument;
    this.#figure = figure;
    this.#state = state;
    this.#announce = announce;
    prepared.forEach(remember);
    this.#prepared = prepared.length > 0
      ? { digits: prepared[0]!.digits, maxWidth: Math.max(...prepared.map((result) => result.width)) }
      : undefined;
    this.#button = document.createElement('button');
    this.#button.type = 'button';
    this.#button.className = 'widget-run-button';
    this.#button.addEventListener('click', () => (this.#run ? this.#stop('Cancelled') : this.#train()));
    this.#progress = document.createElement('div');
    this.#progress.className = 'widget-progress';
    this.#progress.setAttribute('role', 'progressbar');
    this.#progress.setAttribute('aria-label', 'Training progress');
    this.#progress.setAttribute('aria-valuemin', '0');
    this.#progress.hidden = true;
    this.#bar = document.createElement('span');
    this.#progress.append(this.#bar);
    this.#status = document.createElement('span');
    this.#status.className = 'widget-run-status';
    const toolbar = document.createElement('div');
    toolbar.className = 'widget-run';
    toolbar.append(this.#button, this.#progress, this.#status);
    const view = figure.querySelector<HTMLElement>('.widget-view')!;
    this.#view = view;
    this.#chart = renderChart(this.#plot(), document, view.clientWidth);
    const layout = document.createElement('div');
    layout.append(toolbar, this.#chart, legend(document));
    view.replaceChildren(layout);
    this.#button.textContent = 'Train';
    this.#status.textContent = this.#origin();
  }

  update(state: State): void {
    this.#state = state;
    const run = this.#run;
    if (run && (run.digits !== Number(state.digits) || run.maxWidth !== Number(state.maxWidth))) {
      this.#stop('Stopped because the settings changed');
    } else if (!run) {
      // The last run's progress and status belong to its setting, not to this one.
      this.#progress.hidden = true;
      this.#status.textContent = this.#origin();
    }
    this.#redraw();
  }

  describe({ digits, maxWidth }: State): string {
    return summarise(Number(digits), Number(maxWidth), recall(Number(digits), widthsUpTo(Number(maxWidth)), seeds));
  }

  /** Where the results shown come from when the build trained them (the lesson's setting, or its narrower widths): precomputed. */
  #origin(): string {
    const prepared = this.#prepared;
    const shown = prepared && prepared.digits === Number(this.#state.digits) && prepared.maxWidth >= Number(this.#state.maxWidth);
    return shown ? precomputedNote : '';
  }

  #train(): void {
    const digits = Number(this.#state.digits);
    const maxWidth = Number(this.#state.maxWidth);
    const widths = widthsUpTo(maxWidth);
    const planned = networks(widths, seeds);
    const started = performance.now();
    const job = runWorker<SweepRequest, SweepProgress, number>(
      () => new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' }),
      { digits, widths, seeds: [...seeds] },
      {
        owner: this.#figure,
        onProgress: (progress) => {
          if (progress.kind === 'step') {
            run.fraction = progress.fraction;
            this.#showProgress(run.results.length, planned, run.fraction);
            return;
          }
          remember(progress.result);
          run.results.push(progress.result);
          run.fraction = 0;
          this.#showProgress(run.results.length, planned);
          this.#redraw();
        },
      },
    );
    const run: Run = { digits, maxWidth, planned, results: [], job, fraction: 0 };
    this.#run = run;
    this.#button.textContent = 'Cancel';
    this.#showProgress(0, planned);
    this.#announce(`Training ${planned.length} networks on ${digits}-digit sums, widths 1 to ${maxWidth} with ${seeds.length} seeds each…`);
    this.#redraw();
    job.done.then(
      (finished) => {
        if (finished === undefined || this.#run !== run) return;
        this.#end(`Trained ${finished} networks in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      },
      (error: Error) => {
        if (this.#run === run) this.#end(`Training failed: ${error.message}`);
      },
    );
  }

  /** Cancels the run under way; the networks it finished stay known. */
  #stop(why: string): void {
    const run = this.#run;
    if (!run) return;
    run.job.cancel();
    this.#end(`${why} after ${run.results.length} of ${run.planned.length} networks.`);
  }

  #end(status: string): void {
    this.#run = undefined;
    this.#status.textContent = status;
    this.#button.textContent = 'Train';
    this.#redraw();
    this.#announce(`${status} ${this.describe(this.#state)}`);
  }

  /** Shows `done` networks trained and `fraction` of the next one, which moves the bar step by step. */
  #showProgress(done: number, planned: readonly Network[], fraction = 0): void {
    const total = planned.length;
    const next = planned[done];
    this.#progress.hidden = false;
    this.#progress.setAttribute('aria-valuemax', String(total));
    this.#progress.setAttribute('aria-valuenow', String(done));
    this.#progress.setAttribute('aria-valuetext', `${done} of ${total} networks trained`);
    this.#bar.style.width = `${((100 * (done + fraction)) / total).toFixed(1)}%`;
    this.#status.textContent = next ? `Training width ${next.width}, seed ${next.seed} (${done + 1} of ${total})…` : '';
  }

  #redraw(): void {
    if (!this.#run) this.#button.textContent = 'Train';
    const chart = renderChart(this.#plot(), this.#chart.ownerDocument, this.#view.clientWidth);
    this.#chart.replaceWith(chart);
    this.#chart = chart;
  }

  /** The chart for the current setting: the run's widths while one is under way, else the known ones. */
  #plot() {
    const run = this.#run;
    const digits = Number(this.#state.digits);
    const maxWidth = Number(this.#state.maxWidth);
    const results = run ? run.results : recall(digits, widthsUpTo(maxWidth), seeds);
    const note = results.length > 0 ? '' : run ? 'Training…' : 'Not trained yet: press Train';
    return accuracyChart(digits, maxWidth, results, note);
  }
}
