import { createFlock, type Flock } from '@/sim';
import type { OrderPoint } from './chart';

/** Seed of every flock the widget starts, so the build-time figure is reproducible. */
const seed = 1;

/** A flock of `birds` at noise η, at random positions and headings (the density of Vicsek et al.'s Fig. 1). */
export function startFlock(birds: number, noise: number): Flock {
  return createFlock({ n: birds, noise, seed });
}

/** A flock flown for some steps, with v_a after each. */
export interface Flight {
  flock: Flock;
  history: OrderPoint[];
}

let last: { key: string; flight: Flight } | undefined;

/**
 * A new flock flown for `steps` steps, recording v_a at each. The last flight is kept: the
 * build asks for it twice (prepared data, then the drawing), and it costs a few hundred ms.
 */
export function fly(birds: number, noise: number, steps: number): Flight {
  const key = `${birds}:${noise}:${steps}`;
  if (last?.key === key) return last.flight;
  const flock = startFlock(birds, noise);
  const history: OrderPoint[] = [{ step: 0, order: flock.polarization() }];
  for (let step = 1; step <= steps; step++) {
    flock.step(1);
    history.push({ step, order: flock.polarization() });
  }
  last = { key, flight: { flock, history } };
  return last.flight;
}
