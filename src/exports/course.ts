import { getCollection } from 'astro:content';
import { siteAddress } from '@/common/site-address';
import { getLessons } from '@/collections/lessons';
import { getSessions, sessionFile } from '@/collections/sessions';
import { lessonQuizzes } from '@/instructors/quiz-models';
import { buildSession } from '@/instructors/session-model';
import type { ExportCourse, ExportQuiz } from './source';

/** The site's public address with its base path, or `null`: what every export links to. */
export const exportAddress = (): string | null => siteAddress(import.meta.env.SITE, import.meta.env.BASE_URL);

/** Every quiz as the lesson pages build it, with formulas as MathML (each export converts from there). */
export async function exportQuizzes(): Promise<ExportQuiz[]> {
  return (await lessonQuizzes('mathml')).map(({ lesson, quiz, model }) => ({
    lesson: lesson.id,
    order: lesson.data.order,
    title: lesson.data.title,
    file: quiz.filePath ?? `content/quizzes/${quiz.id}.yaml`,
    model,
  }));
}

/** The whole course for the course-wide exports: lessons, quizzes and sessions with their handouts. */
export async function exportCourse(): Promise<ExportCourse> {
  const [lessons, quizzes, sessions] = await Promise.all([getLessons(), exportQuizzes(), getSessions()]);
  const sources = Object.fromEntries((await getCollection('lessons')).map((lesson) => [lesson.id, lesson.body ?? '']));
  return {
    lessons: lessons.map((lesson) => ({ slug: lesson.id, order: lesson.data.order, title: lesson.data.title, summary: lesson.data.summary })),
    quizzes,
    sessions: sessions.map((session) => ({
      slug: session.id,
      number: session.data.number,
      title: session.data.title,
      summary: session.data.summary,
      minutes: session.data.minutes,
      lessons: session.data.lessons,
      model: buildSession(session.data, { file: sessionFile(session), sources, base: import.meta.env.BASE_URL }),
    })),
  };
}
