import { strToU8, zipSync } from 'fflate';

/** A fixed time for every entry, so the same course always builds the same bytes. */
const ENTRY_TIME = new Date('2024-01-01T00:00:00Z');

/** Text files by path as a zip. */
export function zipFiles(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, [strToU8(text), { mtime: ENTRY_TIME }]])), { level: 9 });
}
