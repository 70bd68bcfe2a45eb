import { later, MAX_ATTEMPTS, type Attempt, type LessonProgress, type Progress, type QuizProgress } from './format';
import { isPerfect } from './mastery';

function lessonAt(progress: Progress, lesson: string, now: string): LessonProgress {
  return progress.lessons[lesson] ?? { firstVisit: now, lastVisit: now, scroll: 0 };
}

function withLesson(progress: Progress, lesson: string, entry: LessonProgress): Progress {
  return { ...progress, lessons: { ...progress.lessons, [lesson]: entry } };
}

/** Progress after visiting `lesson` at `now`. */
export function recordVisit(progress: Progress, lesson: string, now: string): Progress {
  const entry = lessonAt(progress, lesson, now);
  return withLesson(progress, lesson, { ...entry, lastVisit: later(entry.lastVisit, now) });
}

/** Progress after reading `lesson` down to `position` (0 … 1) at `now`; a visit too. */
export function recordScroll(progress: Progress, lesson: string, position: number, now: string): Progress {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(position) ? position : 0));
  const entry = recordVisit(progress, lesson, now).lessons[lesson]!;
  const scroll = Math.round(clamped * 1000) / 1000;
  return withLesson(progress, lesson, { ...entry, scroll, furthest: Math.max(entry.furthest ?? entry.scroll, scroll) });
}

/** Progress after finishing a quiz attempt on `lesson`. */
export function recordAttempt(progress: Progress, lesson: string, attempt: Attempt): Progress {
  const entry = recordVisit(progress, lesson, attempt.at).lessons[lesson]!;
  return withLesson(progress, lesson, { ...entry, quiz: addAttempt(entry.quiz, attempt) });
}

/** A quiz history with one more attempt: best, perfect dates and the cap on kept attempts updated. */
export function addAttempt(quiz: QuizProgress | undefined, attempt: Attempt): QuizProgress {
  const attempts = [...(quiz?.attempts ?? []), attempt].slice(-MAX_ATTEMPTS);
  const best = quiz && quiz.best.points / quiz.best.of >= attempt.points / attempt.of ? quiz.best : attempt;
  const next: QuizProgress = { ...quiz, attempts, best };
  if (isPerfect(attempt)) {
    next.firstPerfect = quiz?.firstPerfect ?? attempt.at;
    next.lastPerfect = attempt.at;
  }
  return next;
}

/** Progress after editing the code cell `cell` of `lesson`; `code` undefined forgets the edit (Reset). */
export function recordCode(progress: Progress, lesson: string, cell: string, code: string | undefined, now: string): Progress {
  const entry = recordVisit(progress, lesson, now).lessons[lesson]!;
  const { [cell]: _previous, ...others } = entry.cells ?? {};
  const cells = code === undefined ? others : { ...others, [cell]: { code, at: now } };
  const { cells: _old, ...rest } = entry;
  return withLesson(progress, lesson, Object.keys(cells).length > 0 ? { ...rest, cells } : rest);
}

/** Progress after changing the scratch notebook. */
export function recordNotebook(progress: Progress, cells: readonly string[], now: string): Progress {
  return { ...progress, notebook: { cells: [...cells], at: now } };
}
