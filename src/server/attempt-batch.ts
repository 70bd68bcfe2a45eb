import type { Kysely } from 'kysely';
import { insertAttempt, insertAttempts, type AttemptWrite, type Schema } from './db';

/** Most attempts committed together; a larger queue is written in several transactions. */
const MAX_BATCH = 200;

interface Pending extends AttemptWrite {
  resolve: (result: { duplicate: boolean }) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: attempts that arrive while a commit is under way (or in the same turn of the
 * event loop) are written together in the next transaction. Each caller still hears back only
 * after the commit that holds its attempt, so an acknowledgement always means "on disk"; the
 * flush to disk that dominates a small write is paid once per batch instead of once per learner.
 */
export class AttemptBatch {
  readonly #db: Kysely<Schema>;
  #queue: Pending[] = [];
  #draining = false;

  constructor(db: Kysely<Schema>) {
    this.#db = db;
  }

  write(write: AttemptWrite): Promise<{ duplicate: boolean }> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ ...write, resolve, reject });
      if (!this.#draining) {
        this.#draining = true;
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, MAX_BATCH);
      try {
        const results = await insertAttempts(this.#db, batch);
        batch.forEach((pending, index) => pending.resolve(results[index]!));
      } catch {
        // One bad write must not sink the others: retry each alone, so only it fails.
        for (const pending of batch) {
          await insertAttempt(this.#db, pending.learnerId, pending.attempt, pending.now).then(pending.resolve, pending.reject);
        }
      }
    }
    this.#draining = false;
  }
}

const batches = new WeakMap<Kysely<Schema>, AttemptBatch>();

/** The one batch of a database, so every request to it shares the same commits. */
export function attemptBatch(db: Kysely<Schema>): AttemptBatch {
  let batch = batches.get(db);
  if (!batch) batches.set(db, (batch = new AttemptBatch(db)));
  return batch;
}
