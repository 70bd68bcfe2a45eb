import type { KeyValue } from '@/class/membership';

/** Storage as the class code uses it, kept in a Map the test can read. */
export function memoryStorage(): KeyValue & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value), removeItem: (key) => void data.delete(key) };
}
