/** What the page sends a training worker: start a run, then pause or resume it. */
export type TrainingCommand<Request> = { type: 'start'; request: Request } | { type: 'pause' } | { type: 'resume' };

/** What a training worker sends back: a chunk's progress, the last chunk's, or what failed. */
export type TrainingMessage<Progress> =
  | { type: 'progress'; value: Progress }
  | { type: 'done'; value: Progress }
  | { type: 'error'; message: string };
