import type { Progress } from './format';

/** Progress after visiting `lesson` at `now`. */
export function recordVisit(progress: Progress, lesson: string, now: string): Progress {
  return { ...progress, visited: { ...progress.visited, [lesson]: now } };
}

/** Progress after reading `lesson` down to `position` (0 … 1) at `now`; a visit too. */
export function recordScroll(progress: Progress, lesson: string, position: number, now: string): Progress {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(position) ? position : 0));
  return { ...recordVisit(progress, lesson, now), scroll: { ...progress.scroll, [lesson]: Math.round(clamped * 1000) / 1000 } };
}
