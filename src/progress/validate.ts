import { emptyProgress, isSlug, isTime, PROGRESS_VERSION, type Progress } from './format';

/** The outcome of reading a stored or imported value. */
export type ReadResult =
  /** Usable progress; `dropped` counts entries that were malformed and left out. */
  | { kind: 'ok'; progress: Progress; dropped: number }
  /** Written by a newer version of the site: never overwrite it. */
  | { kind: 'newer'; version: number }
  /** Not progress at all. */
  | { kind: 'invalid'; reason: string };

/**
 * Checks a value of the current version entry by entry. Malformed entries are dropped, not the
 * whole value, so one bad field never costs a learner the rest of their progress.
 */
export function validateCurrent(value: Record<string, unknown>): { progress: Progress; dropped: number } {
  const progress = emptyProgress();
  let dropped = 0;
  for (const [slug, time] of entries(value.visited)) {
    if (isSlug(slug) && isTime(time)) progress.visited[slug] = time;
    else dropped++;
  }
  for (const [slug, position] of entries(value.scroll)) {
    if (isSlug(slug) && typeof position === 'number' && position >= 0 && position <= 1) progress.scroll[slug] = position;
    else dropped++;
  }
  return { progress, dropped };
}

/** Reads any value as progress of the current version. */
export function readProgress(value: unknown): ReadResult {
  if (!isRecord(value)) return { kind: 'invalid', reason: 'not an object' };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'invalid', reason: 'no version number' };
  if (version > PROGRESS_VERSION) return { kind: 'newer', version };
  return { kind: 'ok', ...validateCurrent(value) };
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const entries = (value: unknown): [string, unknown][] => (isRecord(value) ? Object.entries(value) : []);
