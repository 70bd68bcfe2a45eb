import { describe, expect, it } from 'vitest';
import { attemptSeed, derangedOrder, shuffled } from '@/quiz';

const letters = ['a', 'b', 'c', 'd', 'e', 'f'];

describe('shuffled', () => {
  it('deals the same order for the same seed', () => {
    expect(shuffled(letters, 42)).toEqual(shuffled(letters, 42));
  });

  it('keeps every item exactly once', () => {
    expect([...shuffled(letters, 7)].sort()).toEqual(letters);
  });

  it('deals different orders across attempts', () => {
    const orders = new Set([1, 2, 3, 4, 5, 6].map((attempt) => shuffled(letters, attemptSeed('lesson', attempt, 0)).join('')));
    expect(orders.size).toBeGreaterThan(3);
  });

  it('leaves the input untouched', () => {
    const input = [...letters];
    shuffled(input, 3);
    expect(input).toEqual(letters);
  });
});

describe('attemptSeed', () => {
  it('depends on the lesson, the attempt and the question', () => {
    const seeds = new Set([attemptSeed('a', 1, 0), attemptSeed('b', 1, 0), attemptSeed('a', 2, 0), attemptSeed('a', 1, 1)]);
    expect(seeds.size).toBe(4);
  });
});

describe('derangedOrder', () => {
  it('never deals the original order', () => {
    for (let seed = 0; seed < 200; seed++) expect(derangedOrder(['a', 'b', 'c'], seed)).not.toEqual(['a', 'b', 'c']);
  });

  it('keeps every item', () => {
    expect([...derangedOrder(letters, 9)].sort()).toEqual(letters);
  });
});
