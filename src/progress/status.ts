import { percent } from '@/common/percent';
import { masteryLabel, masteryOf, type Mastery } from './mastery';
import { lessonSummary, type Progress, type QuizProgress } from './';

/** A lesson's quiz record as the pages show it. */
export interface QuizStatus {
  attempts: number;
  best: number;
  latest: number;
  mastery: Mastery;
}

export function quizStatus(quiz: QuizProgress | undefined): QuizStatus | undefined {
  if (!quiz || quiz.attempts.length === 0) return undefined;
  const latest = quiz.attempts[quiz.attempts.length - 1]!;
  const best = quiz.best.points / quiz.best.of;
  return {
    attempts: quiz.attempts.length,
    best,
    latest: latest.points / latest.of,
    mastery: masteryOf({ attempts: quiz.attempts.length, best, firstPerfect: quiz.firstPerfect, lastPerfect: quiz.lastPerfect }),
  };
}

/** One sentence: "Visited, 40% read · quiz best 83%, latest 67% (Familiar)". */
export function describeLesson(progress: Progress, lesson: string): string {
  const summary = lessonSummary(progress, lesson);
  if (!summary.visited) return '';
  const quiz = quizStatus(summary.quiz);
  const reading = `Visited, ${percent(summary.read)} read`;
  if (!quiz) return reading;
  return `${reading} · quiz best ${percent(quiz.best)}, latest ${percent(quiz.latest)} (${masteryLabel[quiz.mastery]})`;
}
