import { describe, expect, it } from 'vitest';
import { addAttempt, courseFinished, emptyProgress, MAX_ATTEMPTS, PROGRESS_VERSION, readProgress, recordAttempt, recordScroll, recordVisit } from '@/progress';

const t = (day: number) => new Date(Date.UTC(2025, 0, day)).toISOString();

describe('recordVisit and recordScroll', () => {
  it('sets the first visit once and moves the last visit on', () => {
    const once = recordVisit(emptyProgress(), 'a', t(1));
    const twice = recordVisit(once, 'a', t(5));
    expect(twice.lessons.a).toEqual({ firstVisit: t(1), lastVisit: t(5), scroll: 0 });
  });

  it('never moves the last visit back', () => {
    const progress = recordVisit(recordVisit(emptyProgress(), 'a', t(5)), 'a', t(2));
    expect(progress.lessons.a?.lastVisit).toBe(t(5));
  });

  it('keeps the reading position between 0 and 1, to three decimals', () => {
    expect(recordScroll(emptyProgress(), 'a', 0.123456, t(1)).lessons.a?.scroll).toBe(0.123);
    expect(recordScroll(emptyProgress(), 'a', 7, t(1)).lessons.a?.scroll).toBe(1);
    expect(recordScroll(emptyProgress(), 'a', Number.NaN, t(1)).lessons.a?.scroll).toBe(0);
  });
});

describe('recordAttempt', () => {
  it('keeps the best and the latest attempt apart', () => {
    let progress = recordAttempt(emptyProgress(), 'a', { at: t(1), points: 2, of: 6 });
    progress = recordAttempt(progress, 'a', { at: t(2), points: 5, of: 6 });
    progress = recordAttempt(progress, 'a', { at: t(3), points: 4, of: 6 });
    const quiz = progress.lessons.a!.quiz!;
    expect(quiz.best).toEqual({ at: t(2), points: 5, of: 6 });
    expect(quiz.attempts.at(-1)).toEqual({ at: t(3), points: 4, of: 6 });
    expect(quiz.attempts).toHaveLength(3);
  });

  it('counts an attempt as a visit', () => {
    expect(recordAttempt(emptyProgress(), 'a', { at: t(4), points: 1, of: 6 }).lessons.a?.lastVisit).toBe(t(4));
  });

  it('notes the first and the latest perfect attempt', () => {
    let quiz = addAttempt(undefined, { at: t(1), points: 6, of: 6 });
    quiz = addAttempt(quiz, { at: t(2), points: 3, of: 6 });
    quiz = addAttempt(quiz, { at: t(3), points: 6, of: 6 });
    expect([quiz.firstPerfect, quiz.lastPerfect]).toEqual([t(1), t(3)]);
  });

  it('keeps at most the latest attempts, and the best even when it is dropped from the list', () => {
    let quiz = addAttempt(undefined, { at: t(1), points: 6, of: 6 });
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++) quiz = addAttempt(quiz, { at: new Date(Date.UTC(2025, 1, 1, 0, i)).toISOString(), points: 1, of: 6 });
    expect(quiz.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(quiz.best).toEqual({ at: t(1), points: 6, of: 6 });
  });
});

describe('how far a lesson was read', () => {
  it('is kept apart from the reading position, and a stored value outside 0 … 1 is ignored', () => {
    const lesson = (furthest: unknown) => {
      const read = readProgress({ version: PROGRESS_VERSION, lessons: { a: { firstVisit: t(1), lastVisit: t(1), scroll: 0.2, furthest } } });
      return read.kind === 'ok' ? read.progress.lessons.a : undefined;
    };
    expect(lesson(0.9)).toMatchObject({ scroll: 0.2, furthest: 0.9 });
    expect(lesson(2)!.furthest).toBeUndefined();
    expect(lesson('far')!.furthest).toBeUndefined();
    // Never less than where the learner is now.
    expect(lesson(0.1)).toMatchObject({ scroll: 0.2, furthest: 0.2 });
  });
});

describe('courseFinished', () => {
  const lessons = ['a', 'b'];
  const readAndTaken = (progress: ReturnType<typeof emptyProgress>, lesson: string) =>
    recordAttempt(recordScroll(progress, lesson, 1, t(1)), lesson, { at: t(2), points: 1, of: 6 });

  it('needs every lesson read to its end and its quiz taken', () => {
    const both = readAndTaken(readAndTaken(emptyProgress(), 'a'), 'b');
    expect(courseFinished(both, lessons)).toBe(true);
    expect(courseFinished(readAndTaken(emptyProgress(), 'a'), lessons)).toBe(false);
    const unread = recordAttempt(readAndTaken(emptyProgress(), 'a'), 'b', { at: t(2), points: 6, of: 6 });
    expect(courseFinished(unread, lessons)).toBe(false);
    const untested = recordScroll(readAndTaken(emptyProgress(), 'a'), 'b', 1, t(1));
    expect(courseFinished(untested, lessons)).toBe(false);
  });

  it('stays finished when a lesson is reread from its top', () => {
    const both = readAndTaken(readAndTaken(emptyProgress(), 'a'), 'b');
    expect(courseFinished(recordScroll(both, 'a', 0, t(9)), lessons)).toBe(true);
  });
});
