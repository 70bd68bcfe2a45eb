import type { TrainingCommand, TrainingMessage } from './training-messages';

/** The worker's own scope, typed for what `serveTraining` uses (the project's types describe a window). */
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown): void;
  setTimeout(handler: () => void, ms: number): number;
};

/** A training run the worker advances a chunk at a time. */
export interface Trainer<Progress> {
  /** Trains a little (tens of milliseconds) and says where it stands; `finished` on the last chunk. */
  advance(): { progress: Progress; finished: boolean };
}

/**
 * The worker side of `startTraining`: builds the run from the start command, then advances it one
 * chunk per macrotask, so a Pause or Resume sent while it trains is read between chunks. Errors
 * are sent back as messages, so the page can say what failed. Call once in a `*.worker.ts` file.
 */
export function serveTraining<Request, Progress>(create: (request: Request) => Trainer<Progress>): void {
  const post = (message: TrainingMessage<Progress>) => scope.postMessage(message);
  let trainer: Trainer<Progress> | undefined;
  let paused = false;
  let scheduled = false;
  const run = () => {
    scheduled = false;
    if (!trainer || paused) return;
    try {
      const { progress, finished } = trainer.advance();
      post({ type: finished ? 'done' : 'progress', value: progress });
      if (finished) trainer = undefined;
      else schedule();
    } catch (error) {
      trainer = undefined;
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    scope.setTimeout(run, 0);
  };
  scope.addEventListener('message', (event: MessageEvent<TrainingCommand<Request>>) => {
    const command = event.data;
    if (command.type === 'start') {
      try {
        trainer = create(command.request);
      } catch (error) {
        post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
        return;
      }
      paused = false;
      schedule();
    } else if (command.type === 'pause') {
      paused = true;
    } else {
      paused = false;
      schedule();
    }
  });
}
