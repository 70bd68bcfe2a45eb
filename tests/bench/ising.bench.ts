import { bench, describe } from 'vitest';
import { createIsing } from '@/sim/ising';
import { onsagerTc } from '@/sim/onsager';
import { rng, sfc32Next, sfc32State, type Rng } from '@/sim/rng';

/** Spins in an array of arrays, as a first implementation would hold them. */
function naiveLattice(size: number, random: Rng): number[][] {
  const spins: number[][] = [];
  for (let r = 0; r < size; r++) spins.push(Array.from({ length: size }, () => (random() < 0.5 ? 1 : -1)));
  return spins;
}

/** One attempted flip the naive way: neighbours by modulo, Math.exp evaluated on every attempt. */
function naiveAttempt(spins: number[][], size: number, r: number, c: number, temperature: number, random: Rng): void {
  const nb = spins[(r + 1) % size]![c]! + spins[(r - 1 + size) % size]![c]! +
    spins[r]![(c + 1) % size]! + spins[r]![(c - 1 + size) % size]!;
  const deltaE = 2 * spins[r]![c]! * nb;
  if (random() < Math.exp(-deltaE / temperature)) spins[r]![c] = -spins[r]![c]!;
}

/** The textbook algorithm (Newman & Barkema 1999): N attempts per sweep at random sites. */
function naiveRandomSites(size: number, temperature: number, random: Rng) {
  const spins = naiveLattice(size, random);
  return () => {
    for (let t = 0; t < size * size; t++) {
      naiveAttempt(spins, size, Math.floor(random() * size), Math.floor(random() * size), temperature, random);
    }
  };
}

/** The same naive data structures visited in row order: isolates the gain of the data layout and the update. */
function naiveRowOrder(size: number, temperature: number, random: Rng) {
  const spins = naiveLattice(size, random);
  return () => {
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) naiveAttempt(spins, size, r, c, temperature, random);
  };
}

/**
 * The sweep the library used before the checkerboard one: row order, a cached neighbour sum per
 * site updated on every flip, an acceptance table, and a branch on accept. Kept to show what the
 * branch costs as the flip rate rises.
 */
function cachedRowOrder(size: number, temperature: number, seed: number) {
  const state = sfc32State(seed);
  const n = size * size;
  const spins = new Int8Array(n);
  for (let i = 0; i < n; i++) spins[i] = sfc32Next(state) < 2147483648 ? 1 : -1;
  const at = (r: number, c: number) => spins[((r + size) % size) * size + ((c + size) % size)]!;
  const local = new Int8Array(n);
  for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) local[r * size + c] = at(r - 1, c) + at(r + 1, c) + at(r, c - 1) + at(r, c + 1);
  const threshold = new Float64Array(10);
  for (let k = 0; k < 10; k++) {
    const deltaE = 2 * (k < 5 ? -1 : 1) * (2 * (k % 5) - 4);
    threshold[k] = deltaE <= 0 ? 4294967296 : Math.floor(Math.exp(-deltaE / temperature) * 4294967296);
  }
  return () => {
    let a = state[0]!;
    let b = state[1]!;
    let c = state[2]!;
    let d = state[3]!;
    for (let r = 0; r < size; r++) {
      const row = r * size;
      const up = (r === 0 ? size - 1 : r - 1) * size - row;
      const down = (r === size - 1 ? 0 : r + 1) * size - row;
      for (let col = 0; col < size; col++) {
        const i = row + col;
        const s = spins[i]!;
        const x = (((a + b) | 0) + d) | 0;
        d = (d + 1) | 0;
        a = b ^ (b >>> 9);
        b = (c + (c << 3)) | 0;
        c = (((c << 21) | (c >>> 11)) + x) | 0;
        if ((x >>> 0) < threshold[((s + 1) >> 1) * 5 + ((local[i]! + 4) >> 1)]!) {
          spins[i] = -s;
          const change = -2 * s;
          local[i + up]! += change;
          local[i + down]! += change;
          local[col === 0 ? i + size - 1 : i - 1]! += change;
          local[col === size - 1 ? i - size + 1 : i + 1]! += change;
        }
      }
    }
    state[0] = a;
    state[1] = b;
    state[2] = c;
    state[3] = d;
  };
}

const temperatures = [['T = 1.5 (ordered)', 1.5], ['T_c', onsagerTc()], ['T = 3.5 (disordered)', 3.5]] as const;

for (const size of [128, 256]) {
  for (const [label, temperature] of temperatures) {
    describe(`Ising ${size}×${size} Metropolis sweep at ${label}`, () => {
      const fast = createIsing({ size, temperature, seed: 1 });
      const randomSites = naiveRandomSites(size, temperature, rng(1));
      const rowOrder = naiveRowOrder(size, temperature, rng(1));
      const cached = cachedRowOrder(size, temperature, 1);
      const options = { time: size === 128 ? 1000 : 1500, warmupTime: 500 };
      bench('createIsing().sweep() (checkerboard, branch-free flip)', () => fast.sweep(1), options);
      bench('previous sweep (row order, cached neighbour sums, branch on accept)', cached, options);
      bench('naive, textbook (2-D arrays, Math.exp per flip, random sites)', randomSites, options);
      bench('naive, row order (2-D arrays, Math.exp per flip)', rowOrder, options);
    });
  }
}

describe('Ising 128×128 updates at T_c', () => {
  const model = createIsing({ size: 128, temperature: onsagerTc(), seed: 2 });
  bench('wolff(1) cluster update', () => void model.wolff(1), { time: 1000 });
  bench('sweep(1) then magnetization() (recounts the spins)', () => {
    model.sweep(1);
    model.magnetization();
  }, { time: 500 });
  bench('energy()', () => void model.energy(), { time: 300 });
});
