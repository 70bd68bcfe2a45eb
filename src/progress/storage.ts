/** The part of `Storage` the store uses, so tests can hand it a fake that fails on demand. */
export interface Backend {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why storage could not be used: turned off or blocked (private modes, disabled cookies), or full. */
export type StorageProblem = 'unavailable' | 'quota';

export type ReadOutcome = { ok: true; value: string | null } | { ok: false; problem: 'unavailable' };
export type WriteOutcome = { ok: true } | { ok: false; problem: StorageProblem };

/**
 * localStorage that never throws. Merely touching `window.localStorage` throws a SecurityError
 * when cookies are disabled, and `setItem` throws when the quota is full; every access is
 * therefore wrapped, and the caller learns what went wrong instead of breaking the page.
 */
export class SafeStorage {
  readonly #open: () => Backend | null | undefined;

  constructor(open: () => Backend | null | undefined) {
    this.#open = open;
  }

  #backend(): Backend | null {
    try {
      return this.#open() ?? null;
    } catch {
      return null;
    }
  }

  read(key: string): ReadOutcome {
    const backend = this.#backend();
    if (!backend) return { ok: false, problem: 'unavailable' };
    try {
      return { ok: true, value: backend.getItem(key) };
    } catch {
      return { ok: false, problem: 'unavailable' };
    }
  }

  write(key: string, value: string): WriteOutcome {
    const backend = this.#backend();
    if (!backend) return { ok: false, problem: 'unavailable' };
    try {
      backend.setItem(key, value);
      return { ok: true };
    } catch (error) {
      return { ok: false, problem: isQuotaError(error) ? 'quota' : 'unavailable' };
    }
  }

  remove(key: string): WriteOutcome {
    const backend = this.#backend();
    if (!backend) return { ok: false, problem: 'unavailable' };
    try {
      backend.removeItem(key);
      return { ok: true };
    } catch {
      return { ok: false, problem: 'unavailable' };
    }
  }
}

/** Browsers name a full store differently: QuotaExceededError (code 22), or Firefox's NS_ERROR_DOM_QUOTA_REACHED (1014). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
