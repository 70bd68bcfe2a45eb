/**
 * Argument checks shared by every model in `src/sim`. Each helper returns the value it checked,
 * so a caller can validate and assign in one line, and throws a `RangeError` whose message names
 * the argument, shows the value and states the rule, e.g. `invalid p: 1.5 (expected 0 ≤ p ≤ 1)`.
 * NaN and ±Infinity are always rejected: a widget that passes them has a bug worth surfacing.
 */

function fail(name: string, value: unknown, rule: string): never {
  throw new RangeError(`invalid ${name}: ${String(value)} (expected ${rule})`);
}

/** A finite number (not NaN, not ±Infinity). */
export function finite(x: number, name: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x)) fail(name, x, `a finite number`);
  return x;
}

/** A finite number greater than zero. */
export function positive(x: number, name: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x <= 0) fail(name, x, `${name} > 0`);
  return x;
}

/** A finite number greater than or equal to `min`. */
export function atLeast(x: number, name: string, min: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || !(x >= min)) fail(name, x, `${name} ≥ ${min}`);
  return x;
}

/** A finite number greater than or equal to zero. */
export function nonNegative(x: number, name: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) fail(name, x, `${name} ≥ 0`);
  return x;
}

/** A probability: a number in [0, 1]. */
export function probability(p: number, name: string): number {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) fail(name, p, `0 ≤ ${name} ≤ 1`);
  return p;
}

/** A finite number in the closed interval [min, max] (bounds may be infinite). */
export function inRange(x: number, name: string, min: number, max: number): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || !(x >= min && x <= max)) fail(name, x, `${min} ≤ ${name} ≤ ${max}`);
  return x;
}

/** A count: a non-negative safe integer. */
export function count(n: number, name: string): number {
  if (!Number.isSafeInteger(n) || n < 0) fail(name, n, `an integer ≥ 0`);
  return n;
}

/** A safe integer greater than or equal to `min`. */
export function integerAtLeast(n: number, name: string, min: number): number {
  if (!Number.isSafeInteger(n) || n < min) fail(name, n, `an integer ≥ ${min}`);
  return n;
}

/** A safe integer in the closed interval [min, max]. */
export function integerInRange(n: number, name: string, min: number, max: number): number {
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    fail(name, n, `an integer with ${min} ≤ ${name} ≤ ${max}`);
  }
  return n;
}

/** An array of finite numbers with at least `minLength` entries. */
export function finiteArray(xs: ArrayLike<number>, name: string, minLength = 0): ArrayLike<number> {
  if (xs == null || typeof xs.length !== 'number') fail(name, xs, `an array of numbers`);
  if (xs.length < minLength) fail(`${name}.length`, xs.length, `at least ${minLength} values`);
  for (let i = 0; i < xs.length; i++) finite(xs[i] as number, `${name}[${i}]`);
  return xs;
}

/** A source of random numbers: a function, as returned by `rng(seed)`. */
export function randomSource<T extends () => number>(source: T, name: string): T {
  if (typeof source !== 'function') fail(name, source, `a function returning uniform numbers in [0, 1), such as rng(seed)`);
  return source;
}

/** One of a fixed set of strings. */
export function keyword<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) fail(name, value, `one of ${allowed.join(', ')}`);
  return value as T;
}
