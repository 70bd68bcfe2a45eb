import type { Rng } from './rng';
import { integerAtLeast, integerInRange, probability, randomSource } from './validate';
import { UnionFind } from './union-find';

/**
 * Site percolation threshold of the infinite square lattice, p_c ≈ 0.592746 (Newman & Ziff,
 * 2000, who give 0.59274621(13)). Below it open clusters stay finite; above it one spans.
 */
export const percolationThreshold = 0.592746;

/** Largest lattice side accepted: size² sites must fit in an Int32Array index. */
const MAX_SIZE = 46_340;

/**
 * The side of a square row-major grid: `size` if given (checked against the length), else
 * √(grid.length), which must then be a whole number.
 */
function sideOf(grid: ArrayLike<number>, size?: number): number {
  if (grid == null || typeof grid.length !== 'number') {
    throw new RangeError(`invalid grid: ${String(grid)} (expected an array of size² sites)`);
  }
  if (size === undefined) {
    const side = Math.round(Math.sqrt(grid.length));
    if (side < 1 || side * side !== grid.length) {
      throw new RangeError(`invalid grid.length: ${grid.length} (expected a square number ≥ 1)`);
    }
    return integerInRange(side, 'size', 1, MAX_SIZE);
  }
  integerInRange(size, 'size', 1, MAX_SIZE);
  if (grid.length !== size * size) {
    throw new RangeError(`invalid grid.length: ${grid.length} (expected size², ${size * size})`);
  }
  return size;
}

/**
 * Unions open sites with their open right and lower neighbours. With `virtualRows`, two virtual
 * sites, top (index size²) and bottom (size² + 1), are joined to every open site of the first
 * and last row, so spanning is one `connected` query.
 */
function connect(grid: ArrayLike<number>, size: number, virtualRows: boolean): UnionFind {
  const n = size * size;
  const sets = new UnionFind(n + 2);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      const i = r * size + c;
      if (!grid[i]) continue;
      if (virtualRows && r === 0) sets.union(i, n);
      if (virtualRows && r === size - 1) sets.union(i, n + 1);
      if (c + 1 < size && grid[i + 1]) sets.union(i, i + 1);
      if (r + 1 < size && grid[i + size]) sets.union(i, i + size);
    }
  }
  return sets;
}

/**
 * Whether open sites (non-zero entries of a row-major square grid) connect the top row to the
 * bottom row through nearest neighbours (up, down, left, right; no wrap-around). The side is
 * √(grid.length); passing `size` as well checks the length against it. One union–find pass,
 * near-linear in the number of sites (Newman & Ziff 2000 use the same structure).
 */
export function percolates(grid: ArrayLike<number>, size?: number): boolean {
  const side = sideOf(grid, size);
  const n = side * side;
  return connect(grid, side, true).connected(n, n + 1);
}

/**
 * Marks the sites of the spanning clusters (1) and the rest (0), so a widget can colour the
 * path that makes the lattice percolate. All zeros when it does not percolate. `size` is
 * optional, as in {@link percolates}.
 */
export function spanningSites(grid: ArrayLike<number>, size?: number): Uint8Array {
  const side = sideOf(grid, size);
  const n = side * side;
  // Without the virtual sites: they would merge every cluster touching the top row into one.
  const sets = connect(grid, side, false);
  const touchesTop = new Set<number>();
  for (let c = 0; c < side; c++) if (grid[c]) touchesTop.add(sets.find(c));
  const spanning = new Set<number>();
  for (let c = n - side; c < n; c++) if (grid[c] && touchesTop.has(sets.find(c))) spanning.add(sets.find(c));
  const out = new Uint8Array(n);
  if (spanning.size === 0) return out;
  for (let i = 0; i < n; i++) if (grid[i] && spanning.has(sets.find(i))) out[i] = 1;
  return out;
}

/** A size × size grid, row-major, each site open (1) with probability p, else closed (0). */
export function randomGrid(p: number, size: number, rng: Rng): Uint8Array {
  probability(p, 'p');
  integerInRange(size, 'size', 1, MAX_SIZE);
  randomSource(rng, 'rng');
  const grid = new Uint8Array(size * size);
  for (let i = 0; i < grid.length; i++) grid[i] = rng() < p ? 1 : 0;
  return grid;
}

/**
 * Monte Carlo estimate of the probability that a random size × size grid at open probability p
 * percolates: the fraction of `trials` grids, drawn from `rng`, that do. Its rise around p_c
 * sharpens as the lattice grows (finite-size scaling), the analogy lesson 2 draws with emergence.
 */
export function spanningProbability(p: number, size: number, trials: number, rng: Rng): number {
  probability(p, 'p');
  integerInRange(size, 'size', 1, MAX_SIZE);
  integerAtLeast(trials, 'trials', 1);
  randomSource(rng, 'rng');
  let hits = 0;
  for (let t = 0; t < trials; t++) if (percolates(randomGrid(p, size, rng), size)) hits++;
  return hits / trials;
}
