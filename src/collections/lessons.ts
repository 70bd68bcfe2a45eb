import { getCollection, type CollectionEntry } from 'astro:content';

export type LessonEntry = CollectionEntry<'lessons'>;

/** All lessons in course order. */
export async function getLessons(): Promise<LessonEntry[]> {
  const lessons = await getCollection('lessons');
  return lessons.sort((a, b) => a.data.order - b.data.order);
}

/** The lesson page's URL path, e.g. `/lessons/what-is-emergence/`. */
export function lessonHref(lesson: LessonEntry): string {
  return `${import.meta.env.BASE_URL}lessons/${lesson.id}/`;
}
