import { startTraining, type TrainingJob } from './training';

/** What a training widget's view supplies to its toolbar. */
export interface TrainingRun<Request, Progress> {
  /** Builds the worker: `() => new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })`, written in the widget's file. */
  create: () => Worker;
  request: Request;
  /** Steps the run takes, for the progress bar. */
  steps: number;
  /** The step a progress message has reached. */
  stepOf(progress: Progress): number;
  onProgress(progress: Progress, finished: boolean): void;
}

/**
 * The controls of a training widget: Train, which becomes Pause and Resume while a run lasts;
 * Reset training; a progress bar in steps (`role="progressbar"`); and a line of status. It owns the run's
 * worker and stops it on Reset, on `stop()` (a changed setting) and when the figure leaves the page.
 */
export class TrainingToolbar {
  readonly element: HTMLElement;
  readonly #owner: HTMLElement;
  readonly #button: HTMLButtonElement;
  readonly #progress: HTMLElement;
  readonly #bar: HTMLElement;
  readonly #status: HTMLElement;
  #job: TrainingJob | undefined;
  #steps = 1;
  #step = 0;
  #started = 0;

  constructor(owner: HTMLElement, start: () => void, reset: () => void) {
    const document = owner.ownerDocument;
    this.#owner = owner;
    this.#button = button(document, 'Train', () => {
      const job = this.#job;
      if (!job) return start();
      if (job.paused) {
        job.resume();
        this.#button.textContent = 'Pause';
        this.#status.textContent = `Training… step ${this.#step} of ${this.#steps}`;
      } else {
        job.pause();
        this.#button.textContent = 'Resume';
        this.#status.textContent = `Paused at step ${this.#step} of ${this.#steps}`;
      }
    });
    // "Reset training", not "Reset": the kit's Reset button beside the controls restores the settings.
    const resetButton = button(document, 'Reset training', () => {
      this.stop();
      reset();
    });
    resetButton.classList.add('widget-secondary-button');
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
    this.element = document.createElement('div');
    this.element.className = 'widget-run';
    this.element.append(this.#button, resetButton, this.#progress, this.#status);
  }

  /** Whether a run is under way (training or paused). */
  get running(): boolean {
    return this.#job !== undefined;
  }

  get paused(): boolean {
    return this.#job?.paused ?? false;
  }

  /** Starts `run` in its worker; the button becomes Pause. */
  train<Request, Progress>(run: TrainingRun<Request, Progress>): void {
    this.stop();
    this.#steps = run.steps;
    this.#started = performance.now();
    const job = startTraining<Request, Progress>(run.create, run.request, {
      owner: this.#owner,
      onProgress: (progress, finished) => {
        if (this.#job !== job) return;
        this.#show(run.stepOf(progress));
        if (finished) {
          this.#job = undefined;
          this.#button.textContent = 'Train';
          this.#status.textContent = `Trained ${run.steps.toLocaleString('en')} steps in ${((performance.now() - this.#started) / 1000).toFixed(1)} s.`;
        }
        run.onProgress(progress, finished);
      },
      onError: (message) => {
        if (this.#job !== job) return;
        this.#job = undefined;
        this.#button.textContent = 'Train';
        this.#status.textContent = `Training failed: ${message}`;
      },
    });
    this.#job = job;
    this.#button.textContent = 'Pause';
    this.#show(0);
  }

  /** Stops the run under way, if any, and shows `status` (or nothing) with the bar hidden. */
  stop(status = ''): void {
    this.#job?.cancel();
    this.#job = undefined;
    this.#button.textContent = 'Train';
    this.#progress.hidden = true;
    this.#status.textContent = status;
  }

  #show(step: number): void {
    this.#step = step;
    this.#progress.hidden = false;
    this.#progress.setAttribute('aria-valuemax', String(this.#steps));
    this.#progress.setAttribute('aria-valuenow', String(step));
    this.#progress.setAttribute('aria-valuetext', `${step} of ${this.#steps} steps`);
    this.#bar.style.width = `${((100 * step) / this.#steps).toFixed(1)}%`;
    if (this.#job && !this.#job.paused) this.#status.textContent = `Training… step ${step} of ${this.#steps}`;
  }
}

function button(document: Document, text: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'widget-run-button';
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}
