import {
  emptyProgress, isSlug, isTime, MAX_ATTEMPTS, MAX_CODE, MAX_NOTEBOOK_CELLS, PROGRESS_VERSION,
  type Attempt, type LessonProgress, type NotebookProgress, type Progress, type QuizProgress, type SavedCode,
} from './format';
import { migrate } from './migrate';
import { entries, isRecord } from './validate-helpers';

/** The outcome of reading a stored or imported value. */
export type ReadResult =
  /** Usable progress; `dropped` counts entries that were malformed and left out. */
  | { kind: 'ok'; progress: Progress; dropped: number }
  /** Written by a newer version of the site: never overwrite it. */
  | { kind: 'newer'; version: number }
  /** Not progress at all. */
  | { kind: 'invalid'; reason: string };

/** Reads any value as progress of the current version, migrating older versions forward. */
export function readProgress(value: unknown): ReadResult {
  if (!isRecord(value)) return { kind: 'invalid', reason: 'not an object' };
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { kind: 'invalid', reason: 'no version number' };
  if (version > PROGRESS_VERSION) return { kind: 'newer', version };
  return { kind: 'ok', ...validateCurrent(migrate(value, version)) };
}

/**
 * Checks a value of the current version entry by entry. Malformed entries are dropped, not the
 * whole value, so one bad field never costs a learner the rest of their progress.
 */
export function validateCurrent(value: Record<string, unknown>): { progress: Progress; dropped: number } {
  const progress = emptyProgress();
  let dropped = 0;
  for (const [slug, raw] of entries(value.lessons)) {
    const lesson = isSlug(slug) ? readLesson(raw) : undefined;
    if (!lesson) {
      dropped++;
      continue;
    }
    progress.lessons[slug] = lesson.lesson;
    dropped += lesson.dropped;
  }
  if (value.notebook !== undefined) {
    const notebook = readNotebook(value.notebook);
    if (notebook) progress.notebook = notebook;
    else dropped++;
  }
  return { progress, dropped };
}

const isCode = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_CODE;

function readNotebook(raw: unknown): NotebookProgress | undefined {
  if (!isRecord(raw) || !isTime(raw.at) || !Array.isArray(raw.cells)) return undefined;
  if (raw.cells.length > MAX_NOTEBOOK_CELLS || !raw.cells.every(isCode)) return undefined;
  return { cells: [...raw.cells], at: raw.at };
}

function readCells(raw: unknown): { cells: Record<string, SavedCode>; dropped: number } {
  const cells: Record<string, SavedCode> = {};
  let dropped = 0;
  for (const [name, saved] of entries(raw)) {
    if (isSlug(name) && isRecord(saved) && isCode(saved.code) && isTime(saved.at)) cells[name] = { code: saved.code, at: saved.at };
    else dropped++;
  }
  return { cells, dropped };
}

function readLesson(raw: unknown): { lesson: LessonProgress; dropped: number } | undefined {
  if (!isRecord(raw) || !isTime(raw.lastVisit)) return undefined;
  const share = (value: unknown) => (typeof value === 'number' && value >= 0 && value <= 1 ? value : undefined);
  const scroll = share(raw.scroll) ?? 0;
  const lesson: LessonProgress = { firstVisit: isTime(raw.firstVisit) ? raw.firstVisit : raw.lastVisit, lastVisit: raw.lastVisit, scroll };
  const furthest = share(raw.furthest);
  if (furthest !== undefined) lesson.furthest = Math.max(furthest, scroll);
  let dropped = 0;
  if (raw.quiz !== undefined) {
    const quiz = readQuiz(raw.quiz);
    if (quiz.quiz) lesson.quiz = quiz.quiz;
    dropped += quiz.dropped;
  }
  if (raw.cells !== undefined) {
    const cells = readCells(raw.cells);
    if (Object.keys(cells.cells).length > 0) lesson.cells = cells.cells;
    dropped += cells.dropped;
  }
  return { lesson, dropped };
}

function readQuiz(raw: unknown): { quiz?: QuizProgress; dropped: number } {
  if (!isRecord(raw)) return { dropped: 1 };
  const list = Array.isArray(raw.attempts) ? raw.attempts : [];
  const attempts = list.filter(isAttempt).slice(-MAX_ATTEMPTS);
  let dropped = list.length - list.filter(isAttempt).length;
  let best = isAttempt(raw.best) ? raw.best : undefined;
  for (const attempt of attempts) if (!best || attempt.points / attempt.of > best.points / best.of) best = attempt;
  if (!best) return { dropped: dropped + 1 };
  const quiz: QuizProgress = { attempts, best: { at: best.at, points: best.points, of: best.of } };
  if (isTime(raw.firstPerfect)) quiz.firstPerfect = raw.firstPerfect;
  if (isTime(raw.lastPerfect)) quiz.lastPerfect = raw.lastPerfect;
  if (!isAttempt(raw.best)) dropped++;
  return { quiz, dropped };
}

export function isAttempt(value: unknown): value is Attempt {
  if (!isRecord(value) || !isTime(value.at)) return false;
  const { points, of } = value;
  return typeof of === 'number' && Number.isInteger(of) && of >= 1 && of <= 1000 && typeof points === 'number' && points >= 0 && points <= of;
}
