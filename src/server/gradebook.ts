import { csvText } from '@/common/csv';
import { wholePercent } from '@/common/percent';
import type { ClassReport } from './db';

/** One row per learner: name, joined, lessons completed, attempts, then the best score (%) per lesson tried by anyone. */
export function gradebookCsv(report: ClassReport): string {
  const lessons = [...new Set(report.best.map((entry) => entry.lesson))].sort();
  const best = new Map(report.best.map((entry) => [`${entry.learnerId}#${entry.lesson}`, entry.best]));
  const header = ['learner', 'joined', 'lessons completed', 'attempts', ...lessons.map((lesson) => `${lesson} best %`)];
  const rows = report.roster.map((learner) => [
    learner.name,
    learner.joinedAt,
    learner.completed,
    learner.attempts,
    ...lessons.map((lesson) => {
      const score = best.get(`${learner.id}#${lesson}`);
      return score === undefined ? '' : wholePercent(score);
    }),
  ]);
  return csvText([header, ...rows]);
}
