import { getCollection, type CollectionEntry } from 'astro:content';
import { checkQuizCoverage } from '@/schemas/quiz-coverage';

export type QuizEntry = CollectionEntry<'quizzes'>;

/**
 * Whether every lesson must have a quiz. On now that the course is complete, so a lesson added
 * without its quiz fails the build; turned off, a lesson without a quiz simply shows none.
 */
export const EVERY_LESSON_HAS_A_QUIZ = true;

/** Quizzes by lesson slug, after checking that each belongs to a lesson (and, when required, that each lesson has one). */
export async function getQuizzes(): Promise<Map<string, QuizEntry>> {
  const [lessons, quizzes] = await Promise.all([getCollection('lessons'), getCollection('quizzes')]);
  checkQuizCoverage(
    lessons.map((lesson) => lesson.id),
    quizzes.map((quiz) => quiz.id),
    { requireEveryLesson: EVERY_LESSON_HAS_A_QUIZ },
  );
  return new Map(quizzes.map((quiz) => [quiz.id, quiz]));
}
