import { runWorker, type WorkerJob } from '../kit/worker';
import { renderChart } from '../kit/chart';
import type { LiveView } from '../kit/widget-spec';
import { recall, remember } from './cache';
import { accuracyChart, legend } from './chart';
import { summarise, widthsUpTo, type SweepProgress, type SweepRequest, type WidthResult } from './results';

type State = { digits: string; maxWidth: string };

/** A run under way: the setting it trains and the widths finished so far. */
interface Run {
  digits: number;
  maxWidth: number;
  results: WidthResult[];
  job: WorkerJob<number>;
  /** Fraction of the width in training that is done, 0 … 1. */
  fraction: number;
}

/**
 * The browser view of the train-it-yourself widget. Train starts a Web Worker that trains one
 * network per width and reports its steps as it trains and each width as it finishes; the chart
 * grows as widths arrive and a progress bar follows the steps. Cancel (the same button) terminates the worker. Results are kept
 * for the page (see cache.ts), so a setting trained once, or at build time, shows at once.
 */
export class TrainAdderView implements LiveView<State> {
  readonly #figure: HTMLElement;
  readonly #announce: (text: string) => void;
  readonly #button: HTMLButtonElement;
  readonly #progress: HTMLElement;
  readonly #bar: HTMLElement;
  readonly #status: HTMLElement;
  /** The chart, rendered again by Plot whenever the setting or the results change. */
  #chart: Element;
  #state: State;
  #run: Run | undefined;

  constructor(figure: HTMLElement, state: State, prepared: readonly WidthResult[], announce: (text: string) => void) {
    const document = figure.ownerDocument;
    this.#figure = figure;
    this.#state = state;
    this.#announce = announce;
    prepared.forEach(remember);
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
    const view = figure.querySelector('.widget-view')!;
    this.#chart = renderChart(this.#plot(), document);
    const layout = document.createElement('div');
    layout.append(toolbar, this.#chart, legend(document));
    view.replaceChildren(layout);
    this.#button.textContent = 'Train';
  }

  update(state: State): void {
    this.#state = state;
    const run = this.#run;
    if (run && (run.digits !== Number(state.digits) || run.maxWidth !== Number(state.maxWidth))) {
      this.#stop('Stopped because the settings changed');
    } else if (!run) {
      // The last run's progress and status belong to its setting, not to this one.
      this.#progress.hidden = true;
      this.#status.textContent = '';
    }
    this.#redraw();
  }

  describe({ digits, maxWidth }: State): string {
    return summarise(Number(digits), Number(maxWidth), recall(Number(digits), widthsUpTo(Number(maxWidth))));
  }

  #train(): void {
    const digits = Number(this.#state.digits);
    const maxWidth = Number(this.#state.maxWidth);
    const widths = widthsUpTo(maxWidth);
    const started = performance.now();
    const job = runWorker<SweepRequest, SweepProgress, number>(
      () => new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' }),
      { digits, widths },
      {
        owner: this.#figure,
        onProgress: (progress) => {
          if (progress.kind === 'step') {
            run.fraction = progress.fraction;
            this.#showProgress(run.results.length, widths, run.fraction);
            return;
          }
          remember(progress.result);
          run.results.push(progress.result);
          run.fraction = 0;
          this.#showProgress(run.results.length, widths);
          this.#redraw();
        },
      },
    );
    const run: Run = { digits, maxWidth, results: [], job, fraction: 0 };
    this.#run = run;
    this.#button.textContent = 'Cancel';
    this.#showProgress(0, widths);
    this.#announce(`Training ${widths.length} networks on ${digits}-digit sums, widths 1 to ${maxWidth}…`);
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

  /** Cancels the run under way; the widths it finished stay known. */
  #stop(why: string): void {
    const run = this.#run;
    if (!run) return;
    run.job.cancel();
    this.#end(`${why} after ${run.results.length} of ${widthsUpTo(run.maxWidth).length} widths.`);
  }

  #end(status: string): void {
    this.#run = undefined;
    this.#status.textContent = status;
    this.#button.textContent = 'Train';
    this.#redraw();
    this.#announce(`${status} ${this.describe(this.#state)}`);
  }

  /** Shows `done` widths trained and `fraction` of the next one, which moves the bar step by step. */
  #showProgress(done: number, widths: readonly number[], fraction = 0): void {
    this.#progress.hidden = false;
    this.#progress.setAttribute('aria-valuemax', String(widths.length));
    this.#progress.setAttribute('aria-valuenow', String(done));
    this.#progress.setAttribute('aria-valuetext', `${done} of ${widths.length} widths trained`);
    this.#bar.style.width = `${((100 * (done + fraction)) / widths.length).toFixed(1)}%`;
    this.#status.textContent = done < widths.length ? `Training width ${widths[done]} (${done + 1} of ${widths.length})…` : '';
  }

  #redraw(): void {
    if (!this.#run) this.#button.textContent = 'Train';
    const chart = renderChart(this.#plot(), this.#chart.ownerDocument);
    this.#chart.replaceWith(chart);
    this.#chart = chart;
  }

  /** The chart for the current setting: the run's widths while one is under way, else the known ones. */
  #plot() {
    const run = this.#run;
    const digits = Number(this.#state.digits);
    const maxWidth = Number(this.#state.maxWidth);
    const results = run ? run.results : recall(digits, widthsUpTo(maxWidth));
    const note = results.length > 0 ? '' : run ? 'Training…' : 'Not trained yet: press Train';
    return accuracyChart(digits, maxWidth, results, note);
  }
}
