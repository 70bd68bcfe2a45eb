import { finite, positive, integerInRange, randomSource } from './validate';

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
 * The 128-bit state of an `sfc32` generator (Chris Doty-Humphrey's Small Fast Counting
 * generator, from the PractRand suite), filled from the hashed seed and warmed up: the first
 * outputs of a freshly filled state are correlated with the seed, so they are discarded.
 */
export function sfc32State(seed: number): Int32Array {
  finite(seed, 'seed');
  const a = hashSeed(seed);
  const b = hashSeed(a + 1);
  const state = new Int32Array([a, b, hashSeed(b + 2), 1]);
  for (let i = 0; i < 12; i++) sfc32Next(state);
  return state;
}

/**
 * Advances an `sfc32` state by one step and returns its output, a uniform unsigned 32-bit
 * integer. Hot loops (the Ising sweep) copy these lines inline on local variables instead.
 */
export function sfc32Next(state: Int32Array): number {
  const a = state[0]!;
  const b = state[1]!;
  const c = state[2]!;
  const d = state[3]!;
  const t = (((a + b) | 0) + d) | 0;
  state[3] = (d + 1) | 0;
  state[0] = b ^ (b >>> 9);
  state[1] = (c + (c << 3)) | 0;
  state[2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return t >>> 0;
}

/**
 * A seeded pseudo-random generator returning uniform numbers in [0, 1) with 32 bits of
 * resolution: `sfc32`, which is fast, passes PractRand to terabytes and has a period of at
 * least 2^32 (far more on average), ample for widgets and tests. Any finite seed is accepted.
 */
export function rng(seed: number): Rng {
  const state = sfc32State(seed);
  return () => sfc32Next(state) / 4294967296;
}

/** One draw from `source`, checked to lie in [0, 1) so that a faulty source cannot turn into NaN downstream. */
function draw(source: Rng): number {
  const u = source();
  if (!(u >= 0 && u < 1)) throw new RangeError(`invalid source(): ${String(u)} (expected 0 ≤ source() < 1)`);
  return u;
}

/** A uniform integer in 0 … n − 1 (n ≥ 1). */
export function randomInt(source: Rng, n: number): number {
  randomSource(source, 'source');
  integerInRange(n, 'n', 1, 2 ** 32);
  return Math.floor(draw(source) * n);
}

/**
 * A normal deviate with the given mean and standard deviation, by the Box–Muller transform
 * (Box & Muller, 1958). One of the pair is discarded so that the function stays stateless.
 */
export function randomNormal(source: Rng, mean = 0, sd = 1): number {
  randomSource(source, 'source');
  finite(mean, 'mean');
  if (sd !== 0) positive(sd, 'sd');
  const u = 1 - draw(source); // in (0, 1], so the logarithm is finite
  const v = draw(source);
  return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
