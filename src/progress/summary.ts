import type { Progress, QuizProgress } from './format';

/** What the sidebar, the cards and the progress page show for one lesson. */
export interface LessonSummary {
  visited: boolean;
  lastVisit?: string;
  /** Reading position, 0 … 1. */
  scroll: number;
  quiz?: QuizProgress;
}

/** Reading position from which a lesson counts as read: its end is in view. */
export const READ_THRESHOLD = 0.95;

/** Whether the learner has read a lesson to its end. */
export const isRead = (summary: LessonSummary): boolean => summary.visited && summary.scroll >= READ_THRESHOLD;

export function lessonSummary(progress: Progress, lesson: string): LessonSummary {
  const entry = progress.lessons[lesson];
  if (!entry) return { visited: false, scroll: 0 };
  return { visited: true, lastVisit: entry.lastVisit, scroll: entry.scroll, quiz: entry.quiz };
}

/** The lesson visited most recently among `lessons`, for "continue where you left off". */
export function latestLesson(progress: Progress, lessons: readonly string[]): string | undefined {
  let latest: string | undefined;
  for (const lesson of lessons) {
    const at = progress.lessons[lesson]?.lastVisit;
    if (at && (!latest || Date.parse(at) > Date.parse(progress.lessons[latest]!.lastVisit))) latest = lesson;
  }
  return latest;
}
