import type { Progress, QuizProgress } from './format';

/** What the sidebar, the cards and the progress page show for one lesson. */
export interface LessonSummary {
  visited: boolean;
  lastVisit?: string;
  /** Where the learner was at the last visit, 0 … 1. */
  scroll: number;
  /** How far down the learner has ever read, 0 … 1: the share of the lesson read. */
  read: number;
  quiz?: QuizProgress;
}

/** Share of a lesson read from which it counts as read: its end has been in view. */
export const READ_THRESHOLD = 0.95;

/** Whether the learner has read a lesson to its end (at any visit: rereading its start does not undo it). */
export const isRead = (summary: LessonSummary): boolean => summary.visited && summary.read >= READ_THRESHOLD;

export function lessonSummary(progress: Progress, lesson: string): LessonSummary {
  const entry = progress.lessons[lesson];
  if (!entry) return { visited: false, scroll: 0, read: 0 };
  return { visited: true, lastVisit: entry.lastVisit, scroll: entry.scroll, read: entry.furthest ?? entry.scroll, quiz: entry.quiz };
}

/** The course is finished when every lesson has been read to its end and its quiz taken at least once. */
export function courseFinished(progress: Progress, lessons: readonly string[]): boolean {
  return lessons.length > 0 && lessons.every((lesson) => {
    const summary = lessonSummary(progress, lesson);
    return isRead(summary) && (summary.quiz?.attempts.length ?? 0) > 0;
  });
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
