import { expectedExactMatch, rng, sampleAccuracy, wilsonInterval } from '@/sim';
import { range } from '../kit/chart';
import { perTokenProbability } from '../kit/family';

/** Exact match over 20 tokens for the shared model family: small but not zero for small models. */
export const truth = (parameters: number) => expectedExactMatch(perTokenProbability(parameters), 20);
export const models = range(7, 12, 11).map((exponent) => 10 ** exponent);
const truths = models.map(truth);
export const curve = range(7, 12, 126).map((exponent) => ({ parameters: 10 ** exponent, value: truth(10 ** exponent) }));

interface Score {
  parameters: number;
  accuracy: number;
  lower: number;
  upper: number;
}

/** Test sets drawn besides the chosen one, with seeds `seed + 1 … seed + others`, to show the luck of the draw. */
export const others = 10;

/** Largest test set the widget offers. */
export const maxItems = 5000;

/** Counts of items right by model and test-set size, one table per seed, for seeds read at more than one size. */
const tables = new Map<number, Uint16Array>();
const stream = new Float64Array(models.length * maxItems);
const prefix = new Uint16Array(models.length * maxItems + 1);

/** Draws made one test-set size at a time, by `items:seed`, and the size each seed was last drawn at. */
const drawn = new Map<string, Score[]>();
const lastSize = new Map<number, number>();

/** Keeps at most `size` entries, forgetting the oldest. */
function remember<K, V>(map: Map<K, V>, key: K, value: V, size: number): V {
  if (map.size >= size) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

/**
 * For one seed, the items each model gets right on a test set of every size from 1 to `maxItems`,
 * at `m * (maxItems + 1) + n`. It is what `sampleAccuracy(truth, n, rng(seed))` counts for the
 * models in turn (model m reads the seed's uniforms m·n to (m + 1)·n − 1), for every n at once:
 * a count of the uniforms below m's true accuracy up to each point of the stream, read at the two
 * ends of m's share. A change of test-set size then costs no sampling at all.
 */
function table(seed: number): Uint16Array {
  const source = rng(seed);
  for (let i = 0; i < stream.length; i++) stream[i] = source();
  const counts = new Uint16Array(models.length * (maxItems + 1));
  truths.forEach((p, m) => {
    // Model m reads no further than (m + 1)·maxItems into the stream.
    const end = (m + 1) * maxItems;
    for (let i = 0; i < end; i++) prefix[i + 1] = prefix[i]! + (stream[i]! < p ? 1 : 0);
    const row = m * (maxItems + 1);
    for (let n = 1; n <= maxItems; n++) counts[row + n] = prefix[(m + 1) * n]! - prefix[m * n]!;
  });
  return counts;
}

/** Each model's score on a test set of `items` items drawn with `seed`, as `sampleAccuracy` samples it. */
function sampled(items: number, seed: number): Score[] {
  const source = rng(seed);
  return models.map((parameters, m) => {
    const { correct, accuracy } = sampleAccuracy(truths[m]!, items, source);
    return { parameters, accuracy, ...wilsonInterval(correct, items) };
  });
}

/**
 * Each model's score on one test set of `items` items, drawn with `seed`, with its 95 % Wilson
 * interval. A seed is sampled at one size first (a change of seed costs one draw); asked for a
 * second size, it gets a table of every size, so that moving the items slider costs no sampling.
 */
export function scores(items: number, seed: number): Score[] {
  const counts = tables.get(seed);
  if (counts && Number.isInteger(items) && items >= 1 && items <= maxItems) {
    return models.map((parameters, m) => {
      const correct = counts[m * (maxItems + 1) + items]!;
      return { parameters, accuracy: correct / items, ...wilsonInterval(correct, items) };
    });
  }
  const key = `${items}:${seed}`;
  const known = drawn.get(key);
  if (known) return known;
  const before = lastSize.get(seed);
  remember(lastSize, seed, items, 1024);
  if (before !== undefined && before !== items && Number.isInteger(items) && items >= 1 && items <= maxItems) {
    remember(tables, seed, table(seed), 48);
    return scores(items, seed);
  }
  return remember(drawn, key, sampled(items, seed), 256);
}

/** How the verdict varies over the chosen draw and the `others` after it. */
export function spread(items: number, seed: number) {
  const draws = Array.from({ length: others + 1 }, (_, i) => scores(items, seed + i));
  const ranges = models.map((parameters, m) => {
    const values = draws.map((draw) => draw[m]!.accuracy);
    return { parameters, min: Math.min(...values), max: Math.max(...values) };
  });
  const widest = ranges.reduce((best, range) => (range.max - range.min > best.max - best.min ? range : best));
  // The smallest models that score 0 in the chosen draw, and in how many draws they all do.
  const leading = draws[0]!.findIndex((score) => score.accuracy > 0);
  const smallest = leading < 0 ? models.length : leading;
  const allZero = smallest === 0 ? 0 : draws.filter((draw) => draw.slice(0, smallest).every((score) => score.accuracy === 0)).length;
  return { draws: draws.length, widest, smallest, allZero };
}

