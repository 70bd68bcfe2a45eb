import { bench, describe } from 'vitest';
import { createFlock } from '@/sim/vicsek';
import { rng } from '@/sim/rng';

/** The O(n²) reference: the same update, comparing every pair of particles. */
function naiveFlock(n: number, box: number, radius: number, speed: number, noise: number, seed: number) {
  const random = rng(seed);
  const x = Array.from({ length: n }, () => random() * box);
  const y = Array.from({ length: n }, () => random() * box);
  const theta = Array.from({ length: n }, () => Math.PI * (2 * random() - 1));
  return {
    step(): void {
      const next = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        let sx = 0;
        let sy = 0;
        for (let j = 0; j < n; j++) {
          let dx = Math.abs(x[j]! - x[i]!);
          let dy = Math.abs(y[j]! - y[i]!);
          dx = Math.min(dx, box - dx);
          dy = Math.min(dy, box - dy);
          if (dx * dx + dy * dy < radius * radius) {
            sx += Math.cos(theta[j]!);
            sy += Math.sin(theta[j]!);
          }
        }
        next[i] = Math.atan2(sy, sx) + noise * (random() - 0.5);
      }
      for (let i = 0; i < n; i++) {
        x[i] = (((x[i]! + speed * Math.cos(theta[i]!)) % box) + box) % box;
        y[i] = (((y[i]! + speed * Math.sin(theta[i]!)) % box) + box) % box;
        theta[i] = next[i]!;
      }
    },
  };
}

const n = 2000;
const box = 7 * Math.sqrt(n / 300);

describe(`Vicsek step, n = ${n} (density of Vicsek et al. 1995, Fig. 1)`, () => {
  const flock = createFlock({ n, noise: 0.5, seed: 1 });
  const naive = naiveFlock(n, box, 1, 0.03, 0.5, 1);
  bench('createFlock().step() (cell list)', () => flock.step(1), { time: 1500 });
  bench('O(n²) reference', () => naive.step(), { time: 1500 });
});
