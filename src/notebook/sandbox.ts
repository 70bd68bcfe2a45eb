import { checkResult } from './check-result';
import type { CellResult } from './evaluate';
import workerUrl from './sandbox.worker.ts?worker&url';

/** How long a cell may run before it is stopped. */
export const TIME_LIMIT_MS = 3000;

/** How long the sandbox may take to start before the cell says it could not. */
const START_LIMIT_MS = 15_000;

export interface CellRun {
  /** The result, or an error saying why the cell was stopped. Never rejects. */
  done: Promise<CellResult>;
  /** Stops the run; `done` then resolves to a "stopped" error. */
  cancel(): void;
}

type FrameMessage = { type: 'loaded' } | { type: 'ready' } | { type: 'result'; id: number; result: CellResult } | { type: 'timeout'; id: number } | { type: 'crash'; id: number; message: string };

const stopped = (message: string): CellResult => ({ ok: false, error: { name: 'Stopped', message }, logs: [] });

/**
 * Runs cells in a Web Worker inside an opaque-origin frame: the cell cannot reach the page, its
 * DOM, storage or cookies, and a cell that runs too long (an endless loop, a runaway allocation)
 * is terminated after {@link TIME_LIMIT_MS} while the page stays responsive. Browsers give pages
 * no memory limit for a worker, so the time limit is what stops a cell that allocates without end.
 * One frame serves every cell of the page; each run gets a fresh worker.
 */
export class Sandbox {
  static #shared: Promise<Sandbox> | undefined;
  readonly #frame: HTMLIFrameElement;
  readonly #pending = new Map<number, (result: CellResult) => void>();
  #next = 1;

  /** The page's sandbox, started on first use: the frame, and the worker's code fetched once. */
  static shared(): Promise<Sandbox> {
    Sandbox.#shared ??= new Promise<Sandbox>((resolve, reject) => {
      setTimeout(() => reject(new Error('the code runner did not start; reload the page to try again')), START_LIMIT_MS);
      Sandbox.#start().then(resolve, reject);
    }).catch((error: unknown) => {
      Sandbox.#shared = undefined;
      throw error;
    });
    return Sandbox.#shared;
  }

  static async #start(): Promise<Sandbox> {
    const code = fetch(workerUrl).then((response) => {
      if (!response.ok) throw new Error(`the code runner could not be loaded (${response.status})`);
      return response.text();
    });
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.title = 'Sandbox that runs code cells';
    frame.hidden = true;
    frame.tabIndex = -1;
    // A document of its own, not srcdoc, so that it gets its own Content Security Policy.
    frame.src = `${import.meta.env.BASE_URL}frames/notebook-sandbox.html`;
    const sandbox = new Sandbox(frame);
    const loaded = sandbox.#once('loaded');
    document.body.append(frame);
    await loaded;
    const ready = sandbox.#once('ready');
    sandbox.#post({ type: 'boot', code: await code });
    await ready;
    return sandbox;
  }

  private constructor(frame: HTMLIFrameElement) {
    this.#frame = frame;
    addEventListener('message', (event: MessageEvent<FrameMessage>) => {
      // Only the frame's own messages count; its origin is opaque, so it reads "null".
      if (event.source !== this.#frame.contentWindow || event.origin !== 'null') return;
      // The frame runs learners' code: its messages are data to check, never trusted as typed.
      const message = event.data as unknown;
      if (typeof message !== 'object' || message === null) return;
      const { type, id } = message as Partial<Record<'type' | 'id', unknown>>;
      if (type === 'loaded' || type === 'ready' || typeof id !== 'number') return;
      const settle = this.#pending.get(id);
      if (!settle) return;
      this.#pending.delete(id);
      if (type === 'result') settle(checkResult((message as { result?: unknown }).result));
      else if (type === 'timeout') settle(stopped(`the cell was still running after ${TIME_LIMIT_MS / 1000} seconds, so it was stopped (an endless loop, or a computation too large for a cell). The page was not affected.`));
      else {
        const said = (message as { message?: unknown }).message;
        settle(stopped(`the cell crashed${typeof said === 'string' && said ? `: ${said.slice(0, 500)}` : ''} (it may have run out of memory)`));
      }
    });
  }

  #once(type: 'loaded' | 'ready'): Promise<void> {
    return new Promise((resolve) => {
      const listen = (event: MessageEvent<FrameMessage>) => {
        if (event.source !== this.#frame.contentWindow || event.data?.type !== type) return;
        removeEventListener('message', listen);
        resolve();
      };
      addEventListener('message', listen);
    });
  }

  #post(message: unknown): void {
    this.#frame.contentWindow?.postMessage(message, '*');
  }

  /** Runs `code` after the cells `before` it, in a fresh worker. */
  run(code: string, before: readonly string[] = [], timeout = TIME_LIMIT_MS): CellRun {
    const id = this.#next++;
    const done = new Promise<CellResult>((resolve) => this.#pending.set(id, resolve));
    this.#post({ type: 'run', id, timeout, request: { code, before: [...before] } });
    return {
      done,
      cancel: () => {
        this.#post({ type: 'stop', id });
        this.#pending.get(id)?.(stopped('the run was cancelled'));
        this.#pending.delete(id);
      },
    };
  }
}
