import { describe, expect, it } from 'vitest';
import { emptyProgress, mergeProgress, recordAttempt, recordScroll, recordVisit, type Progress } from '@/progress';

const t = (day: number) => new Date(Date.UTC(2025, 0, day)).toISOString();

describe('mergeProgress', () => {
  it('adds lessons only the incoming side has', () => {
    const ours = recordVisit(emptyProgress(), 'a', t(1));
    const theirs = recordVisit(emptyProgress(), 'b', t(2));
    expect(Object.keys(mergeProgress(ours, theirs).lessons).sort()).toEqual(['a', 'b']);
  });

  it('keeps the earliest first visit, the latest last visit, and the newer side’s reading position', () => {
    const ours = recordScroll(recordVisit(emptyProgress(), 'a', t(3)), 'a', 0.9, t(9));
    const theirs = recordScroll(recordVisit(emptyProgress(), 'a', t(1)), 'a', 0.2, t(5));
    expect(mergeProgress(ours, theirs).lessons.a).toEqual({ firstVisit: t(1), lastVisit: t(9), scroll: 0.9, furthest: 0.9 });
    expect(mergeProgress(theirs, ours).lessons.a).toEqual({ firstVisit: t(1), lastVisit: t(9), scroll: 0.9, furthest: 0.9 });
  });

  it('keeps how far either side ever read, even when the newer visit ended higher up', () => {
    const finished = recordScroll(recordVisit(emptyProgress(), 'a', t(1)), 'a', 1, t(2));
    const reread = recordScroll(recordVisit(emptyProgress(), 'a', t(3)), 'a', 0.1, t(4));
    expect(mergeProgress(finished, reread).lessons.a).toMatchObject({ scroll: 0.1, furthest: 1 });
  });

  it('never lets an older import overwrite a newer score or lose an attempt', () => {
    let ours = recordAttempt(emptyProgress(), 'a', { at: t(1), points: 2, of: 6 });
    ours = recordAttempt(ours, 'a', { at: t(8), points: 6, of: 6 });
    const theirs = recordAttempt(emptyProgress(), 'a', { at: t(4), points: 4, of: 6 });
    const quiz = mergeProgress(ours, theirs).lessons.a!.quiz!;
    expect(quiz.attempts.map((attempt) => attempt.at)).toEqual([t(1), t(4), t(8)]);
    expect(quiz.best).toEqual({ at: t(8), points: 6, of: 6 });
    expect(quiz.attempts.at(-1)!.at).toBe(t(8));
  });

  it('counts an attempt present on both sides once', () => {
    const both = recordAttempt(emptyProgress(), 'a', { at: t(1), points: 3, of: 6 });
    expect(mergeProgress(both, both).lessons.a!.quiz!.attempts).toHaveLength(1);
  });

  it('takes perfect dates over both sides, so mastery earned on either browser counts', () => {
    const ours = recordAttempt(emptyProgress(), 'a', { at: t(1), points: 6, of: 6 });
    const theirs = recordAttempt(emptyProgress(), 'a', { at: t(3), points: 6, of: 6 });
    const quiz = mergeProgress(ours, theirs).lessons.a!.quiz!;
    expect([quiz.firstPerfect, quiz.lastPerfect]).toEqual([t(1), t(3)]);
  });

  it('gives the same result whichever side is local', () => {
    const ours: Progress = recordAttempt(recordScroll(emptyProgress(), 'a', 0.5, t(2)), 'b', { at: t(3), points: 1, of: 6 });
    const theirs: Progress = recordAttempt(recordScroll(emptyProgress(), 'a', 0.7, t(4)), 'b', { at: t(5), points: 5, of: 6 });
    expect(mergeProgress(ours, theirs)).toEqual(mergeProgress(theirs, ours));
  });
});
