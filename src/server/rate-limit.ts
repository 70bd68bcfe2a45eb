/** A bucket holds up to `capacity` requests and refills at `perSecond`. */
export interface BucketRule {
  capacity: number;
  perSecond: number;
}

export type Taken = { ok: true } | { ok: false; retryAfter: number };

/** Buckets kept before full ones are forgotten (a full bucket is the same as none). */
const MAX_BUCKETS = 10_000;

/**
 * Token-bucket rate limits kept in memory, one bucket per key (route and client). A request takes
 * one token; with none left it is refused with the seconds until the next token.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #now: () => number;

  constructor(now: () => number = () => performance.now()) {
    this.#now = now;
  }

  take(key: string, rule: BucketRule): Taken {
    const now = this.#now();
    const bucket = this.#buckets.get(key) ?? { tokens: rule.capacity, at: now };
    bucket.tokens = Math.min(rule.capacity, bucket.tokens + ((now - bucket.at) / 1000) * rule.perSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.#buckets.set(key, bucket);
      return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / rule.perSecond)) };
    }
    bucket.tokens -= 1;
    if (!this.#buckets.has(key) && this.#buckets.size >= MAX_BUCKETS) this.#forgetFull(now, rule);
    this.#buckets.set(key, bucket);
    return { ok: true };
  }

  #forgetFull(now: number, rule: BucketRule): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * rule.perSecond >= rule.capacity) this.#buckets.delete(key);
    }
  }
}

/**
 * Limits per route. Joining and creating are limited per client address; a classroom behind one
 * address still fits its join burst. Submissions are limited per learner, so one address shared by
 * a whole class never throttles it, and no learner can flood the database.
 */
export const rules = {
  create: { capacity: 5, perSecond: 1 / 60 },
  join: { capacity: 250, perSecond: 2 },
  submit: { capacity: 20, perSecond: 5 },
  read: { capacity: 60, perSecond: 2 },
} satisfies Record<string, BucketRule>;
