import { bench, describe } from 'vitest';
import { createIsing } from '../../src/sim/ising';
import { onsagerTc } from '../../src/sim/onsager';
import { rng, type Rng } from '../../src/sim/rng';

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

/** The same naive data structures visited in row order, like the library: isolates the data-structure gain. */
function naiveRowOrder(size: number, temperature: number, random: Rng) {
  const spins = naiveLattice(size, random);
  return () => {
    for (let r = 0; r < size; r++) for (let c = 0; c < size; c++) naiveAttempt(spins, size, r, c, temperature, random);
  };
}

const size = 128;

for (const [label, temperature] of [['T = 1.5 (ordered)', 1.5], ['T_c', onsagerTc()], ['T = 3.5 (disordered)', 3.5]] as const) {
  describe(`Ising ${size}×${size} Metropolis sweep at ${label}`, () => {
    const fast = createIsing({ size, temperature, seed: 1 });
    const randomSites = naiveRandomSites(size, temperature, rng(1));
    const rowOrder = naiveRowOrder(size, temperature, rng(1));
    bench('createIsing().sweep() (typed array, acceptance table)', () => fast.sweep(1), { time: 1500 });
    bench('naive, textbook (2-D arrays, Math.exp per flip, random sites)', randomSites, { time: 1500 });
    bench('naive, row order (2-D arrays, Math.exp per flip)', rowOrder, { time: 1500 });
  });
}

describe(`Ising ${size}×${size} updates at T_c`, () => {
  const model = createIsing({ size, temperature: onsagerTc(), seed: 2 });
  bench('wolff(1) cluster update', () => void model.wolff(1), { time: 1000 });
  bench('magnetization()', () => void model.magnetization(), { time: 300 });
  bench('energy()', () => void model.energy(), { time: 300 });
});
