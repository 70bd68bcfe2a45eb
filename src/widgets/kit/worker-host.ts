import type { WorkerMessage } from './worker-messages';

/** The worker's own scope, typed for what `serve` uses (the project's types describe a window). */
const scope = globalThis as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  postMessage(message: unknown): void;
};

/**
 * The worker side of `runWorker`: answers each request with `handle`, which may report progress
 * as it goes. Errors are sent back as messages, so the page can say what failed.
 * Call once at the top of a `*.worker.ts` file.
 */
export function serve<Request, Progress, Result>(handle: (request: Request, progress: (value: Progress) => void) => Result): void {
  const post = (message: WorkerMessage<Progress, Result>) => scope.postMessage(message);
  scope.addEventListener('message', (event: MessageEvent<Request>) => {
    try {
      post({ type: 'done', value: handle(event.data, (value) => post({ type: 'progress', value })) });
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  });
}
