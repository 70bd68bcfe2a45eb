/** Whether the reader asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Calls `frame` once per animation frame while the reader wants the widget playing and
 * can see it. Three things must hold for the loop to run:
 *
 *   playing (Play pressed, or never paused)     — the reader's choice
 *   the figure intersects the viewport          — no work for what nobody sees
 *   the tab is visible                          — no work in a background tab
 *
 * It starts paused when the reader prefers reduced motion: they press Play.
 * `onRun` hears every start and stop of the loop (the kit marks the figure with it).
 */
export class Animation {
  #playing: boolean;
  #visible = false;
  #handle = 0;
  readonly #frame: (now: number) => void;
  readonly #onRun: (running: boolean) => void;
  readonly #observer: IntersectionObserver;
  readonly #onVisibility = () => this.#sync();

  constructor(target: Element, frame: (now: number) => void, onRun: (running: boolean) => void = () => {}) {
    this.#frame = frame;
    this.#onRun = onRun;
    this.#playing = !prefersReducedMotion();
    this.#observer = new IntersectionObserver((entries) => {
      this.#visible = entries[entries.length - 1]!.isIntersecting;
      this.#sync();
    });
    this.#observer.observe(target);
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  /** The reader's choice: true after Play, false after Pause. */
  get playing(): boolean {
    return this.#playing;
  }

  /** Whether frames are being drawn right now. */
  get running(): boolean {
    return this.#handle !== 0;
  }

  play(): void {
    this.#playing = true;
    this.#sync();
  }

  pause(): void {
    this.#playing = false;
    this.#sync();
  }

  /** Stops for good and lets go of the observers. */
  stop(): void {
    this.pause();
    this.#observer.disconnect();
    document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #sync(): void {
    const shouldRun = this.#playing && this.#visible && document.visibilityState === 'visible';
    if (shouldRun === this.running) return;
    if (shouldRun) {
      const loop = (now: number) => {
        this.#handle = requestAnimationFrame(loop);
        this.#frame(now);
      };
      this.#handle = requestAnimationFrame(loop);
    } else {
      cancelAnimationFrame(this.#handle);
      this.#handle = 0;
    }
    this.#onRun(shouldRun);
  }
}
