import { render } from 'astro:content';
import { getLessons, type LessonEntry } from '@/collections/lessons';
import { getQuizzes, type QuizEntry } from '@/collections/quizzes';
import type { MathOutput } from '@/quiz/inline';
import { buildQuiz, type QuizModel } from '@/quiz/model';

export interface LessonQuiz {
  lesson: LessonEntry;
  quiz: QuizEntry;
  model: QuizModel;
}

/**
 * Every lesson's quiz as its lesson page builds it (same checks, same first-attempt order), for
 * the printable quizzes and the QTI packages; `math` chooses how formulas are set.
 */
export async function lessonQuizzes(math: MathOutput = 'html'): Promise<LessonQuiz[]> {
  const [lessons, quizzes] = await Promise.all([getLessons(), getQuizzes()]);
  const slugs = lessons.map((lesson) => lesson.id);
  const found: LessonQuiz[] = [];
  for (const lesson of lessons) {
    const quiz = quizzes.get(lesson.id);
    if (!quiz) continue;
    const { headings } = await render(lesson);
    const model = buildQuiz(quiz.data, {
      lesson: lesson.id,
      file: quiz.filePath ?? `content/quizzes/${quiz.id}.yaml`,
      headings,
      lessons: slugs,
      base: import.meta.env.BASE_URL,
      math,
    });
    found.push({ lesson, quiz, model });
  }
  return found;
}
