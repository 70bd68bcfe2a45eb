import { randomGrid, rng, spanningSites } from '@/sim';

/** One random lattice and what the widget shows of it. */
export interface Sample {
  size: number;
  /** 0 closed, 1 open, 2 open and on a cluster that joins the top row to the bottom row. */
  cells: Int8Array;
  /** Fraction of sites open. */
  openFraction: number;
  /** Whether an open cluster spans from top to bottom. */
  spans: boolean;
}

let last: { key: string; sample: Sample } | undefined;

/**
 * The lattice of side `size` drawn from `seed` at open probability p. The same seed gives the
 * same random number to each site at every p, so raising p only ever opens sites: the reader
 * watches one lattice fill up. The last lattice is kept, since the reading and the view ask for it in turn.
 */
export function sampleLattice(p: number, size: number, seed: number): Sample {
  const key = `${p}:${size}:${seed}`;
  if (last?.key === key) return last.sample;
  const grid = randomGrid(p, size, rng(seed));
  const spanning = spanningSites(grid, size);
  const cells = new Int8Array(grid.length);
  let open = 0;
  let spans = false;
  for (let i = 0; i < grid.length; i++) {
    open += grid[i]!;
    cells[i] = grid[i]! + spanning[i]!;
    spans ||= spanning[i] === 1;
  }
  const sample = { size, cells, openFraction: open / grid.length, spans };
  last = { key, sample };
  return sample;
}
