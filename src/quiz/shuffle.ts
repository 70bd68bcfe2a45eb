import { rng } from '@/sim/rng';

/** A 32-bit FNV-1a hash of `text`: turns a lesson slug into a seed. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The seed of one question in one attempt. It depends only on the lesson, the attempt (its
 * number, or any text naming it) and the question, so a reload during an attempt deals the same
 * order and the next attempt a new one.
 */
export function attemptSeed(lesson: string, attempt: number | string, question: number): number {
  return hashText(`${lesson}#${attempt}#${question}`);
}

/** A Fisher–Yates shuffle of a copy of `items`, driven by a seeded generator. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const source = rng(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(source() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A shuffle that never deals the items in their original order, for ordering questions. */
export function derangedOrder<T>(items: readonly T[], seed: number): T[] {
  const order = shuffled(items, seed);
  if (items.length > 1 && order.every((item, i) => item === items[i])) order.push(order.shift()!);
  return order;
}
