import type { KeyValue } from './membership';

/** A submission waiting to reach the class server; `body.key` makes a resend harmless. */
export interface OutboxItem {
  kind: 'attempt' | 'completion';
  body: { key: string; lesson: string; at: string } & Record<string, unknown>;
}

/**
 * What became of one send: stored (or already stored); never acceptable (dropped); failed on its
 * own (kept for later, the items behind it still go); or the server cannot be reached or asks to
 * wait (everything waits).
 */
export type SendOutcome = 'stored' | 'rejected' | 'failed' | 'retry';

/**
 * Each learner's queue has a key of its own, so a browser that leaves one class and joins another
 * (or another person's) never sends the first learner's submissions under the second identity.
 */
export const outboxKey = (learnerId: string): string => `threshold:class:outbox:${learnerId}`;

/** Most submissions kept while offline; the oldest go first when a learner stays offline for weeks. */
export const MAX_PENDING = 500;

/**
 * Submissions queued in storage and sent in order. Each is written to storage before any send, so
 * a closed tab or a lost connection loses nothing; `flush` resends what is left, and the server
 * stores each idempotency key once however often it arrives (from a retry, or from two tabs
 * flushing the same queue).
 */
export class Outbox {
  readonly #storage: KeyValue | undefined;
  readonly #key: string;
  readonly #send: (item: OutboxItem) => Promise<SendOutcome>;
  #memory: OutboxItem[] = [];
  #flushing: Promise<number> | undefined;

  /** `learnerId` names whose queue this is; `send` must send as that learner. */
  constructor(storage: KeyValue | undefined, learnerId: string, send: (item: OutboxItem) => Promise<SendOutcome>) {
    this.#storage = storage;
    this.#key = outboxKey(learnerId);
    this.#send = send;
  }

  pending(): OutboxItem[] {
    try {
      const raw = this.#storage?.getItem(this.#key);
      if (raw === null || raw === undefined) return this.#storage ? [] : this.#memory;
      const items = JSON.parse(raw) as unknown;
      return Array.isArray(items) ? (items as OutboxItem[]).filter((item) => typeof item?.body?.key === 'string') : [];
    } catch {
      return this.#memory;
    }
  }

  add(item: OutboxItem): void {
    this.#write([...this.pending(), item].slice(-MAX_PENDING));
  }

  /** Sends every pending item in order, stopping only when the server cannot take any; returns how many are left. */
  flush(): Promise<number> {
    this.#flushing ??= this.#flushAll().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  async #flushAll(): Promise<number> {
    const tried = new Set<string>();
    for (;;) {
      // Items that failed on their own stay queued for the next flush; the ones behind them go now.
      const next = this.pending().find((item) => !tried.has(item.body.key));
      if (!next) return this.pending().length;
      tried.add(next.body.key);
      let outcome: SendOutcome;
      try {
        outcome = await this.#send(next);
      } catch {
        outcome = 'retry';
      }
      if (outcome === 'retry') return this.pending().length;
      if (outcome === 'failed') continue;
      // Another tab may have changed the queue meanwhile: remove this item by its key, keep the rest.
      this.#write(this.pending().filter((item) => item.body.key !== next.body.key));
    }
  }

  #write(items: OutboxItem[]): void {
    this.#memory = items;
    try {
      this.#storage?.setItem(this.#key, JSON.stringify(items));
    } catch {
      // Storage full or blocked: the queue lives in memory for this page.
    }
  }
}

/** A key no other submission has: random, URL-safe. */
export function newKey(): string {
  return crypto.randomUUID();
}
