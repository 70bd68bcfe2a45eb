import type { ClassReport } from './db';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or return) as a formula; a quote in
 * front keeps a learner's name as text (OWASP, "CSV injection").
 */
function cell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

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
      return score === undefined ? '' : Math.round(score * 1000) / 10;
    }),
  ]);
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
