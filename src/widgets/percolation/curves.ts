import { rng, spanningProbability } from '@/sim';
import { range } from '../kit/chart';

/** Spanning probability against p for one lattice side, estimated from `trials` random lattices per p. */
export interface SpanningCurve {
  size: number;
  trials: number;
  values: number[];
}

/** The curves the chart draws, all on one grid of p. */
export interface SpanningCurves {
  ps: number[];
  curves: SpanningCurve[];
}

/**
 * Lattice sides and how many lattices estimate each point. Larger lattices cost more per trial
 * but their curve is steeper, so fewer trials still place it well; the whole set takes about
 * a second and a half at build time.
 */
const plan = [
  { size: 16, trials: 400 },
  { size: 32, trials: 200 },
  { size: 64, trials: 100 },
  { size: 128, trials: 50 },
] as const;

/** Densest where the curves rise steeply (0.51–0.69), sparse where every size is near 0 or 1. */
const ps = [...range(0, 0.35, 8), ...range(0.4, 0.5, 6), ...range(0.51, 0.69, 19), ...range(0.7, 0.8, 6), ...range(0.85, 1, 4)].map((p) => Number(p.toFixed(3)));

/** Seed of the random lattices behind the curves. */
const seed = 7;

let cached: SpanningCurves | undefined;

/**
 * Monte Carlo spanning probabilities for each lattice side in {@link plan}. Every p starts the
 * random stream from the same seed, so the curves use common random numbers: a site open at one
 * p is open at every larger p, which makes each curve rise monotonically instead of jittering.
 * Computed once per process (the build renders several pages).
 */
export function spanningCurves(): SpanningCurves {
  cached ??= {
    ps,
    curves: plan.map(({ size, trials }) => ({ size, trials, values: ps.map((p) => spanningProbability(p, size, trials, rng(seed))) })),
  };
  return cached;
}

/** The curve of `size` read at p by linear interpolation between grid points, or undefined if there is no curve for that size. */
export function spanningAt({ ps, curves }: SpanningCurves, size: number, p: number): number | undefined {
  const curve = curves.find((entry) => entry.size === size);
  if (!curve) return undefined;
  const i = Math.max(1, ps.findIndex((x) => x >= p));
  const [x0, x1] = [ps[i - 1]!, ps[i]!];
  const [y0, y1] = [curve.values[i - 1]!, curve.values[i]!];
  return x1 === x0 ? y1 : y0 + ((y1 - y0) * (p - x0)) / (x1 - x0);
}
