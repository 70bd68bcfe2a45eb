import { describe, expect, it } from 'vitest';
import type { Assignment } from '@/assignment/link';
import { PROGRESS_VERSION, type Progress } from '@/progress';
import { csvCell } from '@/common/csv';
import { assignmentReport, checklist, reportCsv, reportFileName, reportJson, SELF_REPORTED, type LessonInfo } from '@/assignment/report';

const lessons: LessonInfo[] = [
  { slug: 'what-is-emergence', title: 'What is emergence?', hasQuiz: true },
  { slug: 'phase-transitions', title: 'Phase transitions and other analogies', hasQuiz: true },
  { slug: 'famous-examples', title: 'Famous examples', hasQuiz: true },
];

const assignment: Assignment = {
  title: '=HYPERLINK("x") week 1',
  lessons: ['what-is-emergence', 'phase-transitions', 'famous-examples'],
  due: '2026-12-01',
  instructions: '',
};

/** Lesson 1 read to the end with two quiz attempts (best 5 of 6), lesson 2 half read, lesson 3 never opened. */
const progress: Progress = {
  version: PROGRESS_VERSION,
  lessons: {
    'what-is-emergence': {
      firstVisit: '2026-11-20T09:00:00.000Z',
      lastVisit: '2026-11-21T10:00:00.000Z',
      scroll: 1,
      quiz: {
        attempts: [
          { at: '2026-11-20T09:30:00.000Z', points: 5, of: 6 },
          { at: '2026-11-21T10:05:00.000Z', points: 3.5, of: 6 },
        ],
        best: { at: '2026-11-20T09:30:00.000Z', points: 5, of: 6 },
      },
    },
    'phase-transitions': { firstVisit: '2026-11-22T08:00:00.000Z', lastVisit: '2026-11-22T08:00:00.000Z', scroll: 0.5 },
  },
};

const now = '2026-11-24T12:00:00.000Z';

describe('the completion report', () => {
  const report = assignmentReport(assignment, progress, lessons, { now, learner: '  Ada  ' });

  it('lists each lesson of the assignment from the saved progress', () => {
    expect(report.rows).toEqual([
      {
        lesson: 'what-is-emergence',
        title: 'What is emergence?',
        read: true,
        readShare: 1,
        firstVisit: '2026-11-20T09:00:00.000Z',
        lastVisit: '2026-11-21T10:00:00.000Z',
        hasQuiz: true,
        quizAttempts: 2,
        quizBest: 5 / 6,
        quizBestAt: '2026-11-20T09:30:00.000Z',
        quizLatest: 3.5 / 6,
        quizLatestAt: '2026-11-21T10:05:00.000Z',
        mastery: 'Familiar',
      },
      {
        lesson: 'phase-transitions',
        title: 'Phase transitions and other analogies',
        read: false,
        readShare: 0.5,
        firstVisit: '2026-11-22T08:00:00.000Z',
        lastVisit: '2026-11-22T08:00:00.000Z',
        hasQuiz: true,
        quizAttempts: 0,
        quizBest: undefined,
        quizBestAt: undefined,
        quizLatest: undefined,
        quizLatestAt: undefined,
        mastery: 'Not attempted',
      },
      expect.objectContaining({ lesson: 'famous-examples', read: false, readShare: 0, firstVisit: undefined, quizAttempts: 0 }),
    ]);
    expect(report).toMatchObject({ assignment: assignment.title, due: '2026-12-01', learner: 'Ada', generatedAt: now, complete: false, notice: SELF_REPORTED });
  });

  it('ticks the checklist item by item, and is complete once every lesson is read and every quiz taken', () => {
    expect(checklist(report).map((item) => `${item.done ? '✓' : '○'} ${item.kind} ${item.lesson}`)).toEqual([
      '✓ read what-is-emergence',
      '✓ quiz what-is-emergence',
      '○ read phase-transitions',
      '○ quiz phase-transitions',
      '○ read famous-examples',
      '○ quiz famous-examples',
    ]);
    const done = assignmentReport({ ...assignment, lessons: ['what-is-emergence'] }, progress, lessons, { now });
    expect(done.complete).toBe(true);
  });

  it('says plainly that it is self-reported', () => {
    expect(SELF_REPORTED).toMatch(/^Self-reported: .*cannot verify it\.$/);
    expect(JSON.parse(reportJson(report))).toMatchObject({ notice: SELF_REPORTED });
    expect(Object.keys(JSON.parse(reportJson(report)))[0]).toBe('notice');
    expect(reportCsv(report)).toContain(`note,${csvCell(SELF_REPORTED)}`);
  });

  it('writes CSV a spreadsheet reads as data, never as a formula', () => {
    const lines = reportCsv(report).split('\r\n');
    expect(lines.slice(0, 8)).toEqual([
      `assignment,"'=HYPERLINK(""x"") week 1"`,
      'due,2026-12-01',
      'learner,Ada',
      `generated_at,${now}`,
      'complete,no',
      `note,${csvCell(SELF_REPORTED)}`,
      '',
      'lesson,title,read,read_percent,first_visit,last_visit,quiz_attempts,quiz_best_percent,quiz_best_at,quiz_latest_percent,quiz_latest_at,mastery',
    ]);
    expect(lines[8]).toBe(
      'what-is-emergence,What is emergence?,yes,100,2026-11-20T09:00:00.000Z,2026-11-21T10:00:00.000Z,2,83,2026-11-20T09:30:00.000Z,58,2026-11-21T10:05:00.000Z,Familiar',
    );
    expect(lines[9]).toBe('phase-transitions,Phase transitions and other analogies,no,50,2026-11-22T08:00:00.000Z,2026-11-22T08:00:00.000Z,0,,,,,Not attempted');
    expect(lines.at(-1)).toBe('');
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)']) expect(csvCell(cell)).toBe(`'${cell}`);
  });

  it('names its files after the assignment and the day', () => {
    expect(reportFileName(report, 'csv')).toBe('threshold-hyperlink-x-week-1-2026-11-24.csv');
    expect(reportFileName({ ...report, assignment: '<>' }, 'json')).toBe('threshold-assignment-2026-11-24.json');
  });
});
