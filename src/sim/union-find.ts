import { count, integerInRange } from './validate';

/**
 * Disjoint sets over the integers 0 … n − 1 (Galler & Fischer, 1964), with union by size and
 * path halving, so any sequence of operations runs in near-constant amortised time (Tarjan, 1975).
 * Typed arrays keep it allocation-free after construction.
 */
export class UnionFind {
  readonly #parent: Int32Array;
  readonly #size: Int32Array;

  constructor(n: number) {
    count(n, 'n');
    this.#parent = new Int32Array(n);
    this.#size = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.#parent[i] = i;
  }

  /** An element index, checked: an index outside 0 … n − 1 would walk off the typed array. */
  #element(i: number, name: string): number {
    const parent = this.#parent;
    // The common case in one comparison; the full check, with its message, only on failure.
    if (!(i >>> 0 === i && i < parent.length)) integerInRange(i, name, 0, parent.length - 1);
    return i;
  }

  #root(i: number): number {
    const parent = this.#parent;
    while (parent[i] !== i) {
      const grand = parent[parent[i]!]!;
      parent[i] = grand;
      i = grand;
    }
    return i;
  }

  /** The representative of the set holding i. */
  find(i: number): number {
    return this.#root(this.#element(i, 'i'));
  }

  /** Merges the sets of i and j; returns the new representative. */
  union(i: number, j: number): number {
    let a = this.#root(this.#element(i, 'i'));
    let b = this.#root(this.#element(j, 'j'));
    if (a === b) return a;
    if (this.#size[a]! < this.#size[b]!) [a, b] = [b, a];
    this.#parent[b] = a;
    this.#size[a]! += this.#size[b]!;
    return a;
  }

  /** Whether i and j are in the same set. */
  connected(i: number, j: number): boolean {
    return this.#root(this.#element(i, 'i')) === this.#root(this.#element(j, 'j'));
  }

  /** Number of elements in the set holding i. */
  sizeOf(i: number): number {
    return this.#size[this.#root(this.#element(i, 'i'))]!;
  }
}
