import { expect, test } from 'vitest';
import { RateLimiter } from '@/server/rate-limit';

const rule = { capacity: 3, perSecond: 0.5 };

test('a bucket lets its capacity through at once, then refuses with the seconds until the next token', () => {
  let now = 0;
  const limiter = new RateLimiter(() => now);
  expect([1, 2, 3].map(() => limiter.take('a', rule).ok)).toEqual([true, true, true]);
  expect(limiter.take('a', rule)).toEqual({ ok: false, retryAfter: 2 });
  now = 2000;
  expect(limiter.take('a', rule).ok).toBe(true);
  expect(limiter.take('a', rule).ok).toBe(false);
});

test('buckets are kept apart by key', () => {
  const limiter = new RateLimiter(() => 0);
  for (let i = 0; i < 3; i++) limiter.take('a', rule);
  expect(limiter.take('a', rule).ok).toBe(false);
  expect(limiter.take('b', rule).ok).toBe(true);
});

test('a bucket never fills beyond its capacity however long it waits', () => {
  let now = 0;
  const limiter = new RateLimiter(() => now);
  limiter.take('a', rule);
  now = 1_000_000;
  expect([1, 2, 3, 4].map(() => limiter.take('a', rule).ok)).toEqual([true, true, true, false]);
});
