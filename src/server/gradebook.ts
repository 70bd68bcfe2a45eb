import { csvText } from '@/common/csv';
import { wholePercent } from '@/common/percent';
import type { ClassReport } from './db';

/**
 * One row per learner: name, joined, lessons completed, attempts, then the graded score (%) per
 * lesson tried by anyone, under the class's grading rule; empty while no attempt qualifies.
 */
export function gradebookCsv(report: ClassReport): string {
  const lessons = [...new Set(report.graded.map((entry) => entry.lesson))].sort();
  const graded = new Map(report.graded.map((entry) => [`${entry.learnerId}#${entry.lesson}`, entry.score]));
  const header = ['learner', 'joined', 'lessons completed', 'attempts', ...lessons.map((lesson) => `${lesson} graded %`)];
  const rows = report.roster.map((learner) => [
    learner.name,
    learner.joinedAt,
    learner.completed,
    learner.attempts,
    ...lessons.map((lesson) => {
      const score = graded.get(`${learner.id}#${lesson}`);
      return score === undefined || score === null ? '' : wholePercent(score);
    }),
  ]);
  return csvText([header, ...rows]);
}
