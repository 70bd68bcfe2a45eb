/** The instructor key lives in this tab's sessionStorage only: never in the address, never on disk. */
const KEY = 'threshold:class:instructor';

export function readInstructorKey(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function keepInstructorKey(key: string | null): void {
  try {
    if (key === null) sessionStorage.removeItem(KEY);
    else sessionStorage.setItem(KEY, key);
  } catch {
    // The page still works for as long as it stays open.
  }
}
