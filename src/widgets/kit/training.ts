import type { TrainingCommand, TrainingMessage } from './training-messages';

/** A training run in a Web Worker that can be paused and resumed (see `serveTraining`). */
export interface TrainingJob {
  pause(): void;
  resume(): void;
  /** Stops the worker for good (Reset, a changed setting, the figure leaving the page). */
  cancel(): void;
  readonly paused: boolean;
}

/** Options of {@link startTraining}. */
export interface TrainingOptions<Progress> {
  /** The element the run belongs to: once it has left the document, the worker is terminated. */
  owner: Element;
  /** Each chunk's progress, in order; `finished` on the last. */
  onProgress(value: Progress, finished: boolean): void;
  onError(message: string): void;
}

/**
 * Starts a training worker on `request`. `create` must build the worker as
 * `new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })` written out in the
 * widget's own file, the form Vite bundles. Unlike `runWorker`, the run can pause and resume:
 * the worker trains in chunks and reads the page's messages between them.
 */
export function startTraining<Request, Progress>(create: () => Worker, request: Request, { owner, onProgress, onError }: TrainingOptions<Progress>): TrainingJob {
  const worker = create();
  let paused = false;
  let over = false;
  const send = (command: TrainingCommand<Request>) => worker.postMessage(command);
  const stop = () => {
    over = true;
    worker.terminate();
  };
  worker.addEventListener('message', (event: MessageEvent<TrainingMessage<Progress>>) => {
    if (over) return;
    if (!owner.isConnected) return stop();
    const message = event.data;
    if (message.type === 'error') {
      stop();
      onError(message.message);
    } else {
      if (message.type === 'done') stop();
      onProgress(message.value, message.type === 'done');
    }
  });
  worker.addEventListener('error', (event) => {
    if (over) return;
    stop();
    onError(event.message || 'the worker failed to start');
  });
  send({ type: 'start', request });
  return {
    pause() {
      if (over || paused) return;
      paused = true;
      send({ type: 'pause' });
    },
    resume() {
      if (over || !paused) return;
      paused = false;
      send({ type: 'resume' });
    },
    cancel: stop,
    get paused() {
      return paused;
    },
  };
}
