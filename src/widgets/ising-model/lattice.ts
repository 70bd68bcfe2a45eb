import { createIsing, type Ising } from '@/sim';

/** Seed of every lattice the widget shows, so the build-time snapshot and the live start agree. */
const seed = 1;

/**
 * A lattice of side `size` at `temperature`, started hot (random spins) and given a burn-in of
 * Metropolis sweeps so the first picture already shows domains rather than noise. The burn-in
 * is capped at about 2 million spin updates (a few ms), so a change of size never stalls the page.
 */
export function startLattice(size: number, temperature: number): Ising {
  const model = hotLattice(size, temperature);
  model.sweep(burnIn(size));
  return model;
}

/** The same lattice before its burn-in (random spins), for a view that runs the burn-in a few sweeps at a time. */
export function hotLattice(size: number, temperature: number): Ising {
  return createIsing({ size, temperature, seed });
}

/** Sweeps of burn-in for a lattice of side `size`: 500 up to 64², fewer for larger lattices. */
export function burnIn(size: number): number {
  return Math.max(8, Math.min(500, Math.round(2 ** 21 / (size * size))));
}
