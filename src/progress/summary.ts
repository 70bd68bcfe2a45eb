import type { Progress } from './format';

/** What the sidebar, the cards and the progress page show for one lesson. */
export interface LessonSummary {
  visited: boolean;
  lastVisit?: string;
  /** Reading position, 0 … 1. */
  scroll: number;
}

export function lessonSummary(progress: Progress, lesson: string): LessonSummary {
  const lastVisit = progress.visited[lesson];
  return { visited: lastVisit !== undefined, lastVisit, scroll: progress.scroll[lesson] ?? 0 };
}

/** The lesson visited most recently among `lessons`, for "continue where you left off". */
export function latestLesson(progress: Progress, lessons: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const lesson of lessons) {
    const at = progress.visited[lesson];
    if (at && (!latest || Date.parse(at) > Date.parse(progress.visited[latest]!))) latest = lesson;
  }
  return latest;
}
