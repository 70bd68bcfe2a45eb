import { emptyProgress, PROGRESS_KEY, type Progress } from './format';
import { SafeStorage, type StorageProblem } from './storage';
import { readProgress } from './validate';

/** Why progress is not being saved: storage off or full, or the saved value belongs to a newer site. */
export type StoreProblem = StorageProblem | 'newer';

export interface StoreOptions {
  storage: SafeStorage;
  /** Defaults to {@link PROGRESS_KEY}. */
  key?: string;
  /** Smaller progress to try when storage is full; by default none is tried. */
  shrink?: (progress: Progress) => Progress;
}

/**
 * The learner's progress, kept in memory and mirrored to one storage key. Every change re-reads
 * the key first, so two tabs never overwrite each other's work; every value that cannot be read in
 * full is set aside (`<key>:unreadable`, then `<key>:unreadable:2`, …) rather than lost, and
 * `onSetAside` listeners are told so the learner can export it. When storage cannot be used the store goes
 * on in memory and reports the problem once to `onProblem` listeners; the page keeps working.
 */
export class ProgressStore {
  readonly #storage: SafeStorage;
  readonly #key: string;
  readonly #shrink?: (progress: Progress) => Progress;
  #progress: Progress = emptyProgress();
  #problem: StoreProblem | undefined;
  readonly #listeners = new Set<(progress: Progress) => void>();
  readonly #problemListeners = new Set<(problem: StoreProblem) => void>();
  readonly #setAsideListeners = new Set<(count: number) => void>();

  constructor({ storage, key = PROGRESS_KEY, shrink }: StoreOptions) {
    this.#storage = storage;
    this.#key = key;
    this.#shrink = shrink;
    this.#progress = this.#load() ?? emptyProgress();
  }

  get progress(): Progress {
    return this.#progress;
  }

  /** The first problem met, if any: progress is then kept in memory only. */
  get problem(): StoreProblem | undefined {
    return this.#problem;
  }

  /** Applies `change` to the freshest saved progress and saves the result. */
  update(change: (progress: Progress) => Progress): void {
    const base = this.#problem === undefined ? (this.#load() ?? this.#progress) : this.#progress;
    this.#progress = change(base);
    if (this.#problem === undefined) this.#save(this.#progress);
    this.#emit();
  }

  /** Replaces all progress, as import and reset do. */
  replace(progress: Progress): void {
    this.#progress = progress;
    if (this.#problem === undefined) this.#save(progress);
    this.#emit();
  }

  /** Re-reads storage after another tab changed it (the `storage` event). */
  refresh(): void {
    if (this.#problem !== undefined) return;
    const loaded = this.#load();
    if (loaded) this.#progress = loaded;
    this.#emit();
  }

  subscribe(listener: (progress: Progress) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** `listener` hears of the first problem, at once if it has already happened. */
  onProblem(listener: (problem: StoreProblem) => void): void {
    this.#problemListeners.add(listener);
    if (this.#problem !== undefined) listener(this.#problem);
  }

  /** `listener` hears how many values are set aside: at once if some already are, and whenever one more is. */
  onSetAside(listener: (count: number) => void): void {
    this.#setAsideListeners.add(listener);
    const count = this.setAside().length;
    if (count > 0) listener(count);
  }

  /** Every value set aside because it could not be read in full, oldest first, exactly as it was stored. */
  setAside(): string[] {
    const values: string[] = [];
    for (let index = 1; ; index++) {
      const read = this.#storage.read(this.#asideKey(index));
      if (!read.ok || read.value === null) return values;
      values.push(read.value);
    }
  }

  #asideKey(index: number): string {
    return index === 1 ? `${this.#key}:unreadable` : `${this.#key}:unreadable:${index}`;
  }

  #load(): Progress | undefined {
    const read = this.#storage.read(this.#key);
    if (!read.ok) return this.#fail(read.problem);
    if (read.value === null) return emptyProgress();
    let parsed: unknown;
    try {
      parsed = JSON.parse(read.value);
    } catch {
      return this.#setAside(read.value);
    }
    const result = readProgress(parsed);
    if (result.kind === 'ok') {
      // The entries left out are in the value as stored: keep it whole before it is overwritten.
      if (result.dropped > 0) this.#setAside(read.value);
      return result.progress;
    }
    if (result.kind === 'newer') return this.#fail('newer');
    return this.#setAside(read.value);
  }

  /** Keeps an unreadable value under a key of its own (once, however often it is read), so nothing is silently destroyed. */
  #setAside(raw: string): Progress {
    const kept = this.setAside();
    if (!kept.includes(raw) && this.#storage.write(this.#asideKey(kept.length + 1), raw).ok) {
      for (const listener of this.#setAsideListeners) listener(kept.length + 1);
    }
    return emptyProgress();
  }

  #save(progress: Progress): void {
    let written = this.#storage.write(this.#key, JSON.stringify(progress));
    if (!written.ok && written.problem === 'quota' && this.#shrink) {
      written = this.#storage.write(this.#key, JSON.stringify(this.#shrink(progress)));
    }
    if (!written.ok) this.#fail(written.problem);
  }

  #fail(problem: StoreProblem): undefined {
    if (this.#problem === undefined) {
      this.#problem = problem;
      for (const listener of this.#problemListeners) listener(problem);
    }
    return undefined;
  }

  #emit(): void {
    for (const listener of this.#listeners) listener(this.#progress);
  }
}
