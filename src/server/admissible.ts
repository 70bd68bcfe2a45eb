import { ApiError } from './http';

/** Oldest a submission may be: a learner offline for a whole course still gets through. */
export const MAX_AGE_DAYS = 400;
/** Furthest ahead of the server's clock a submission may be dated: room for a device's wrong clock. */
export const MAX_AHEAD_HOURS = 24;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Refuses a submission for a lesson the course does not have (each would add a gradebook column)
 * or dated outside the window in which a real one can have been made.
 */
export function requireAdmissible({ lesson, at }: { lesson: string; at: string }, lessons: ReadonlySet<string>, now: Date): void {
  if (!lessons.has(lesson)) throw new ApiError(400, `lesson: the course has no lesson "${lesson}"`);
  const time = Date.parse(at);
  if (time < now.getTime() - MAX_AGE_DAYS * DAY_MS) throw new ApiError(400, `at: must be within the last ${MAX_AGE_DAYS} days`);
  if (time > now.getTime() + (MAX_AHEAD_HOURS / 24) * DAY_MS) throw new ApiError(400, 'at: must not be in the future');
}
