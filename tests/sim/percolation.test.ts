import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rng } from '@/sim/rng';
import { UnionFind } from '@/sim/union-find';
import { percolates, percolationThreshold, randomGrid, spanningProbability, spanningSites } from '@/sim/percolation';

/** Breadth-first search from the open top-row sites: the reference percolates() must agree with. */
function percolatesByBfs(grid: ArrayLike<number>, size: number): boolean {
  const seen = new Uint8Array(size * size);
  const queue: number[] = [];
  for (let c = 0; c < size; c++) if (grid[c]) { seen[c] = 1; queue.push(c); }
  while (queue.length) {
    const i = queue.pop()!;
    if (i >= size * (size - 1)) return true;
    const r = Math.floor(i / size);
    const c = i % size;
    for (const [nr, nc] of [[r - 1, c], [r + 1, c], [r, c - 1], [r, c + 1]] as const) {
      const j = nr * size + nc;
      if (nr >= 0 && nr < size && nc >= 0 && nc < size && grid[j] && !seen[j]) { seen[j] = 1; queue.push(j); }
    }
  }
  return false;
}

describe('UnionFind', () => {
  it('joins sets and tracks their sizes', () => {
    const u = new UnionFind(5);
    u.union(0, 1);
    u.union(3, 4);
    expect(u.connected(0, 1)).toBe(true);
    expect(u.connected(1, 3)).toBe(false);
    u.union(1, 4);
    expect(u.connected(0, 3)).toBe(true);
    expect(u.sizeOf(3)).toBe(4);
    expect(u.sizeOf(2)).toBe(1);
  });
});

describe('percolates', () => {
  it('a fully open grid percolates and a fully closed one does not', () => {
    expect(percolates(new Uint8Array(16).fill(1), 4)).toBe(true);
    expect(percolates(new Uint8Array(16), 4)).toBe(false);
  });

  it('needs a path through nearest neighbours, not diagonals', () => {
    const diagonal = [1, 0, 0, 0, 1, 0, 0, 0, 1];
    expect(percolates(diagonal, 3)).toBe(false);
    const snake = [1, 0, 0, 1, 1, 1, 0, 0, 1];
    expect(percolates(snake, 3)).toBe(true);
  });

  it('does not wrap around the sides', () => {
    const wrap = [1, 0, 0, 0, 0, 1, 0, 0, 1];
    expect(percolates(wrap, 3)).toBe(false);
  });

  it('agrees with a breadth-first search on random grids', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer(), (size, p, seed) => {
      const grid = randomGrid(p, size, rng(seed));
      return percolates(grid, size) === percolatesByBfs(grid, size);
    }), { numRuns: 300 });
  });

  it('derives the side from the grid: percolates(grid) is percolates(grid, √length)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer(), (size, p, seed) => {
      const grid = randomGrid(p, size, rng(seed));
      return percolates(grid) === percolates(grid, size);
    }), { numRuns: 100 });
    expect(percolates([1, 0, 0, 1, 1, 1, 0, 0, 1])).toBe(true);
    expect(Array.from(spanningSites([1, 0, 1, 1, 0, 0, 1, 1, 0]))).toEqual([1, 0, 0, 1, 0, 0, 1, 1, 0]);
  });

  it('rejects a grid that is not square, or whose length does not match the size given', () => {
    expect(() => percolates(new Uint8Array(8))).toThrow('invalid grid.length: 8 (expected a square number ≥ 1)');
    expect(() => percolates([])).toThrow('invalid grid.length: 0 (expected a square number ≥ 1)');
    expect(() => percolates(new Uint8Array(8), 3)).toThrow('invalid grid.length: 8 (expected size², 9)');
  });
});

describe('spanningSites', () => {
  it('marks exactly the open sites of the spanning cluster', () => {
    const grid = [1, 0, 1, 1, 0, 0, 1, 1, 0];
    expect(Array.from(spanningSites(grid, 3))).toEqual([1, 0, 0, 1, 0, 0, 1, 1, 0]);
  });

  it('is all zeros when nothing spans', () => {
    expect(Array.from(spanningSites([1, 0, 0, 0], 2))).toEqual([0, 0, 0, 0]);
  });
});

describe('randomGrid and spanningProbability', () => {
  it('opens a fraction p of sites', () => {
    const grid = randomGrid(0.3, 200, rng(1));
    const open = grid.reduce((a, b) => a + b, 0) / grid.length;
    expect(open).toBeCloseTo(0.3, 2);
  });

  it('is 0 at p = 0 and 1 at p = 1', () => {
    expect(spanningProbability(0, 10, 5, rng(1))).toBe(0);
    expect(spanningProbability(1, 10, 5, rng(1))).toBe(1);
  });

  it('sharpens around p_c ≈ 0.5927 as the lattice grows', () => {
    const r = rng(2);
    const below = percolationThreshold - 0.06;
    const above = percolationThreshold + 0.06;
    const small = spanningProbability(above, 8, 400, r) - spanningProbability(below, 8, 400, r);
    const large = spanningProbability(above, 64, 400, r) - spanningProbability(below, 64, 400, r);
    expect(large).toBeGreaterThan(small + 0.2);
    expect(spanningProbability(below, 64, 400, r)).toBeLessThan(0.2);
    expect(spanningProbability(above, 64, 400, r)).toBeGreaterThan(0.8);
  });

  it('crosses 0.5 near p_c on a 128 × 128 lattice', () => {
    const r = rng(11);
    const step = 0.015;
    const [below, at, above] = [-step, 0, step].map((d) => spanningProbability(percolationThreshold + d, 128, 200, r)) as [number, number, number];
    expect(below).toBeLessThan(0.3);
    expect(above).toBeGreaterThan(0.7);
    // At p_c a square spans with probability ½ in the large-lattice limit (Cardy 1992); 0.1 is
    // about three standard errors of a 200-trial estimate.
    expect(Math.abs(at - 0.5)).toBeLessThan(0.1);
    // Where the straight line through the bracketing estimates reaches 0.5.
    const crossing = at < 0.5
      ? percolationThreshold + (step * (0.5 - at)) / (above - at)
      : percolationThreshold - (step * (at - 0.5)) / (at - below);
    expect(Math.abs(crossing - percolationThreshold)).toBeLessThan(0.005);
  });

  it('is deterministic for a seed', () => {
    expect(spanningProbability(0.6, 20, 50, rng(7))).toBe(spanningProbability(0.6, 20, 50, rng(7)));
  });
});
