import { afterEach, describe, expect, it, vi } from 'vitest';
import { classApi } from '@/class/api';
import { completionDue } from '@/class/sync';
import { csvCell, csvText } from '@/common/csv';
import { escapeHtml } from '@/common/escape';
import { formatNumber, numberText } from '@/common/number';
import { percent, wholePercent } from '@/common/percent';
import { assignmentReport, reportCsv } from '@/assignment/report';
import { addAttempt, emptyProgress, isRead, lessonSummary, PROGRESS_VERSION, recordScroll, type Progress } from '@/progress';
import { isPerfect, masteryOf } from '@/progress/mastery';
import { describeLesson } from '@/progress/status';
import { formatAnswer } from '@/quiz/format-answer';
import { formatValue } from '@/notebook';
import { gradebookCsv } from '@/server/gradebook';
import { issueLine } from '@/schemas/friendly';
import { z } from 'astro/zod';

/** One definition of each rule the learner and the instructor both see, and every place agreeing on it. */
const readTo = (scroll: number): Progress => ({
  version: PROGRESS_VERSION,
  lessons: { 'scaling-laws': { firstVisit: '2026-11-20T09:00:00.000Z', lastVisit: '2026-11-20T09:00:00.000Z', scroll } },
});

describe('a lesson counts as read', () => {
  it('for the class dashboard exactly when it does on the learner’s checklist', () => {
    for (const scroll of [0, 0.5, 0.9, 0.92, 0.949, 0.95, 1]) {
      const progress = readTo(scroll);
      expect(completionDue(progress, 'scaling-laws', []), `scroll ${scroll}`).toBe(isRead(lessonSummary(progress, 'scaling-laws')));
    }
    // 92 % down the page: unread for the learner, so not yet finished for the instructor either.
    expect(completionDue(readTo(0.92), 'scaling-laws', [])).toBe(false);
    expect(completionDue(readTo(1), 'scaling-laws', ['scaling-laws'])).toBe(false);
  });
});

describe('a percentage', () => {
  it('is rounded down, so nothing short of perfect reads 100%', () => {
    expect(percent(0.996)).toBe('99%');
    expect(percent(1)).toBe('100%');
    expect(percent(0.7)).toBe('70%');
    expect(wholePercent(1 / 3)).toBe(33);
  });

  it('reads the same in the gradebook as on the learner’s page', () => {
    const csv = gradebookCsv({
      gradingRule: 'first',
      roster: [{ id: 'ada', name: 'Ada', joinedAt: '2026-11-24T09:00:00.000Z', attempts: 1, completed: 0 }],
      completion: [],
      graded: [{ learnerId: 'ada', lesson: 'scaling-laws', score: 0.996, at: '2026-11-24T10:00:00.000Z', attempts: 1 }],
      items: [],
    });
    expect(csv.trim().split('\r\n')[1]).toBe(`Ada,2026-11-24T09:00:00.000Z,0,1,${wholePercent(0.996)}`);
  });

  it('of a page read is never rounded up past the share that counts it read', () => {
    const progress = readTo(0.946);
    expect(isRead(lessonSummary(progress, 'scaling-laws'))).toBe(false);
    expect(describeLesson(progress, 'scaling-laws')).toBe('Visited, 94% read');
    const report = assignmentReport({ title: 'Week 1', lessons: ['scaling-laws'], instructions: '' }, progress, [{ slug: 'scaling-laws', title: 'Scaling laws', hasQuiz: false }], { now: '2026-11-25T00:00:00.000Z' });
    expect(reportCsv(report)).toContain('scaling-laws,Scaling laws,no,94,');
  });
});

describe('a perfect attempt', () => {
  it('is the same for the record of perfect attempts and for mastery, partial-credit rounding allowed', () => {
    const points = 0.2 + 0.7 + 0.1; // 0.9999999999999999: partial credits that add up to one question
    expect(points).toBeLessThan(1);
    const quiz = addAttempt(undefined, { at: '2026-11-20T09:00:00.000Z', points, of: 1 });
    expect(quiz.firstPerfect).toBe('2026-11-20T09:00:00.000Z');
    expect(masteryOf({ attempts: 1, best: points, firstPerfect: quiz.firstPerfect, lastPerfect: quiz.lastPerfect })).toBe('proficient');
    expect(isPerfect({ points: 5, of: 6 })).toBe(false);
  });
});

describe('a number', () => {
  it('is written the same way in a quiz answer and in a notebook output', () => {
    expect(formatAnswer(6.02e23, { kind: 'relative', amount: 0.01 })).toBe('6.02 × 10^23');
    expect(formatValue(6.02e23)).toEqual({ kind: 'number', text: numberText(formatAnswer(6.02e23, { kind: 'relative', amount: 0.01 })) });
    expect(numberText('6.02 × 10^23')).toBe('6.02 × 10²³');
    expect(formatNumber(0.000012, { significant: 6 })).toBe('1.2 × 10^-5');
    expect(formatNumber(12.3456, { decimals: 2 })).toBe('12.35');
  });
});

describe('text for HTML and CSV', () => {
  it('escapes the characters that could open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
  });

  it('quotes CSV cells that need it and never lets a text cell start a formula', () => {
    expect(csvCell('=SUM(A1)')).toBe(`'=SUM(A1)`);
    expect(csvCell('-3')).toBe(`'-3`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvText([['a, b', 'say "hi"'], []])).toBe('"a, b","say ""hi"""\r\n\r\n');
  });
});

describe('a validation problem', () => {
  it('is described the same way by the content checks and the class API', () => {
    const result = z.object({ year: z.number() }).safeParse({ year: 'x' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issueLine(result.error.issues[0]!, 'body')).toMatch(/^year: /);
      expect(issueLine({ ...result.error.issues[0]!, path: [] }, 'body')).toMatch(/^body: /);
    }
  });
});

describe('the class API’s address', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('follows the site’s base path', () => {
    expect(classApi('attempts')).toBe('/api/class/attempts');
    vi.stubEnv('BASE_URL', '/course/');
    expect(classApi('report')).toBe('/course/api/class/report');
  });
});

describe('a lesson read to its end', () => {
  it('stays read, and reads 100%, when the learner scrolls back up to reread its start', () => {
    let progress = recordScroll(emptyProgress(), 'scaling-laws', 1, '2026-11-20T09:00:00.000Z');
    progress = recordScroll(progress, 'scaling-laws', 0.04, '2026-11-20T09:05:00.000Z');
    const summary = lessonSummary(progress, 'scaling-laws');
    expect(summary.scroll).toBe(0.04); // "continue" still brings the learner back to where they were
    expect(isRead(summary)).toBe(true);
    expect(describeLesson(progress, 'scaling-laws')).toBe('Visited, 100% read');
    expect(completionDue(progress, 'scaling-laws', [])).toBe(true);
  });

  it('is read from a stored value that predates the furthest position, as before', () => {
    expect(isRead(lessonSummary(readTo(0.96), 'scaling-laws'))).toBe(true);
  });
});
