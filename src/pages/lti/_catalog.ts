import { getLessons } from '@/collections/lessons';
import { getQuizzes } from '@/collections/quizzes';
import { getSessions } from '@/collections/sessions';
import type { CatalogItem } from '@/server/lti/deep-linking';

/** What an instructor can place in the LMS, in course order: each session, then each lesson and its graded quiz. */
export async function ltiCatalog(): Promise<CatalogItem[]> {
  const [sessions, lessons, quizzes] = await Promise.all([getSessions(), getLessons(), getQuizzes()]);
  return [
    ...sessions.map((session) => ({
      id: `session:${session.id}`,
      title: `Session ${session.data.number}: ${session.data.title}`,
      path: `instructors/sessions/${session.id}/`,
    })),
    ...lessons.flatMap((lesson) => {
      const quiz = quizzes.get(lesson.id);
      const items: CatalogItem[] = [
        {
          id: `lesson:${lesson.id}`,
          title: `Lesson ${lesson.data.order}: ${lesson.data.title}`,
          path: `lessons/${lesson.id}/`,
          lesson: lesson.id,
        },
      ];
      if (quiz)
        items.push({
          id: `quiz:${lesson.id}`,
          title: `Quiz: ${lesson.data.title}`,
          path: `lessons/${lesson.id}/#quiz`,
          lesson: lesson.id,
          scoreMaximum: quiz.data.questions.length,
        });
      return items;
    }),
  ];
}
