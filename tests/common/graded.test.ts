import { describe, expect, it } from 'vitest';
import { gradedAttempt, type GradableAttempt } from '@/common/graded';

const attempt = (at: string, points: number, extra: Partial<GradableAttempt> = {}): GradableAttempt => ({
  at: `2026-12-07T10:${at}:00Z`, points, of: 4, complete: true, answersShown: false, ...extra,
});

describe('gradedAttempt', () => {
  const history = [
    attempt('05', 1, { complete: false }),
    attempt('01', 2),
    attempt('09', 3),
    attempt('12', 4, { answersShown: true }),
  ];

  it('takes the first complete attempt in time, whatever order they arrive in', () => {
    expect(gradedAttempt(history, 'first')?.points).toBe(2);
  });

  it('takes the best attempt checked before the answers were shown', () => {
    expect(gradedAttempt(history, 'best-before-answers')?.points).toBe(3);
  });

  it('never takes an attempt made after the answers were shown, even as the first complete one', () => {
    // Check with a question left blank, show the answers, then answer everything: practice, not a grade.
    const gamed = [attempt('01', 1, { complete: false }), attempt('02', 4, { answersShown: true })];
    expect(gradedAttempt(gamed, 'first')).toBeUndefined();
    expect(gradedAttempt([...gamed, attempt('03', 3, { answersShown: true })], 'first')).toBeUndefined();
  });

  it('counts a partial attempt under best-before-answers (unanswered questions earn nothing)', () => {
    expect(gradedAttempt([attempt('01', 1, { complete: false })], 'best-before-answers')?.points).toBe(1);
  });

  it('has no graded attempt when none qualifies', () => {
    expect(gradedAttempt([attempt('01', 1, { complete: false })], 'first')).toBeUndefined();
    expect(gradedAttempt([attempt('01', 4, { answersShown: true })], 'best-before-answers')).toBeUndefined();
    expect(gradedAttempt([], 'first')).toBeUndefined();
  });

  it('keeps the earlier of two equal best scores', () => {
    expect(gradedAttempt([attempt('01', 3), attempt('02', 3)], 'best-before-answers')?.at).toContain('10:01');
  });
});
