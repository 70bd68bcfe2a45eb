/**
 * Which quizzes the learner has asked to see the answers of, in this browser. It stays set: every
 * later attempt at that quiz is recorded as made after the answers were shown, so a grade that
 * counts only attempts made before (see `src/common/graded.ts`) cannot be reached by showing the
 * answers and then retrying.
 */
const KEY = 'threshold:quiz:answers-shown';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Lessons kept in memory when storage is blocked, for as long as the page stays open. */
const inMemory = new Set<string>();

function stored(): string[] {
  try {
    const list = JSON.parse(storage()?.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

export function answersShown(lesson: string): boolean {
  return inMemory.has(lesson) || stored().includes(lesson);
}

export function markAnswersShown(lesson: string): void {
  inMemory.add(lesson);
  const lessons = stored();
  if (lessons.includes(lesson)) return;
  try {
    storage()?.setItem(KEY, JSON.stringify([...lessons, lesson]));
  } catch {
    // Blocked or full storage: the page remembers it while it stays open.
  }
}
