import type { GradingRule } from '@/common/graded';

/** This browser's place in a class, kept in localStorage once the learner joins. */
export interface Membership {
  /** `l_<id>.<secret>`: sent with every submission; only its hash is on the server. */
  token: string;
  learnerId: string;
  name: string;
  className: string;
  assignment: string | null;
  /** The class's grading rule as last heard from the server; absent in memberships kept before it was. */
  gradingRule?: GradingRule;
}

export const MEMBERSHIP_KEY = 'threshold:class';

/** Storage as the class code uses it; a test passes a Map-backed one. */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** localStorage, or nothing when the browser blocks it. */
export function browserStorage(): KeyValue | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function readMembership(storage = browserStorage()): Membership | undefined {
  try {
    const raw = storage?.getItem(MEMBERSHIP_KEY);
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<Membership>;
    return typeof value.token === 'string' && typeof value.learnerId === 'string' && typeof value.name === 'string' ? (value as Membership) : undefined;
  } catch {
    return undefined;
  }
}

export function saveMembership(membership: Membership, storage = browserStorage()): boolean {
  try {
    storage?.setItem(MEMBERSHIP_KEY, JSON.stringify(membership));
    return storage !== undefined;
  } catch {
    return false;
  }
}

export function forgetMembership(storage = browserStorage()): void {
  try {
    storage?.removeItem(MEMBERSHIP_KEY);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
