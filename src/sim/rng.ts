import { finite, positive, integerInRange } from './validate';

/** A source of uniform random numbers in [0, 1). Every stochastic model takes one. */
export type Rng = () => number;

/**
 * Turns any finite number into a 32-bit seed: the float's 64 bits are mixed with the
 * `splitmix32` finaliser so that nearby seeds (1, 2, 1.5) give unrelated streams.
 */
function hashSeed(seed: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, seed === 0 ? 0 : seed);
  let h = view.getUint32(0) ^ Math.imul(view.getUint32(4), 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A seeded pseudo-random generator: `sfc32` (Chris Doty-Humphrey's Small Fast Counting
 * generator, PractRand suite) with its 128-bit state filled from the hashed seed. It is fast,
 * passes PractRand to terabytes, and its period is at least 2^32, ample for widgets and tests.
 * Returns uniform numbers in [0, 1) with 32 bits of resolution.
 */
export function rng(seed: number): Rng {
  finite(seed, 'seed');
  let a = hashSeed(seed);
  let b = hashSeed(a + 1);
  let c = hashSeed(b + 2);
  let d = 1;
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of a freshly filled state are correlated with the seed: discard them.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** A uniform integer in 0 … n − 1 (n ≥ 1). */
export function randomInt(source: Rng, n: number): number {
  integerInRange(n, 'n', 1, 2 ** 32);
  return Math.floor(source() * n);
}

/**
 * A normal deviate with the given mean and standard deviation, by the Box–Muller transform
 * (Box & Muller, 1958). One of the pair is discarded so that the function stays stateless.
 */
export function randomNormal(source: Rng, mean = 0, sd = 1): number {
  finite(mean, 'mean');
  if (sd !== 0) positive(sd, 'sd');
  const u = 1 - source(); // in (0, 1], so the logarithm is finite
  const v = source();
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
