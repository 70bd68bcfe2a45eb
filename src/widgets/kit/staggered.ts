/**
 * Redraws the parts of a live view (its charts) one per animation frame, so that a view updated
 * while a worker trains never renders all its charts in one task: each frame renders one chart.
 * `all()` marks every part for redrawing; `now()` draws everything at once, for a change the
 * reader made, which the kit already draws in one frame.
 */
export class Staggered {
  readonly #parts: readonly (() => void)[];
  readonly #dirty = new Set<number>();
  #frame = 0;

  constructor(parts: readonly (() => void)[]) {
    this.#parts = parts;
  }

  all(): void {
    this.#parts.forEach((_, i) => this.#dirty.add(i));
    if (!this.#frame) this.#frame = requestAnimationFrame(() => this.#next());
  }

  now(): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#dirty.clear();
    for (const part of this.#parts) part();
  }

  #next(): void {
    this.#frame = 0;
    const [first] = this.#dirty;
    if (first === undefined) return;
    this.#dirty.delete(first);
    this.#parts[first]!();
    if (this.#dirty.size > 0) this.#frame = requestAnimationFrame(() => this.#next());
  }
}
