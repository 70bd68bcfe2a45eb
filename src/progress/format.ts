/** The one localStorage key that holds all of a learner's progress. */
export const PROGRESS_KEY = 'threshold:progress';

/** Version of the stored format; a value of an older version is migrated forward on read. */
export const PROGRESS_VERSION = 1;

/**
 * What the store keeps: when each lesson was last visited and how far down it the learner had
 * read, by lesson slug. Times are ISO 8601 strings; positions run from 0 (top) to 1 (end).
 */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  /** Last visit of each lesson. */
  visited: Record<string, string>;
  /** Reading position in each lesson at its last visit. */
  scroll: Record<string, number>;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, visited: {}, scroll: {} };
}

/** Lesson slugs as the site writes them; anything else (such as `__proto__`) is never a key. */
export const isSlug = (key: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key);

export const isTime = (value: unknown): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
