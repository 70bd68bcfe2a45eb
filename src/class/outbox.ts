import type { KeyValue } from './membership';

/** A submission waiting to reach the class server; `body.key` makes a resend harmless. */
export interface OutboxItem {
  kind: 'attempt' | 'completion';
  body: { key: string; lesson: string; at: string } & Record<string, unknown>;
}

/** What became of one send: stored (or already stored), worth retrying later, or never acceptable. */
export type SendOutcome = 'stored' | 'retry' | 'rejected';

export const OUTBOX_KEY = 'threshold:class:outbox';

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
  readonly #send: (item: OutboxItem) => Promise<SendOutcome>;
  #memory: OutboxItem[] = [];
  #flushing: Promise<number> | undefined;

  constructor(storage: KeyValue | undefined, send: (item: OutboxItem) => Promise<SendOutcome>) {
    this.#storage = storage;
    this.#send = send;
  }

  pending(): OutboxItem[] {
    try {
      const raw = this.#storage?.getItem(OUTBOX_KEY);
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

  /** Sends every pending item in order, stopping at the first that must wait; returns how many are left. */
  flush(): Promise<number> {
    this.#flushing ??= this.#flushAll().finally(() => (this.#flushing = undefined));
    return this.#flushing;
  }

  async #flushAll(): Promise<number> {
    for (;;) {
      const [next] = this.pending();
      if (!next) return 0;
      let outcome: SendOutcome;
      try {
        outcome = await this.#send(next);
      } catch {
        outcome = 'retry';
      }
      if (outcome === 'retry') return this.pending().length;
      // Another tab may have changed the queue meanwhile: remove this item by its key, keep the rest.
      this.#write(this.pending().filter((item) => item.body.key !== next.body.key));
    }
  }

  #write(items: OutboxItem[]): void {
    this.#memory = items;
    try {
      this.#storage?.setItem(OUTBOX_KEY, JSON.stringify(items));
    } catch {
      // Storage full or blocked: the queue lives in memory for this page.
    }
  }
}

/** A key no other submission has: random, URL-safe. */
export function newKey(): string {
  return crypto.randomUUID();
}
