import type { Backend } from '@/progress';

/** An in-memory Storage that can be told to fail like a real browser does. */
export class FakeStorage implements Backend {
  readonly items = new Map<string, string>();
  /** `quota`: writes throw QuotaExceededError; `blocked`: every access throws SecurityError. */
  failure: 'quota' | 'blocked' | undefined;
  /** Largest value accepted before a quota error, when set. */
  limit: number | undefined;

  getItem(key: string): string | null {
    if (this.failure === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.failure === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError');
    if (this.failure === 'quota' || (this.limit !== undefined && value.length > this.limit)) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    if (this.failure === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError');
    this.items.delete(key);
  }
}
