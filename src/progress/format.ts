/** The one localStorage key that holds all of a learner's progress. */
export const PROGRESS_KEY = 'threshold:progress';

/** Version of the stored format; a value of an older version is migrated forward on read (see `migrate.ts`). */
export const PROGRESS_VERSION = 3;

/** Most attempts kept per quiz; the best one is kept apart, so dropping old attempts never lowers a score. */
export const MAX_ATTEMPTS = 100;

/** One finished attempt at a quiz: `points` out of `of` questions, partial credit included. */
export interface Attempt {
  /** When it was checked (ISO 8601). */
  at: string;
  points: number;
  of: number;
}

/**
 * A lesson's quiz history. The mastery level is not stored: it follows from these facts by the
 * rule in `src/quiz/mastery.ts`, so a change of rule applies to every history at once.
 */
export interface QuizProgress {
  /** Oldest first, at most {@link MAX_ATTEMPTS}. */
  attempts: Attempt[];
  /** The highest-scoring attempt ever (the earliest of equals). */
  best: Attempt;
  /** When the first and the latest perfect attempts were made, if any. */
  firstPerfect?: string;
  lastPerfect?: string;
}

/** Longest code kept for one cell, in characters; longer code is not saved (the editor says so). */
export const MAX_CODE = 20_000;

/** Most cells kept in the scratch notebook. */
export const MAX_NOTEBOOK_CELLS = 50;

/** A learner's own version of a code cell, kept until they reset it. */
export interface SavedCode {
  code: string;
  /** When it was last edited. */
  at: string;
}

export interface LessonProgress {
  firstVisit: string;
  lastVisit: string;
  /** Where the learner was in the lesson at the last visit, 0 (top) … 1 (end): where "continue" brings them back to. */
  scroll: number;
  /**
   * How far down the lesson the learner has ever read, 0 … 1: what "read" is measured by, so
   * scrolling back up to reread never unreads a lesson. Absent in progress saved before it was
   * kept; `scroll` stands for it then.
   */
  furthest?: number;
  quiz?: QuizProgress;
  /** Edited code cells, by the cell's name in the lesson. */
  cells?: Record<string, SavedCode>;
}

/** The scratch notebook: the code of its cells, in order. */
export interface NotebookProgress {
  cells: string[];
  at: string;
}

/** Everything the store keeps, by lesson slug. Times are ISO 8601 strings. */
export interface Progress {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  notebook?: NotebookProgress;
}

export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, lessons: {} };
}

/** Lesson slugs as the site writes them; anything else (such as `__proto__`) is never a key. */
export const isSlug = (key: string): boolean => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key);

export const isTime = (value: unknown): value is string => typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

/** Time order of two ISO strings (they may come from different time zones, so they are compared as instants). */
export const later = (a: string, b: string): string => (Date.parse(b) > Date.parse(a) ? b : a);
export const earlier = (a: string, b: string): string => (Date.parse(b) < Date.parse(a) ? b : a);

/** Progress small enough to save when storage is nearly full: only the ten latest attempts of each quiz. */
export function shrinkProgress(progress: Progress): Progress {
  const lessons: Record<string, LessonProgress> = {};
  for (const [slug, lesson] of Object.entries(progress.lessons)) {
    lessons[slug] = lesson.quiz ? { ...lesson, quiz: { ...lesson.quiz, attempts: lesson.quiz.attempts.slice(-10) } } : lesson;
  }
  return { ...progress, lessons };
}
