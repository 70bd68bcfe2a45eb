import { csvText } from '@/common/csv';
import { wholePercent } from '@/common/percent';
import { isRead, lessonSummary, type Progress } from '@/progress';
import { masteryLabel } from '@/progress/mastery';
import { quizStatus } from '@/progress/status';
import type { Assignment } from './link';

/** What the report needs to know about a lesson besides the learner's progress. */
export interface LessonInfo {
  slug: string;
  title: string;
  hasQuiz: boolean;
}

/** One lesson of the assignment, as the learner's browser has recorded it. */
export interface ReportRow {
  lesson: string;
  title: string;
  read: boolean;
  /** How far down the lesson the learner got, 0 … 1. */
  readShare: number;
  firstVisit?: string;
  lastVisit?: string;
  hasQuiz: boolean;
  quizAttempts: number;
  /** Best and latest scores, 0 … 1, with the time of each attempt. */
  quizBest?: number;
  quizBestAt?: string;
  quizLatest?: number;
  quizLatestAt?: string;
  mastery: string;
}

export interface AssignmentReport {
  assignment: string;
  due?: string;
  learner?: string;
  generatedAt: string;
  /** Always shown with the report: a static site cannot vouch for what a browser says. */
  notice: string;
  rows: ReportRow[];
  /** Every lesson read and every quiz attempted. */
  complete: boolean;
}

export const SELF_REPORTED =
  'Self-reported: this report was made from progress saved in the learner’s own browser. The site has no server and cannot verify it.';

/** The report for `assignment` from the learner's saved progress. */
export function assignmentReport(
  assignment: Assignment,
  progress: Progress,
  lessons: readonly LessonInfo[],
  { now, learner }: { now: string; learner?: string },
): AssignmentReport {
  const rows = assignment.lessons.map((slug): ReportRow => {
    const info = lessons.find((lesson) => lesson.slug === slug) ?? { slug, title: slug, hasQuiz: false };
    const summary = lessonSummary(progress, slug);
    const entry = progress.lessons[slug];
    const quiz = quizStatus(summary.quiz);
    const latest = summary.quiz?.attempts.at(-1);
    return {
      lesson: slug,
      title: info.title,
      read: isRead(summary),
      readShare: summary.read,
      firstVisit: entry?.firstVisit,
      lastVisit: entry?.lastVisit,
      hasQuiz: info.hasQuiz,
      quizAttempts: quiz?.attempts ?? 0,
      quizBest: quiz?.best,
      quizBestAt: quiz ? summary.quiz!.best.at : undefined,
      quizLatest: quiz?.latest,
      quizLatestAt: latest?.at,
      mastery: info.hasQuiz ? masteryLabel[quiz?.mastery ?? 'none'] : 'No quiz',
    };
  });
  const name = learner?.trim().slice(0, 120);
  return {
    assignment: assignment.title,
    due: assignment.due,
    learner: name || undefined,
    generatedAt: now,
    notice: SELF_REPORTED,
    rows,
    complete: rows.every((row) => row.read && (!row.hasQuiz || row.quizAttempts > 0)),
  };
}

/** The things to do, in order, each ticked or not: read each lesson, then take its quiz. */
export function checklist(report: AssignmentReport): ChecklistItem[] {
  return report.rows.flatMap((row): ChecklistItem[] => [
    { kind: 'read', lesson: row.lesson, text: `Read “${row.title}” to the end`, done: row.read },
    ...(row.hasQuiz ? [{ kind: 'quiz' as const, lesson: row.lesson, text: `Take the quiz of “${row.title}”`, done: row.quizAttempts > 0 }] : []),
  ]);
}

export interface ChecklistItem {
  kind: 'read' | 'quiz';
  lesson: string;
  text: string;
  done: boolean;
}

/** Shares as whole percentages without the sign, rounded as everywhere on the site. */
const scorePercent = (score: number | undefined) => (score === undefined ? '' : String(wholePercent(score)));

const columns: readonly [string, (row: ReportRow) => string][] = [
  ['lesson', (row) => row.lesson],
  ['title', (row) => row.title],
  ['read', (row) => (row.read ? 'yes' : 'no')],
  ['read_percent', (row) => String(wholePercent(row.readShare))],
  ['first_visit', (row) => row.firstVisit ?? ''],
  ['last_visit', (row) => row.lastVisit ?? ''],
  ['quiz_attempts', (row) => (row.hasQuiz ? String(row.quizAttempts) : '')],
  ['quiz_best_percent', (row) => scorePercent(row.quizBest)],
  ['quiz_best_at', (row) => row.quizBestAt ?? ''],
  ['quiz_latest_percent', (row) => scorePercent(row.quizLatest)],
  ['quiz_latest_at', (row) => row.quizLatestAt ?? ''],
  ['mastery', (row) => row.mastery],
];

/** The report as CSV (RFC 4180, CRLF): a few lines about the assignment, a blank line, then one row per lesson. */
export function reportCsv(report: AssignmentReport): string {
  const head = [
    ['assignment', report.assignment],
    ...(report.due ? [['due', report.due]] : []),
    ...(report.learner ? [['learner', report.learner]] : []),
    ['generated_at', report.generatedAt],
    ['complete', report.complete ? 'yes' : 'no'],
    ['note', report.notice],
  ];
  const table = [columns.map(([name]) => name), ...report.rows.map((row) => columns.map(([, cell]) => cell(row)))];
  return csvText([...head, [], ...table]);
}

/** The report as JSON, with the self-reported notice as its first field. */
export function reportJson(report: AssignmentReport): string {
  const { notice, ...rest } = report;
  return `${JSON.stringify({ notice, ...rest }, null, 2)}\n`;
}

/** `threshold-assignment-week-5-2026-11-24.csv` */
export function reportFileName(report: AssignmentReport, extension: 'csv' | 'json'): string {
  const slug = report.assignment.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'assignment';
  return `threshold-${slug}-${report.generatedAt.slice(0, 10)}.${extension}`;
}
