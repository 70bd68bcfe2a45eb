import type { WorkerMessage } from './worker-messages';

/** A computation running in a Web Worker. */
export interface WorkerJob<Result> {
  /** The result, or undefined when the job was cancelled or its owner left the page. Rejects if the worker failed. */
  done: Promise<Result | undefined>;
  /** Stops the worker at once; `done` then resolves to undefined. */
  cancel(): void;
}

/** Options of {@link runWorker}. */
export interface RunWorkerOptions<Progress> {
  /** The element the job belongs to: once it has left the document, the worker is terminated. */
  owner: Element;
  /** Called with each progress message, in order. */
  onProgress?: (value: Progress) => void;
}

/**
 * Starts a fresh worker, sends it `request` and follows its messages (see `serve` for the worker
 * side). `create` must build the worker as `new Worker(new URL('./x.worker.ts', import.meta.url),
 * { type: 'module' })` written out in the widget's own file: that exact form is how Vite finds
 * and bundles the worker. One worker per job: cancelling terminates it, which is the only way to
 * stop a synchronous computation midway.
 */
export function runWorker<Request, Progress, Result>(create: () => Worker, request: Request, { owner, onProgress }: RunWorkerOptions<Progress>): WorkerJob<Result> {
  const worker = create();
  let settle: (result: Result | undefined) => void = () => {};
  let fail: (error: Error) => void = () => {};
  const done = new Promise<Result | undefined>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  const cancel = () => {
    worker.terminate();
    settle(undefined);
  };
  worker.addEventListener('message', (event: MessageEvent<WorkerMessage<Progress, Result>>) => {
    if (!owner.isConnected) return cancel();
    const message = event.data;
    if (message.type === 'progress') onProgress?.(message.value);
    else {
      worker.terminate();
      if (message.type === 'done') settle(message.value);
      else fail(new Error(message.message));
    }
  });
  worker.addEventListener('error', (event) => {
    worker.terminate();
    fail(new Error(event.message || 'the worker failed to start'));
  });
  worker.postMessage(request);
  return { done, cancel };
}
