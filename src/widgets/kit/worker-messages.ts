/** What a worker started by `runWorker` and answering with `serve` sends back to the page. */
export type WorkerMessage<Progress, Result> =
  | { type: 'progress'; value: Progress }
  | { type: 'done'; value: Result }
  | { type: 'error'; message: string };
