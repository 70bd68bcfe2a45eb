import { bench, describe } from 'vitest';
import { percolates, percolationThreshold, randomGrid, spanningProbability } from '@/sim/percolation';
import { rng } from '@/sim/rng';

describe('site percolation at p_c', () => {
  for (const size of [32, 128, 256]) {
    const r = rng(size);
    const grid = randomGrid(percolationThreshold, size, r);
    bench(`percolates(grid) on ${size}×${size}`, () => void percolates(grid), { time: 500 });
  }
  const r = rng(1);
  bench('spanningProbability(p_c, 64, 100 trials) (one point of the widget curve)', () => void spanningProbability(percolationThreshold, 64, 100, r), { time: 1000 });
});
